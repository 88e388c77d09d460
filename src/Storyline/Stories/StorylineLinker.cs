using Storyline.Entities;
using Storyline.Facts;
using Storyline.Time;

namespace Storyline.Stories;

/// <summary>An event as the linker sees it.</summary>
/// <param name="Id">Event id.</param>
/// <param name="Title">Event title.</param>
/// <param name="ArticleIds">Member articles, most central first.</param>
/// <param name="Start">Earliest member date.</param>
/// <param name="End">Latest member date.</param>
public sealed record LinkableEvent(string Id, string? Title, IReadOnlyList<string> ArticleIds, PartialDate? Start, PartialDate? End);

/// <summary>A storyline: events about the same central people or subject, linked across time.</summary>
/// <param name="Id">Stable id derived from its first event id.</param>
/// <param name="Title">Its central entities' names.</param>
/// <param name="Entities">Central entity names.</param>
/// <param name="Events">Event ids, earliest first.</param>
/// <param name="Timeline">Its dated facts, grouped: one entry per happening and date, with every source.</param>
public sealed record StorylineRecord(string Id, string Title, IReadOnlyList<string> Entities, IReadOnlyList<string> Events, IReadOnlyList<FactGroup> Timeline);

/// <summary>Two articles of different events of one storyline.</summary>
/// <param name="A">First article id (ordinal order).</param>
/// <param name="B">Second article id.</param>
/// <param name="Strength">Share of central entities the two events have in common.</param>
public readonly record struct FollowUp(string A, string B, double Strength);

/// <summary>
/// Links events into storylines. Two events are one story when they share a central person or
/// organization <em>and</em> one of them refers back to the other's happening: a dated sentence
/// naming a shared central entity at a date compatible with a dated sentence of the other event
/// (or with its time span). Sharing a person alone is not enough — a boxer's two title fights
/// years apart are two stories — and sharing a kind of happening without a person is never enough.
/// The result depends only on the inputs, not their order.
/// </summary>
public sealed class StorylineLinker(StorylineLinkOptions? options = null, FactGrouper? grouper = null)
{
    private readonly StorylineLinkOptions options = options ?? new StorylineLinkOptions();
    private readonly FactGrouper grouper = grouper ?? FactGrouper.Default;

    /// <summary>Links <paramref name="events"/> into storylines (every event is in exactly one).</summary>
    /// <param name="events">The events.</param>
    /// <param name="articleEntities">Per article: global entity ids with their salience in that article.</param>
    /// <param name="entities">The global entities by id.</param>
    /// <param name="facts">Dated facts of all articles.</param>
    public (IReadOnlyList<StorylineRecord> Storylines, IReadOnlyList<FollowUp> FollowUps) Link(
        IReadOnlyList<LinkableEvent> events,
        IReadOnlyDictionary<string, IReadOnlyList<(string EntityId, double Salience)>> articleEntities,
        IReadOnlyDictionary<string, GlobalEntity> entities,
        IReadOnlyList<DatedFact> facts)
    {
        var ordered = events.OrderBy(e => e.Id, StringComparer.Ordinal).ToArray();
        var central = ordered.Select(e => Central(e, articleEntities, entities)).ToArray();
        var factsByArticle = facts.GroupBy(f => f.ArticleId).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        var eventFacts = ordered.Select(e => e.ArticleIds.SelectMany(a => factsByArticle.GetValueOrDefault(a) ?? []).ToArray()).ToArray();

        // Per event and central entity: the dates of its sentences that name that entity.
        var mentionDates = new Dictionary<string, PartialDate[]>[ordered.Length];
        for (var i = 0; i < ordered.Length; i++)
        {
            mentionDates[i] = new Dictionary<string, PartialDate[]>(StringComparer.Ordinal);
            foreach (var id in central[i])
            {
                var names = Names(entities[id]).ToArray();
                mentionDates[i][id] = eventFacts[i].Where(f => Mentions(f.Sentence, names)).Select(f => f.Date).Distinct().ToArray();
            }
        }

        var byEntity = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < ordered.Length; i++)
            foreach (var id in central[i])
            {
                if (!byEntity.TryGetValue(id, out var list)) byEntity[id] = list = [];
                list.Add(i);
            }

        var parent = Enumerable.Range(0, ordered.Length).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        var links = new List<(int A, int B, double Strength)>();
        var seen = new HashSet<(int, int)>();
        foreach (var (entityId, members) in byEntity.OrderBy(p => p.Key, StringComparer.Ordinal))
            for (var x = 0; x < members.Count; x++)
                for (var y = x + 1; y < members.Count; y++)
                {
                    var (a, b) = (members[x], members[y]);
                    if (!seen.Add((a, b))) continue;
                    var shared = central[a].Intersect(central[b]).ToArray();
                    if (!RefersBack(mentionDates[b], mentionDates[a], ordered[a], shared) && !RefersBack(mentionDates[a], mentionDates[b], ordered[b], shared)) continue;
                    links.Add((a, b, (double)shared.Length / central[a].Union(central[b]).Count()));
                    parent[Find(b)] = Find(a);
                }

