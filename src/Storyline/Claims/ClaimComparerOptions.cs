namespace Storyline.Claims;

/// <summary>Settings of <see cref="ClaimComparer"/>; every default is here.</summary>
public sealed record ClaimComparerOptions
{
    /// <summary>
    /// Counts whose as-of dates lie further apart than this may differ because the thing counted changed
    /// (followers, employees); they are <see cref="ClaimVerdict.Undetermined"/> rather than in disagreement.
    /// </summary>
    public int CountChangeDays { get; init; } = 31;

    /// <summary>
    /// Event lemma stems that happen once to a subject (die, be born, marry…): their dates disagree even
    /// without an object in the key. Other objectless events ("opened up") may recur and are left undetermined.
    /// </summary>
    public IReadOnlySet<string> OnceEvents { get; init; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "die", "bear", "born", "found", "resign", "retir", "marri", "wed", "divorc", "assassin", "execut", "graduat",
    };

    /// <summary>The defaults.</summary>
    public static ClaimComparerOptions Default { get; } = new();
}
