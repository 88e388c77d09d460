using System.Runtime.CompilerServices;

namespace Storyline.Time;

/// <summary>
/// Finds temporal expressions in English news text and normalizes them to TIMEX3 values against a reference date
/// (usually the article's published date). Rule-based, data from embedded lists only; built once, immutable and thread-safe.
/// </summary>
public sealed class TemporalTagger
{
    private readonly NamedDays _namedDays;

    /// <summary>Creates a tagger.</summary>
    public TemporalTagger(TemporalTaggerOptions? options = null)
    {
        Options = options ?? TemporalTaggerOptions.Default;
        _namedDays = NamedDays.Bundled;
        // The word tables are built before the first text, so that the tokenizer compiles with them as constants.
        RuntimeHelpers.RunClassConstructor(typeof(TimexLexicon).TypeHandle);
        RuntimeHelpers.RunClassConstructor(typeof(TimexTokens).TypeHandle);
    }

    /// <summary>A tagger with the default options.</summary>
    public static TemporalTagger Default { get; } = new();

    /// <summary>The options this tagger was built with.</summary>
    public TemporalTaggerOptions Options { get; }

    /// <summary>
    /// Tags <paramref name="text"/>. Relative expressions resolve against <paramref name="reference"/>; without one they
    /// keep unknown parts as <c>X</c> (<c>XXXX-09-30</c>) or are left out when nothing can be said.
    /// </summary>
    /// <returns>The expressions in text order, never overlapping; empty for null or empty text.</returns>
    /// <remarks>
    /// One pass: a tokenizer looks every word up once in a frozen lexicon; grammars run only at tokens the lexicon flags
    /// (month, weekday, number, unit, "last", "ago", …) or at numbers, so most of a text costs a hash lookup per word.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public IReadOnlyList<TemporalExpression> Tag(string? text, DateOnly? reference)
    {
        if (string.IsNullOrEmpty(text)) return [];
        using var tokens = TimexTokens.Create(text);
        return new TimexMatcher(tokens, reference, Options, _namedDays).Run();
    }
}
