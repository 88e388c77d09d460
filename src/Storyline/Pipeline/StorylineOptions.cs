using Storyline.Events;

namespace Storyline.Pipeline;

/// <summary>All of Storyline's settings, one record per stage, defaults in each record.</summary>
public sealed record StorylineOptions
{
    /// <summary>Event clustering.</summary>
    public ClusteringOptions Clustering { get; init; } = new();

    /// <summary>Duplicate and near-duplicate detection.</summary>
    public Fingerprints.FingerprintOptions Fingerprints { get; init; } = new();

    /// <summary>Articles written to the store per transaction.</summary>
    public int StoreBatchSize { get; init; } = 2000;
}
