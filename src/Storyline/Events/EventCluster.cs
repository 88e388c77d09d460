namespace Storyline.Events;

/// <summary>One event: the articles that report it.</summary>
/// <param name="Id">Stable id derived from the event's first article id, so re-running gives the same ids.</param>
/// <param name="ArticleIds">Member article ids in ordinal order.</param>
public sealed record EventCluster(string Id, IReadOnlyList<string> ArticleIds)
{
    /// <summary>The id an event with these members gets.</summary>
    public static string IdFor(IEnumerable<string> articleIds)
        => "ev-" + Articles.ContentHash.Of(articleIds.Min(StringComparer.Ordinal)!)[..12];
}

/// <summary>The events of a set of articles, with the similarity links inside each event.</summary>
/// <param name="Events">Events, ordered by their first article id.</param>
/// <param name="Links">Pairs of articles of one event that are directly similar (A before B in ordinal order).</param>
public sealed record EventClustering(IReadOnlyList<EventCluster> Events, IReadOnlyList<EventLink> Links);

/// <summary>Two articles of one event and their similarity.</summary>
/// <param name="A">First id (ordinal order).</param>
/// <param name="B">Second id.</param>
/// <param name="Similarity">Cosine similarity, time-weighted.</param>
public readonly record struct EventLink(string A, string B, double Similarity);
