namespace Storyline.Stories;

/// <summary>A summarized timeline: dates in ascending order, each with its chosen sentences.</summary>
/// <param name="Entries">The dates and their sentences, earliest first.</param>
/// <param name="Problem">Why the timeline is empty when the request could not be served (bad counts, no input); null otherwise.</param>
public sealed record SummaryTimeline(IReadOnlyList<TimelineEntry> Entries, string? Problem = null)
{
    /// <summary>An empty timeline that says why.</summary>
    public static SummaryTimeline Failed(string problem) => new([], problem);

    /// <summary>The timeline as a map from each date to its sentence texts.</summary>
    public IReadOnlyDictionary<DateOnly, IReadOnlyList<string>> ToDictionary() =>
        Entries.ToDictionary(e => e.Date, e => (IReadOnlyList<string>)e.Sentences.Select(s => s.Text).ToArray());
}

/// <summary>One date of a timeline.</summary>
/// <param name="Date">The date.</param>
/// <param name="Score">How important the date was judged (higher is more important).</param>
/// <param name="Sentences">The sentences that summarize it, best first.</param>
public sealed record TimelineEntry(DateOnly Date, double Score, IReadOnlyList<TimelineSentence> Sentences);

/// <summary>A sentence chosen for a timeline date.</summary>
/// <param name="Text">The sentence as it appears in the article.</param>
/// <param name="ArticleId">The article it comes from.</param>
/// <param name="Start">Offset of the sentence in the article text.</param>
/// <param name="Length">Length of the sentence in characters.</param>
/// <param name="MentionsDate">True when the sentence names the date; false when it was taken as a lead sentence of an article published on or just after the date.</param>
public sealed record TimelineSentence(string Text, string ArticleId, int Start, int Length, bool MentionsDate);
