namespace Storyline.Facts;

/// <summary>Settings of <see cref="DatedFactExtractor"/>; every default lives here.</summary>
public sealed record DatedFactOptions
{
    /// <summary>The defaults.</summary>
    public static DatedFactOptions Default { get; } = new();

    /// <summary>Read dates from the title and dek as well as the body (a dek often states the key date).</summary>
    public bool IncludeTitleAndDek { get; init; } = true;

    /// <summary>
    /// Skip relative expressions inside quotations: "a year ago" or "today" in a quote counts from when it was said,
    /// which the article does not give, so resolving it against the published date would invent a date.
    /// </summary>
    public bool SkipRelativeInQuotes { get; init; } = true;

    /// <summary>
    /// Skip relative references to the period that holds the published date ("this week", "this year"):
    /// they only say "recently", which the published date already says.
    /// </summary>
    public bool SkipCurrentPeriod { get; init; } = true;

    /// <summary>
    /// Within a sentence, drop a date that contains a more precise date of the same sentence
    /// ("In 2020, on Sept. 30, …" gives one fact, 2020-09-30).
    /// </summary>
    public bool KeepMostPreciseInSentence { get; init; } = true;

    /// <summary>Sentences longer than this are cut (with an ellipsis) in facts; timelines show sentences, not paragraphs.</summary>
    public int MaxSentenceLength { get; init; } = 600;
}
