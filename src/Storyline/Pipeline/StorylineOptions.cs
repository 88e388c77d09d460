using Storyline.Events;

namespace Storyline.Pipeline;

/// <summary>All of Storyline's settings, one record per stage, defaults in each record.</summary>
public sealed record StorylineOptions
{
    /// <summary>Event clustering.</summary>
    public ClusteringOptions Clustering { get; init; } = new();

    /// <summary>Duplicate and near-duplicate detection.</summary>
    public Fingerprints.FingerprintOptions Fingerprints { get; init; } = new();

    /// <summary>Entity recognition.</summary>
    public Entities.EntityRecognizerOptions Entities { get; init; } = new();

    /// <summary>Quote extraction.</summary>
    public Quotes.QuoteExtractorOptions Quotes { get; init; } = Storyline.Quotes.QuoteExtractorOptions.Default;

    /// <summary>Matching one quote across articles.</summary>
    public Quotes.QuoteMatcherOptions QuoteMatching { get; init; } = Storyline.Quotes.QuoteMatcherOptions.Default;

    /// <summary>Linking events into storylines.</summary>
    public Stories.StorylineLinkOptions Storylines { get; init; } = new();

    /// <summary>The analyses to run beyond events and copies.</summary>
    public Analyses Analyses { get; init; } = Analyses.All;

    /// <summary>Articles written to the store per transaction.</summary>
    public int StoreBatchSize { get; init; } = 2000;
}