        var storylines = new List<StorylineRecord>();
        foreach (var group in Enumerable.Range(0, ordered.Length).GroupBy(Find))
        {
            var members = group.OrderBy(i => ordered[i].Start ?? new PartialDate(9999)).ThenBy(i => ordered[i].Id, StringComparer.Ordinal).ToArray();
            var centralIds = members.SelectMany(i => central[i]).ToHashSet(StringComparer.Ordinal);
            var weight = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var article in members.SelectMany(i => ordered[i].ArticleIds))
                foreach (var (id, salience) in articleEntities.GetValueOrDefault(article) ?? [])
                    if (centralIds.Contains(id)) weight[id] = weight.GetValueOrDefault(id) + salience;
            var entityIds = weight.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => p.Key).Take(options.MaxCentralEntities).ToArray();
            var names = entityIds.Select(id => entities[id].Name).ToArray();
            var timeline = grouper.Group(members.SelectMany(i => eventFacts[i]));
            var title = names.Length > 0 ? string.Join(", ", names.Take(2)) : ordered[members[0]].Title ?? ordered[members[0]].Id;
            storylines.Add(new StorylineRecord("st-" + Articles.ContentHash.Of(ordered[members.Min()].Id)[..12], title, names,
                members.Select(i => ordered[i].Id).ToArray(), timeline));
        }

        var followUps = new List<FollowUp>();
        foreach (var (a, b, strength) in links)
            foreach (var x in ordered[a].ArticleIds.Take(Side()))
                foreach (var y in ordered[b].ArticleIds.Take(Side()))
                    followUps.Add(string.CompareOrdinal(x, y) < 0 ? new FollowUp(x, y, strength) : new FollowUp(y, x, strength));
        return (storylines.OrderByDescending(s => s.Events.Count).ThenBy(s => s.Id, StringComparer.Ordinal).ToArray(),
            followUps.DistinctBy(f => (f.A, f.B)).OrderBy(f => f.A, StringComparer.Ordinal).ThenBy(f => f.B, StringComparer.Ordinal).ToArray());
    }

    private int Side() => Math.Max(1, (int)Math.Sqrt(options.MaxFollowUpPairsPerLink));

    private string[] Central(LinkableEvent e, IReadOnlyDictionary<string, IReadOnlyList<(string EntityId, double Salience)>> articleEntities, IReadOnlyDictionary<string, GlobalEntity> entities)
    {
        var sums = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var article in e.ArticleIds)
            foreach (var (id, salience) in articleEntities.GetValueOrDefault(article) ?? [])
                if (entities.TryGetValue(id, out var entity) && entity.Type is EntityType.Person or EntityType.Organization)
                    sums[id] = sums.GetValueOrDefault(id) + salience;
        return sums.Where(p => p.Value / e.ArticleIds.Count >= options.CentralSalience)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(options.MaxCentralEntities).Select(p => p.Key).ToArray();
    }

    private static IEnumerable<string> Names(GlobalEntity e) => e.Aliases.Append(e.Name).Where(n => n.Length > 1).Distinct();

    // Does a dated sentence of `later` name a shared entity at a date that matches a dated sentence
    // of `earlier` naming one too, or `earlier`'s own span?
    private static bool RefersBack(Dictionary<string, PartialDate[]> later, Dictionary<string, PartialDate[]> earlier, LinkableEvent earlierEvent, string[] shared)
    {
        var anchors = shared.SelectMany(id => earlier[id]).ToList();
        if (earlierEvent.Start is { } start) anchors.Add(start);
        if (earlierEvent.End is { } end) anchors.Add(end);
        foreach (var date in shared.SelectMany(id => later[id]))
            foreach (var anchor in anchors)
                if (date.IsCompatibleWith(anchor)) return true;
        return false;
    }

    private static bool Mentions(string sentence, string[] names)
    {
        foreach (var name in names)
        {
            var i = sentence.IndexOf(name, StringComparison.Ordinal);
            while (i >= 0)
            {
                var before = i == 0 || !char.IsLetterOrDigit(sentence[i - 1]);
                var after = i + name.Length >= sentence.Length || !char.IsLetterOrDigit(sentence[i + name.Length]);
                if (before && after) return true;
                i = sentence.IndexOf(name, i + 1, StringComparison.Ordinal);
            }
        }
        return false;
    }
}
