using Storyline.Articles;
using Storyline.Storage;
using Storyline.Web.Data;

namespace Storyline.Web.Api;

/// <summary>One page of a list.</summary>
/// <typeparam name="T">Item type.</typeparam>
/// <param name="Total">Items in the whole list.</param>
/// <param name="Offset">Index of the first item of this page.</param>
/// <param name="Limit">Page size asked for.</param>
/// <param name="Items">The items.</param>
/// <param name="Computed">False when the store has not computed this kind of data yet (the list is then empty).</param>
/// <param name="Note">Why the list is empty when it is not computed.</param>
public sealed record Page<T>(int Total, int Offset, int Limit, IReadOnlyList<T> Items, bool Computed = true, string? Note = null);

/// <summary>An error: one sentence for a person.</summary>
/// <param name="Error">What went wrong and, where it helps, what to do.</param>
public sealed record ApiError(string Error);

/// <summary>An article without its body.</summary>
/// <param name="Id">Article id.</param>
/// <param name="Title">Headline.</param>
/// <param name="Dek">Sub-headline.</param>
/// <param name="Source">Outlet.</param>
/// <param name="Url">Original address.</param>
/// <param name="Published">Published date at its known precision.</param>
/// <param name="PublishedBasis"><c>header</c>, <c>metadata</c>, <c>text</c> or <c>inferred</c>.</param>
/// <param name="ContentHash">Hash of the raw input.</param>
public sealed record ArticleSummary(string Id, string? Title, string? Dek, string? Source, string? Url, string? Published,
    string? PublishedBasis, string ContentHash)
{
    internal static ArticleSummary From(Article a)
        => new(a.Id, a.Title, a.Dek, a.Source, a.Url, a.Published?.ToString(), Sqlite.SqliteArticleStore.BasisName(a.Basis), a.ContentHash);
}

/// <summary>An article with its body and what the store knows about it.</summary>
/// <param name="Article">The article's fields.</param>
/// <param name="Body">Body text.</param>
/// <param name="Events">Ids of its events.</param>
/// <param name="Relations">Its relations to other articles.</param>
/// <param name="Dates">Temporal expressions of the body, resolved against the published date.</param>
/// <param name="Entities">Entity mentions, or null when not computed.</param>
/// <param name="Quotes">Quotes it carries, or null when not computed.</param>
public sealed record ArticleDetail(ArticleSummary Article, string Body, IReadOnlyList<string> Events, IReadOnlyList<RelationItem> Relations,
    IReadOnlyList<MarkedSpan> Dates, IReadOnlyList<MarkedSpan>? Entities, IReadOnlyList<QuoteView>? Quotes);

/// <summary>A marked span of an article body.</summary>
/// <param name="Start">Offset in the body.</param>
/// <param name="Length">Characters.</param>
/// <param name="Text">The text as written.</param>
/// <param name="Kind"><c>date</c>, or an entity type.</param>
/// <param name="Value">Normalized value (ISO date, canonical name).</param>
public sealed record MarkedSpan(int Start, int Length, string Text, string Kind, string Value);

/// <summary>A relation between two articles.</summary>
/// <param name="A">First article id.</param>
/// <param name="B">Second article id.</param>
/// <param name="Relation"><c>duplicate</c>, <c>near-duplicate</c>, <c>same-event</c> or <c>follow-up</c>.</param>
/// <param name="Similarity">0..1.</param>
public sealed record RelationItem(string A, string B, string Relation, double Similarity)
{
    internal static RelationItem From(ArticleRelation r) => new(r.A, r.B, r.Relation, r.Similarity);
}

/// <summary>An event in a list.</summary>
/// <param name="Id">Event id.</param>
/// <param name="Title">Headline of its most central article.</param>
/// <param name="Start">Earliest member date.</param>
/// <param name="End">Latest member date.</param>
/// <param name="ArticleCount">Number of member articles.</param>
/// <param name="Articles">Member ids.</param>
public sealed record EventSummary(string Id, string? Title, string? Start, string? End, int ArticleCount, IReadOnlyList<string> Articles)
{
    internal static EventSummary From(StoredEvent e) => new(e.Id, e.Title, e.Start, e.End, e.ArticleIds.Count, e.ArticleIds);
}

