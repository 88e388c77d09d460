using System.Globalization;

namespace Storyline.Tests.Stories;

/// <summary>
/// Test-only measure of how well storylines keep to one topic, for corpora whose article ids start with their
/// topic (Timeline17: "bpoil_bbc/12.htm.txt"): the article-weighted share of each storyline's majority topic,
/// and how many storylines span more than one topic.
/// </summary>
internal static class StorylinePurity
{
    public sealed record Result(double Purity, int Spanning, int SpanningMultiEvent, int Storylines)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"purity {Purity:F3}, storylines spanning >1 topic {Spanning} ({SpanningMultiEvent} of several events), storylines {Storylines}");
    }

    /// <summary>The topic of an article id: the text before its first '_' (or '/').</summary>
    public static string TopicOf(string articleId) => articleId.Split('_', '/')[0];

    /// <param name="storylines">Per storyline, per event, its article ids.</param>
    public static Result Measure(IEnumerable<IReadOnlyList<IReadOnlyList<string>>> storylines)
    {
        int total = 0, majority = 0, spanning = 0, spanningMulti = 0, count = 0;
        foreach (var story in storylines)
        {
            count++;
            var topics = story.SelectMany(e => e).GroupBy(TopicOf, StringComparer.Ordinal).Select(g => g.Count()).ToArray();
            if (topics.Length == 0) continue;
            total += topics.Sum();
            majority += topics.Max();
            if (topics.Length > 1)
            {
                spanning++;
                if (story.Count > 1) spanningMulti++;
            }
        }
        return new Result(total == 0 ? 1 : (double)majority / total, spanning, spanningMulti, count);
    }
}
