using Storyline.Articles;
using Storyline.Events;
using Storyline.Time;

namespace Storyline.Facts;

/// <summary>The dated facts of a set of articles, their grouped timeline, and the published dates that were inferred.</summary>
/// <param name="InferredDates">Published dates worked out for articles that had none, by article id.</param>
/// <param name="Facts">Every dated fact, by article id then text order.</param>
/// <param name="Groups">The timeline: grouped facts in date order.</param>
public sealed record TimelineResult(
    IReadOnlyDictionary<string, InferredDate> InferredDates,
    IReadOnlyList<DatedFact> Facts,
    IReadOnlyList<FactGroup> Groups);

/// <summary>
/// Runs the dated-facts stage over a set of articles: infers missing published dates (articles with a known date
/// first, then again with what was inferred, so an inferred sibling can help the next), extracts the dated facts and
/// groups them. Built once, immutable and thread-safe.
/// </summary>
public sealed class Timeline(PublicationDateInference? inference = null, DatedFactExtractor? extractor = null, FactGrouper? grouper = null)
{
    /// <summary>A timeline builder with the default settings.</summary>
    public static Timeline Default { get; } = new();

    /// <summary>The published-date inference.</summary>
    public PublicationDateInference Inference { get; } = inference ?? PublicationDateInference.Default;

    /// <summary>The fact extractor.</summary>
    public DatedFactExtractor Extractor { get; } = extractor ?? DatedFactExtractor.Default;

    /// <summary>The fact grouper.</summary>
    public FactGrouper Grouper { get; } = grouper ?? FactGrouper.Default;

    /// <summary>Builds the timeline of <paramref name="articles"/>; <paramref name="events"/> say which are same-event siblings.</summary>
    public TimelineResult Build(IReadOnlyList<Article> articles, IReadOnlyList<EventCluster> events)
    {
        ArgumentNullException.ThrowIfNull(articles);
        events ??= [];
        var sorted = articles.DistinctBy(a => a.Id).OrderBy(a => a.Id, StringComparer.Ordinal).ToArray();
        var inferred = InferDates(sorted, events);

        var perArticle = new IReadOnlyList<DatedFact>[sorted.Length];
        Parallel.For(0, sorted.Length, i =>
        {
            var a = sorted[i];
            var published = a.Published ?? (inferred.TryGetValue(a.Id, out var d) ? d.Date : (PartialDate?)null);
            perArticle[i] = Extractor.Extract(a, published);
        });
        var facts = perArticle.SelectMany(f => f).ToArray();
        return new TimelineResult(inferred, facts, Grouper.Group(facts));
    }

    /// <summary>
    /// Published dates for the articles of <paramref name="articles"/> that have none. Each pass sees only the dates known
    /// before it, so the result does not depend on the order within a pass; passes repeat while they add or better dates.
    /// </summary>
    public IReadOnlyDictionary<string, InferredDate> InferDates(IReadOnlyList<Article> articles, IReadOnlyList<EventCluster> events)
    {
        ArgumentNullException.ThrowIfNull(articles);
        events ??= [];
        var current = articles.DistinctBy(a => a.Id).ToDictionary(a => a.Id, StringComparer.Ordinal);
        var siblingIds = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var e in events)
            foreach (var id in e.ArticleIds)
            {
                if (!siblingIds.TryGetValue(id, out var list)) siblingIds[id] = list = [];
                list.AddRange(e.ArticleIds.Where(o => o != id && current.ContainsKey(o)));
            }

        var result = new Dictionary<string, InferredDate>(StringComparer.Ordinal);
        var open = current.Values.Where(a => a.Published is null).OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        // Every change raises one article's confidence, so the passes end; the bound is a guard, not a tuning knob.
        for (var pass = 0; open.Count > 0 && pass <= current.Count; pass++)
        {
            var snapshot = new Dictionary<string, Article>(current, StringComparer.Ordinal);
            var found = new InferredDate?[open.Count];
            Parallel.For(0, open.Count, i =>
            {
                var a = open[i];
                var siblings = siblingIds.TryGetValue(a.Id, out var ids)
                    ? ids.Distinct().Order(StringComparer.Ordinal).Select(id => snapshot[id]).ToArray()
                    : [];
                found[i] = Inference.Infer(a, siblings);
            });
            var changed = 0;
            for (var i = 0; i < open.Count; i++)
            {
                var a = open[i];
                if (found[i] is not { } date || (result.TryGetValue(a.Id, out var had) && had.Confidence >= date.Confidence)) continue;
                result[a.Id] = date;
                current[a.Id] = a with { Published = date.Date, Basis = date.Basis };
                changed++;
            }
            if (changed == 0) break;
            // A date from a dateline or from dated siblings stands; one from a lower bound alone may yet be bettered
            // by siblings that learn their dates in this pass.
            open = open.Where(a => !result.TryGetValue(a.Id, out var d) || d.Confidence <= Inference.Options.LowerBoundConfidence).ToList();
        }
        return result;
    }
}
