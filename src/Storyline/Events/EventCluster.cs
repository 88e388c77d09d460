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
