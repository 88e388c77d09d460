namespace Storyline.Claims;

/// <summary>Settings of <see cref="ClaimExtractor"/>; every default is here.</summary>
public sealed record ClaimExtractorOptions
{
    /// <summary>The youngest age accepted, in years.</summary>
    public int MinAge { get; init; }

    /// <summary>The oldest age accepted, in years; larger numbers after a name are years or counts, not ages.</summary>
    public int MaxAge { get; init; } = 120;

    /// <summary>Words scanned back from a date expression to find the happening it dates.</summary>
    public int MaxEventDistance { get; init; } = 8;

    /// <summary>Words scanned after an event verb for its object.</summary>
    public int MaxObjectDistance { get; init; } = 4;

    /// <summary>Sentences scanned back to resolve a pronoun when the sentence has no fitting name.</summary>
    public int PronounSentenceWindow { get; init; } = 3;

    /// <summary>Minimum length of a regular "-ed" word taken as a past-tense verb ("need", "bed" are not).</summary>
    public int MinRegularPastLength { get; init; } = 5;

    /// <summary>The defaults.</summary>
    public static ClaimExtractorOptions Default { get; } = new();
}
