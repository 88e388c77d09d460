namespace Storyline.Stories;

/// <summary>How <see cref="TimelineSummarizer"/> ranks dates and picks sentences. All defaults live here.</summary>
public sealed record TimelineSummarizerOptions
{
    /// <summary>The defaults.</summary>
    public static TimelineSummarizerOptions Default { get; } = new();

    /// <summary>Date score per article that names the date to the day (each article counts once). Default 1.</summary>
    public double ArticleMentionWeight { get; init; } = 1.0;

    /// <summary>Date score per sentence that names the date to the day, beyond the article count. Default 0.</summary>
    public double SentenceMentionWeight { get; init; } = 0.0;

    /// <summary>
    /// Date score per article published on the date. Small by default (0.01): on T17, publication counts add little
    /// to mention counts, so they mostly break ties and let dates nothing names still be chosen last.
    /// </summary>
    public double PublishedWeight { get; init; } = 0.01;

    /// <summary>
    /// Factor on a mention resolved against the published date ("on Tuesday", "yesterday") rather than written
    /// out ("March 3"). Default 1: on T17 a relative day is as good a pointer as a written one (0.5 cost 0.006 alignment
    /// ROUGE-1 and 0.025 date F1); only mentions to the day count, so vaguer ones ("in March") never do.
    /// </summary>
    public double RelativeMentionFactor { get; init; } = 1.0;

    /// <summary>Factor on a mention of a date after the article's published day (plans and deadlines rather than events). Default 0.5.</summary>
    public double FutureMentionFactor { get; init; } = 0.5;

    /// <summary>
    /// Sentences that name no date and are among the first this many of their article stand for the article's
    /// published day (and the days before it, see <see cref="PublishedDays"/>). Default 6 (news-tls: index ≤ 5).
    /// </summary>
    public int LeadSentences { get; init; } = 6;

    /// <summary>A lead sentence is a candidate for its article's published day and this many days in all counting back from it. Default 2.</summary>
    public int PublishedDays { get; init; } = 2;

    /// <summary>Keep only the candidates above the knee of their similarity to the date's centroid. Default true.</summary>
    public bool KneeFilter { get; init; } = true;

    /// <summary>Sentences with fewer words are never chosen (captions, bylines, fragments). Default 6.</summary>
    public int MinSentenceWords { get; init; } = 6;

    /// <summary>Sentences with more words are never chosen (run-ons, lists). Default 60.</summary>
    public int MaxSentenceWords { get; init; } = 60;

    /// <summary>A sentence whose TF-IDF cosine with an already chosen sentence (any date) exceeds this is a near-duplicate and skipped. Default 0.5.</summary>
    public double MaxSimilarity { get; init; } = 0.5;

    /// <summary>Analyze articles on this many threads at most; 0 uses every core. The result does not depend on it. Default 0.</summary>
    public int MaxDegreeOfParallelism { get; init; }
}
