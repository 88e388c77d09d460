using Storyline.Entities;
using Storyline.Facts;
using Storyline.Text;
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
/// <param name="Strength">How well the later event agrees with the storyline's core (0..1).</param>
public readonly record struct FollowUp(string A, string B, double Strength);

/// <summary>
/// Links events into storylines, the way a journalist follows a story. Events are taken in time
/// order; an event joins an earlier storyline when (1) it refers back to it — a dated sentence
/// naming one of its central people or organizations at a date (month or finer) that matches a
/// dated sentence of the storyline naming that entity too, or falls within one of its events' spans —
/// and (2) its central entities agree with the storyline's core, the entities that weigh most over
/// all its events, not merely with one member. So a storyline never drifts from subject to subject
/// through a chain of pairwise links, news organizations (datelines, bylines, "told Reuters") never
/// link anything, and sharing a person alone is not enough: a boxer's two title fights years apart
/// are two stories. The result depends only on the inputs, not their order.
/// </summary>
public sealed class StorylineLinker(StorylineLinkOptions? options = null, FactGrouper? grouper = null)
{
    private static readonly PartialDate Undated = new(9999);

    private readonly StorylineLinkOptions options = options ?? new StorylineLinkOptions();
    private readonly FactGrouper grouper = grouper ?? FactGrouper.Default;

    /// <summary>A date a storyline can be referred back at: one of its dated sentences, or an event's span.</summary>
    private readonly record struct Anchor(int Story, int Event, string ArticleId, PartialDate Lo, PartialDate Hi, string? Sentence);

    /// <summary>A dated sentence of an event naming one of its central entities.</summary>
    private readonly record struct Reference(PartialDate Date, string ArticleId, string Sentence);

    /// <summary>A storyline being built.</summary>
    private sealed class Story
    {
        public List<int> Members { get; } = [];
        public Dictionary<string, double> Weights { get; } = new(StringComparer.Ordinal);
        private (string Id, double Share)[]? core;

        public void Add(int eventIndex, (string Id, double Weight)[] central)
        {
            Members.Add(eventIndex);
            foreach (var (id, w) in central) Weights[id] = Weights.GetValueOrDefault(id) + w;
            core = null;
        }

