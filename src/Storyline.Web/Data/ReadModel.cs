using System.Collections.Frozen;
using Storyline.Storage;
using Storyline.Time;

namespace Storyline.Web.Data;

/// <summary>
/// An immutable snapshot of the store's analysis, indexed for the pages: events by id and by article,
/// relations by article, and the optional analyses. Built once per store version and shared by all requests.
/// </summary>
public sealed class ReadModel
{
    private static readonly IReadOnlyList<ArticleRelation> NoRelations = [];
    private static readonly IReadOnlyList<StoredEvent> NoEvents = [];

    private readonly FrozenDictionary<string, StoredEvent> eventsById;
    private readonly FrozenDictionary<string, IReadOnlyList<StoredEvent>> eventsByArticle;
    private readonly FrozenDictionary<string, IReadOnlyList<ArticleRelation>> relationsByArticle;
    private readonly FrozenDictionary<string, StorylineView> storylinesById;
    private readonly FrozenDictionary<string, (string? Start, string? End)> storylineSpans;
    private readonly FrozenDictionary<string, IReadOnlyList<StorylineView>> storylinesByEvent;
    private readonly FrozenDictionary<string, QuoteView[]> quotesByArticle;
    private readonly FrozenDictionary<string, ConflictView[]> conflictsByArticle;

