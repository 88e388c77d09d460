namespace Storyline.Events;

/// <summary>
/// Settings of event clustering. One default configuration serves news in general; there are
/// no per-dataset switches. Every threshold of the clusterer lives here.
/// </summary>
public sealed record ClusteringOptions
{
    /// <summary>Average-link similarity at or above which two groups of articles are one event.</summary>
    public double JoinThreshold { get; init; } = 0.13;

    /// <summary>Weight multiplier of proper-name terms relative to ordinary content terms.</summary>
    public double NameBoost { get; init; } = 2.0;

    /// <summary>Weight multiplier of terms in the title and the first sentences (the lead).</summary>
    public double LeadBoost { get; init; } = 1.5;

    /// <summary>Characters from the start of the body that count as the lead.</summary>
    public int LeadLength { get; init; } = 400;

    /// <summary>Terms in more than this share of articles (and more than <see cref="MinRetrievalDocuments"/>) are too common to retrieve or score pairs.</summary>
    public double MaxRetrievalDocumentShare { get; init; } = 0.1;

    /// <summary>Terms in up to this many articles are always used, so small corpora keep all their terms.</summary>
    public int MinRetrievalDocuments { get; init; } = 50;

    /// <summary>Pairs below this cosine are not kept as edges: they count as unrelated.</summary>
    public double EdgeFloor { get; init; } = 0.05;

    /// <summary>Two dated articles this many days apart or fewer lose nothing for time.</summary>
    public double SameTimeDays { get; init; } = 3;

    /// <summary>Beyond <see cref="SameTimeDays"/>, similarity halves every this many days.</summary>
    public double TimeHalfLifeDays { get; init; } = 7;

    /// <summary>Dated articles further apart than this are never one event.</summary>
    public double MaxEventSpanDays { get; init; } = 60;

    /// <summary>Coarse clusters at least this large are considered for a split into events of one kind.</summary>
    public int MinSplitSize { get; init; } = 6;

    /// <summary>Coarse clusters larger than this are not split (the all-pairs pass would be too slow).</summary>
    public int MaxSplitSize { get; init; } = 400;

    /// <summary>Average-link similarity under local IDF at or above which members stay together in a split.</summary>
    public double SplitThreshold { get; init; } = 0.10;

    /// <summary>A split happens only when it yields at least two parts of this many articles.</summary>
    public int MinSplitPart { get; init; } = 4;

    /// <summary>Weight of the shipped background word frequencies in IDF, as a number of virtual articles.</summary>
    public double BackgroundDocuments { get; init; } = 100;
}