        /// <summary>The heaviest entities with their share of the core's weight.</summary>
        public (string Id, double Share)[] Core(int size)
        {
            if (core is not null) return core;
            var top = Weights.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(size).ToArray();
            var total = top.Sum(p => p.Value);
            return core = top.Select(p => (p.Key, total > 0 ? p.Value / total : 0)).ToArray();
        }
    }

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
        var ordered = events.OrderBy(e => e.Start ?? Undated).ThenBy(e => e.Id, StringComparer.Ordinal).ToArray();
        var central = ordered.Select(e => Central(e, articleEntities, entities)).ToArray();
        var factsByArticle = facts.GroupBy(f => f.ArticleId).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        var eventFacts = ordered.Select(e => e.ArticleIds.SelectMany(a => factsByArticle.GetValueOrDefault(a) ?? []).ToArray()).ToArray();
        var names = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var sentenceTerms = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);

        // Anchors by entity and month, then by storyline, in time order: a reference needs only the latest match per storyline.
        var factAnchors = new Dictionary<(string, int), Dictionary<int, List<Anchor>>>();
        var spanAnchors = new Dictionary<(string, int), Dictionary<int, List<Anchor>>>();
        var stories = new List<Story>();
        var storyOf = new int[ordered.Length];
        var links = new List<(int Later, Anchor Earlier, double Strength)>();
        for (var i = 0; i < ordered.Length; i++)
        {
            var references = new Reference[central[i].Length][];
            for (var c = 0; c < central[i].Length; c++)
            {
                var id = central[i][c].Id;
                if (!names.TryGetValue(id, out var forms)) names[id] = forms = Names(entities[id]);
                references[c] = eventFacts[i].Where(f => f.Date.Precision >= options.MinReferencePrecision && Mentions(f.Sentence, forms))
                    .Select(f => new Reference(f.Date, f.ArticleId, f.Sentence)).Distinct().ToArray();
            }
            var span = AnchorSpan(ordered[i]);

            // Earlier storylines this event refers back to, each with the entity of the reference, the latest
            // matching anchor, and which of the event's articles refer back.
            var candidates = new SortedDictionary<int, (string Entity, Anchor Anchor, HashSet<string> Referring)>();
            for (var c = 0; c < central[i].Length; c++)
            {
                var entity = central[i][c].Id;
                foreach (var r in references[c])
                {
                    // Only a date before the event began refers back; its own days are its own happening.
                    if (ordered[i].Start is not { } own || r.Date.End >= own.Start) continue;
                    foreach (var key in ProbeKeys(r.Date))
                    {
                        if (factAnchors.TryGetValue((entity, key), out var byStory))
                            foreach (var list in byStory.Values)
                                for (var k = list.Count - 1; k >= 0; k--)
                                {
                                    var a = list[k];
                                    if (r.Date.IsCompatibleWith(a.Lo) && Coarser(r.Date, a.Lo) is var shared && shared.End < own.Start
                                        && (shared.Precision > DatePrecision.Year || SameHappening(r.Sentence, a.Sentence!, names[entity], sentenceTerms)))
                                    {
                                        Consider(a);
                                        break;
                                    }
                                }
                        if (spanAnchors.TryGetValue((entity, key), out byStory))
                            foreach (var list in byStory.Values)
                                for (var k = list.Count - 1; k >= 0; k--)
                                    if (Within(r.Date, list[k].Lo, list[k].Hi) && Coarser(r.Date, list[k].Hi).End < own.Start)
                                    {
                                        Consider(list[k]);
                                        break;
                                    }
                    }

                    void Consider(Anchor anchor)
                    {
                        if (!candidates.TryGetValue(anchor.Story, out var had)) candidates[anchor.Story] = had = (entity, anchor, new HashSet<string>(StringComparer.Ordinal));
                        else if (had.Anchor.Event < anchor.Event) candidates[anchor.Story] = had = (had.Entity, anchor, had.Referring);
                        had.Referring.Add(r.ArticleId);
                    }
                }
            }
            var needed = Math.Max(1, (int)Math.Ceiling(options.MinReferringShare * ordered[i].ArticleIds.Count));

            var best = -1;
            var bestAgreement = 0.0;
            Anchor bestAnchor = default;
            foreach (var (s, (entity, anchor, referring)) in candidates)
            {
                if (referring.Count < needed) continue;
                var core = stories[s].Core(options.MaxCoreEntities);
                if (!core.Any(p => p.Id == entity)) continue;
                var agreement = Agreement(central[i], core);
                if (agreement >= options.MinCoreAgreement && agreement > bestAgreement)
                {
                    best = s; bestAgreement = agreement; bestAnchor = anchor;
                }
            }
            if (best < 0)
            {
                best = stories.Count;
                stories.Add(new Story());
            }
            else links.Add((i, bestAnchor, bestAgreement));
            stories[best].Add(i, central[i]);
            storyOf[i] = best;

            for (var c = 0; c < central[i].Length; c++)
            {
                var entity = central[i][c].Id;
                foreach (var r in references[c])
                    Add(factAnchors, (entity, Key(r.Date)), new Anchor(best, i, r.ArticleId, r.Date, r.Date, r.Sentence));
                if (span is ({ } lo, { } hi) && ordered[i].ArticleIds.Count > 0)
                    foreach (var key in SpanKeys(lo, hi))
                        Add(spanAnchors, (entity, key), new Anchor(best, i, ordered[i].ArticleIds[0], lo, hi, null));
            }
        }

        // Grouping a storyline's facts into its timeline is the costly part, and storylines are independent.
        var storylines = new StorylineRecord[stories.Count];
        Parallel.For(0, stories.Count, s => storylines[s] = ToRecord(stories[s], ordered, articleEntities, entities, eventFacts));
        return (storylines.OrderByDescending(s => s.Events.Count).ThenBy(s => s.Id, StringComparer.Ordinal).ToArray(), FollowUps(links, ordered));
    }

    private StorylineRecord ToRecord(Story story, LinkableEvent[] ordered,
        IReadOnlyDictionary<string, IReadOnlyList<(string EntityId, double Salience)>> articleEntities,
        IReadOnlyDictionary<string, GlobalEntity> entities, DatedFact[][] eventFacts)
    {
        // Members are added in time order already (then by id), the order a storyline lists them.
        var members = story.Members;
        var core = story.Core(options.MaxCoreEntities).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var weight = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var m in members)
            foreach (var article in ordered[m].ArticleIds)
                foreach (var (id, salience) in articleEntities.GetValueOrDefault(article) ?? [])
                    if (core.Contains(id)) weight[id] = weight.GetValueOrDefault(id) + salience;
        var names = weight.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(options.MaxCentralEntities).Select(p => entities[p.Key].Name).ToArray();
        var first = members.Select(m => ordered[m].Id).Min(StringComparer.Ordinal)!;
        var title = names.Length > 0 ? string.Join(", ", names.Take(2)) : ordered[members[0]].Title ?? ordered[members[0]].Id;
        var timeline = grouper.Group(members.SelectMany(m => eventFacts[m]));
        return new StorylineRecord("st-" + Articles.ContentHash.Of(first)[..12], title, names, members.Select(m => ordered[m].Id).ToArray(), timeline);
    }

    // Per link, the later event's most central articles each follow up the article the reference points to.
    private FollowUp[] FollowUps(List<(int Later, Anchor Earlier, double Strength)> links, LinkableEvent[] ordered)
    {
        var followUps = new Dictionary<(string, string), FollowUp>();
        foreach (var (later, anchor, strength) in links)
            foreach (var article in ordered[later].ArticleIds.Take(options.MaxFollowUpArticlesPerLink))
            {
                if (article == anchor.ArticleId) continue;
                var f = string.CompareOrdinal(article, anchor.ArticleId) < 0 ? new FollowUp(article, anchor.ArticleId, strength) : new FollowUp(anchor.ArticleId, article, strength);
                if (!followUps.TryGetValue((f.A, f.B), out var had) || had.Strength < f.Strength) followUps[(f.A, f.B)] = f;
            }
        return followUps.Values.OrderBy(f => f.A, StringComparer.Ordinal).ThenBy(f => f.B, StringComparer.Ordinal).ToArray();
    }

    private static void Add(Dictionary<(string, int), Dictionary<int, List<Anchor>>> index, (string, int) key, Anchor anchor)
    {
        if (!index.TryGetValue(key, out var byStory)) index[key] = byStory = [];
        if (!byStory.TryGetValue(anchor.Story, out var list)) byStory[anchor.Story] = list = [];
        list.Add(anchor);
    }

    /// <summary>Weighted overlap of an event's central entities with a storyline's core: the shares both give an entity.</summary>
    private static double Agreement((string Id, double Weight)[] central, (string Id, double Share)[] core)
    {
        var total = central.Sum(c => c.Weight);
        if (total <= 0) return 0;
        var sum = 0.0;
        foreach (var (id, weight) in central)
            foreach (var (coreId, share) in core)
                if (coreId == id) sum += Math.Min(weight / total, share);
        return sum;
    }

    /// <summary>The span an event can be referred back at, when it is dated precisely enough and short enough.</summary>
    private (PartialDate Lo, PartialDate Hi)? AnchorSpan(LinkableEvent e)
    {
        if (e.Start is not { } lo || e.End is not { } hi) return null;
        if (lo.Precision < DatePrecision.Month || hi.Precision < DatePrecision.Month) return null;
        var months = (hi.Year - lo.Year) * 12 + hi.Month!.Value - lo.Month!.Value + 1;
        return months >= 1 && months <= options.MaxAnchorSpanMonths ? (lo, hi) : null;
    }

    // A bare year is shared by many happenings: the two sentences must also share words besides the entity's name.
    private bool SameHappening(string a, string b, string[] entityNames, Dictionary<string, HashSet<string>> sentenceTerms)
    {
        var shared = 0;
        var other = TermsOf(b, sentenceTerms);
        foreach (var term in TermsOf(a, sentenceTerms))
            if (other.Contains(term) && !NameTerm(term, entityNames) && ++shared >= options.MinSharedTermsForYearReference) return true;
        return false;
    }

    private static HashSet<string> TermsOf(string sentence, Dictionary<string, HashSet<string>> sentenceTerms)
    {
        if (!sentenceTerms.TryGetValue(sentence, out var terms))
            sentenceTerms[sentence] = terms = TermAnalyzer.Default.Terms(sentence).Where(t => !t.Any(char.IsAsciiDigit)).ToHashSet(StringComparer.Ordinal);
        return terms;
    }

    private static bool NameTerm(string term, string[] entityNames)
    {
        foreach (var name in entityNames)
            foreach (var t in TermAnalyzer.Default.Terms(name))
                if (t == term) return true;
        return false;
    }

    // Two compatible dates agree only as far as the coarser one goes: "2005" matched with "2005-03-02" says
    // no more than "2005", which an event of May 2005 cannot refer back to.
    private static PartialDate Coarser(PartialDate a, PartialDate b) => a.Precision <= b.Precision ? a : b;

    private static bool Within(PartialDate date, PartialDate lo, PartialDate hi) => date.Start <= hi.End && lo.Start <= date.End;

    // Index keys: year and month (month 0 for a bare year), so a reference meets only anchors of its month.
    private static int Key(PartialDate d) => d.Year * 13 + (d.Month ?? 0);

    private static IEnumerable<int> ProbeKeys(PartialDate d)
    {
        if (d.Month is not null) { yield return Key(d); yield return d.Year * 13; yield break; }
        for (var m = 0; m <= 12; m++) yield return d.Year * 13 + m;
    }

    private static IEnumerable<int> SpanKeys(PartialDate lo, PartialDate hi)
    {
        for (int y = lo.Year, m = lo.Month!.Value; y < hi.Year || (y == hi.Year && m <= hi.Month!.Value); m = m == 12 ? 1 : m + 1, y += m == 1 ? 1 : 0)
            yield return y * 13 + m;
    }

    private (string Id, double Weight)[] Central(LinkableEvent e, IReadOnlyDictionary<string, IReadOnlyList<(string EntityId, double Salience)>> articleEntities, IReadOnlyDictionary<string, GlobalEntity> entities)
    {
        var sums = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var article in e.ArticleIds)
            foreach (var (id, salience) in articleEntities.GetValueOrDefault(article) ?? [])
                if (entities.TryGetValue(id, out var entity) && entity.Type is EntityType.Person or EntityType.Organization && !EntityLexicon.Default.NewsOutlets.Contains(entity.Name))
                    sums[id] = sums.GetValueOrDefault(id) + salience;
        return sums.Where(p => p.Value / e.ArticleIds.Count >= options.CentralSalience)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(options.MaxCentralEntities).Select(p => (p.Key, p.Value / e.ArticleIds.Count)).ToArray();
    }

    private static string[] Names(GlobalEntity e) => e.Aliases.Append(e.Name).Where(n => n.Length > 1).Distinct(StringComparer.Ordinal).ToArray();

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