    private ReadModel(int articleCount, IReadOnlyList<StoredEvent> events, IReadOnlyList<ArticleRelation> relations,
        IReadOnlyList<StorylineView>? storylines, IReadOnlyList<EntityView>? entities, IReadOnlyList<QuoteView>? quotes,
        IReadOnlyList<ConflictView>? conflicts)
    {
        ArticleCount = articleCount;
        Events = events;
        Storylines = storylines;
        Entities = entities;
        Quotes = quotes;
        Conflicts = conflicts;
        eventsById = events.ToFrozenDictionary(e => e.Id, StringComparer.Ordinal);
        eventsByArticle = events
            .SelectMany(e => e.ArticleIds.Select(a => (Article: a, Event: e)))
            .GroupBy(p => p.Article, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<StoredEvent>)g.Select(p => p.Event).ToArray(), StringComparer.Ordinal);
        relationsByArticle = relations
            .SelectMany(r => new[] { (Article: r.A, Relation: r), (Article: r.B, Relation: r) })
            .GroupBy(p => p.Article, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<ArticleRelation>)g.Select(p => p.Relation).ToArray(), StringComparer.Ordinal);
        storylinesById = (storylines ?? []).ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
        // Lists show each storyline's span; a long storyline has thousands of facts, too many to scan per request.
        storylineSpans = (storylines ?? []).ToFrozenDictionary(s => s.Id, Span, StringComparer.Ordinal);
        storylinesByEvent = (storylines ?? [])
            .SelectMany(s => s.Events.Select(e => (Event: e, Storyline: s)))
            .GroupBy(p => p.Event, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<StorylineView>)g.Select(p => p.Storyline).ToArray(), StringComparer.Ordinal);
        quotesByArticle = (quotes ?? []).SelectMany(q => q.Articles.Distinct(StringComparer.Ordinal).Select(a => (Article: a, Quote: q)))
            .GroupBy(p => p.Article, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Quote).ToArray(), StringComparer.Ordinal);
        conflictsByArticle = (conflicts ?? []).SelectMany(c => c.Articles.Concat(c.Evidence.Select(e => e.Article)).Distinct(StringComparer.Ordinal).Select(a => (Article: a, Conflict: c)))
            .GroupBy(p => p.Article, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Conflict).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The first and last date of a storyline's timeline; nulls when it has no dated fact.</summary>
    public (string? Start, string? End) SpanOf(string storylineId) => storylineSpans.GetValueOrDefault(storylineId);

    private static (string? Start, string? End) Span(StorylineView storyline)
    {
        var dates = storyline.Timeline.Select(t => PartialDate.TryParse(t.Date, out var d) ? d : (PartialDate?)null).OfType<PartialDate>().ToArray();
        return dates.Length == 0 ? (null, null) : (dates.Min().ToString(), dates.Max().ToString());
    }

    /// <summary>Reads a snapshot of <paramref name="store"/> and the analyses <paramref name="analysis"/> provides for it.</summary>
    public static ReadModel Load(IArticleStore store, IAnalysisSource analysis)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(analysis);
        return new ReadModel(store.ArticleCount, store.Events(), store.Relations(), analysis.Storylines(store),
            analysis.Entities(store), analysis.Quotes(store), analysis.Conflicts(store));
    }

    /// <summary>Number of stored articles.</summary>
    public int ArticleCount { get; }

    /// <summary>Events, largest first, then by id (the store's order).</summary>
    public IReadOnlyList<StoredEvent> Events { get; }

    /// <summary>Storylines, or null when not computed.</summary>
    public IReadOnlyList<StorylineView>? Storylines { get; }

    /// <summary>Entities, or null when not computed.</summary>
    public IReadOnlyList<EntityView>? Entities { get; }

    /// <summary>Quotes, or null when not computed.</summary>
    public IReadOnlyList<QuoteView>? Quotes { get; }

    /// <summary>Conflicts, or null when not computed.</summary>
    public IReadOnlyList<ConflictView>? Conflicts { get; }

    /// <summary>One event by id, or null.</summary>
    public StoredEvent? Event(string id) => eventsById.GetValueOrDefault(id);

    /// <summary>One storyline by id, or null.</summary>
    public StorylineView? Storyline(string id) => storylinesById.GetValueOrDefault(id);

    /// <summary>The events an article belongs to.</summary>
    public IReadOnlyList<StoredEvent> EventsOf(string articleId) => eventsByArticle.GetValueOrDefault(articleId) ?? NoEvents;

    /// <summary>The storylines an event belongs to.</summary>
    public IReadOnlyList<StorylineView> StorylinesOf(string eventId) => storylinesByEvent.GetValueOrDefault(eventId) ?? [];

    /// <summary>The relations an article takes part in.</summary>
    public IReadOnlyList<ArticleRelation> RelationsOf(string articleId) => relationsByArticle.GetValueOrDefault(articleId) ?? NoRelations;

    /// <summary>The relations between articles of <paramref name="ids"/> (both ends in the set).</summary>
    public IReadOnlyList<ArticleRelation> RelationsAmong(IReadOnlyCollection<string> ids)
    {
        var set = ids as IReadOnlySet<string> ?? new HashSet<string>(ids, StringComparer.Ordinal);
        return ids.SelectMany(RelationsOf).Where(r => set.Contains(r.A) && set.Contains(r.B)).Distinct()
            .OrderBy(r => r.A, StringComparer.Ordinal).ThenBy(r => r.B, StringComparer.Ordinal).ToArray();
    }

    /// <summary>Quotes carried by at least two of <paramref name="ids"/>, in the order of the store's quotes.</summary>
    public IReadOnlyList<QuoteView> SharedQuotes(IReadOnlyCollection<string> ids)
    {
        if (Quotes is null) return [];
        var set = ids as IReadOnlySet<string> ?? new HashSet<string>(ids, StringComparer.Ordinal);
        return ids.SelectMany(QuotesOf).Distinct().Where(q => q.Articles.Count(set.Contains) >= 2).ToArray();
    }

    /// <summary>Quotes carried by an article.</summary>
    public IReadOnlyList<QuoteView> QuotesOf(string articleId) => quotesByArticle.GetValueOrDefault(articleId) ?? [];

    /// <summary>Conflicts that concern any of <paramref name="ids"/> (as an article or by evidence).</summary>
    public IReadOnlyList<ConflictView> ConflictsAmong(IReadOnlyCollection<string> ids)
        => Conflicts is null ? [] : ids.SelectMany(a => conflictsByArticle.GetValueOrDefault(a) ?? []).Distinct().ToArray();
}