/// <summary>An entity in a list: the articles it appears in are counted, and the first of them listed.</summary>
/// <param name="Id">Entity id.</param>
/// <param name="Name">Its canonical name.</param>
/// <param name="Type">person, organization, place or other.</param>
/// <param name="Aliases">Other names it goes by.</param>
/// <param name="ArticleCount">Articles it appears in.</param>
/// <param name="Articles">The first <see cref="MaxArticles"/> of them, in the store's order.</param>
public sealed record EntitySummary(string Id, string Name, string Type, IReadOnlyList<string> Aliases, int ArticleCount, IReadOnlyList<string> Articles)
{
    /// <summary>Article ids listed per entity: a name in the news can appear in tens of thousands of articles.</summary>
    public const int MaxArticles = 50;

    internal static EntitySummary From(EntityView e) => new(e.Id, e.Name, e.Type, e.Aliases, e.Articles.Count, e.Articles.Take(MaxArticles).ToArray());
}

/// <summary>A storyline in a list: what it is about and how large, without its timeline (ask for the storyline for that).</summary>
/// <param name="Id">Storyline id.</param>
/// <param name="Title">Its central entities.</param>
/// <param name="Entities">Its central entities.</param>
/// <param name="Events">Its event ids, in time order.</param>
/// <param name="FactCount">Entries of its timeline.</param>
/// <param name="Start">First date of its timeline.</param>
/// <param name="End">Last date of its timeline.</param>
public sealed record StorylineSummary(string Id, string Title, IReadOnlyList<string> Entities, IReadOnlyList<string> Events, int FactCount, string? Start, string? End);

/// <summary>An event with its articles (paged), their relations, and what they share and dispute.</summary>
/// <param name="Event">The event.</param>
/// <param name="Articles">A page of its articles, in id order.</param>
/// <param name="Relations">Relations between the articles of this page.</param>
/// <param name="Storylines">Ids of the storylines it belongs to.</param>
/// <param name="SharedQuotes">Quotes carried by two or more of its articles, or null when not computed.</param>
/// <param name="Conflicts">Conflicts that concern its articles, or null when not computed.</param>
public sealed record EventDetail(EventSummary Event, Page<ArticleSummary> Articles, IReadOnlyList<RelationItem> Relations,
    IReadOnlyList<string> Storylines, IReadOnlyList<QuoteView>? SharedQuotes, IReadOnlyList<ConflictView>? Conflicts);

/// <summary>A storyline with its events.</summary>
/// <param name="Storyline">The storyline and its timeline.</param>
/// <param name="Events">Its events.</param>
public sealed record StorylineDetail(StorylineView Storyline, IReadOnlyList<EventSummary> Events);

/// <summary>A search hit.</summary>
/// <param name="Id">Article id.</param>
/// <param name="Title">Title or dek.</param>
/// <param name="Snippet">Matched passage, hits in [brackets].</param>
/// <param name="Score">BM25 score, higher is better.</param>
public sealed record SearchItem(string Id, string? Title, string Snippet, double Score);

/// <summary>What <c>POST /api/articles</c> did: the same figures <c>storyline ingest</c> prints.</summary>
/// <param name="Read">Articles read.</param>
/// <param name="New">New to the store.</param>
/// <param name="Unchanged">Already stored with the same content.</param>
/// <param name="Updated">Stored content replaced.</param>
/// <param name="Duplicates">Relations of kind duplicate in the store.</param>
/// <param name="Skipped">Inputs not read, with reasons (as the CLI reports them).</param>
/// <param name="Notes">Remarks about inputs that were read.</param>
/// <param name="Events">Events in the store afterwards.</param>
public sealed record IngestResult(int Read, int New, int Unchanged, int Updated, int Duplicates, IReadOnlyList<SkippedInput> Skipped,
    IReadOnlyList<string> Notes, int Events);

/// <summary>An input that was not read.</summary>
/// <param name="Origin">Where it came from (the request, with a line number for JSON Lines).</param>
/// <param name="Reason">Why.</param>
public sealed record SkippedInput(string Origin, string Reason);
