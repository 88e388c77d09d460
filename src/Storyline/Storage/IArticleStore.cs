using Storyline.Articles;

namespace Storyline.Storage;

/// <summary>
/// Where articles and their analysis live. The embedded SQLite store is the default; the
/// interface keeps the engine free of any one database.
/// </summary>
public interface IArticleStore : IDisposable
{
    /// <summary>Stores articles in one transaction; returns how each was taken.</summary>
    IReadOnlyList<StoreOutcome> Upsert(IReadOnlyList<Article> articles);

    /// <summary>Every stored article, in id order; a missing published date is filled with the inferred one.</summary>
    IEnumerable<Article> Articles();

    /// <summary>Every stored article as it was read, without inferred dates: the input of a fresh analysis.</summary>
    IEnumerable<Article> ArticlesAsRead();

    /// <summary>One article by id, or null.</summary>
    Article? Article(string id);

    /// <summary>Number of stored articles.</summary>
    int ArticleCount { get; }

    /// <summary>Replaces the stored analysis (events, relations) with <paramref name="analysis"/> in one transaction.</summary>
    void ReplaceAnalysis(CorpusAnalysis analysis);

    /// <summary>
    /// Starts turning <paramref name="analysis"/> into what the store writes, on another thread, and returns the write,
    /// which does what <see cref="ReplaceAnalysis"/> does. Staging reads only the analysis, so it may run while articles
    /// are still being stored; the write must wait until they are. Ingestion stages the analysis when it is done before the
    /// writer, so that encoding (and in the SQLite store, inserting) tens of thousands of entities and quotes is not left
    /// for after the last article.
    /// </summary>
    Action StageAnalysis(CorpusAnalysis analysis) => () => ReplaceAnalysis(analysis);

    /// <summary>The stored events, largest first, then by id.</summary>
    IReadOnlyList<StoredEvent> Events();

    /// <summary>The stored pairwise relations.</summary>
    IReadOnlyList<ArticleRelation> Relations();

    /// <summary>The stored entities, most widely reported first.</summary>
    IReadOnlyList<Entities.GlobalEntity> Entities();

    /// <summary>The stored quotations, most widely carried first.</summary>
    IReadOnlyList<StoredQuote> Quotes();

    /// <summary>The stored claims.</summary>
    IReadOnlyList<StoredClaim> Claims();

    /// <summary>The stored claim comparisons.</summary>
    IReadOnlyList<StoredComparison> Comparisons();

    /// <summary>The stored conflicts.</summary>
    IReadOnlyList<StoredConflict> Conflicts();

    /// <summary>The stored dated facts, by article.</summary>
    IReadOnlyList<Facts.DatedFact> Facts();

    /// <summary>The stored storylines, most events first.</summary>
    IReadOnlyList<Stories.StorylineRecord> Storylines();

    /// <summary>Full-text search with BM25 ranking and highlighted snippets.</summary>
    IReadOnlyList<SearchHit> Search(string query, int limit);
}

/// <summary>How the store took an article.</summary>
public enum StoreOutcome
{
    /// <summary>A new article.</summary>
    New,
    /// <summary>Same id and same content as stored: nothing changed.</summary>
    Unchanged,
    /// <summary>Same id, new content: the article was replaced.</summary>
    Updated,
}

/// <summary>A stored event with its members and time span.</summary>
/// <param name="Id">Event id.</param>
/// <param name="Title">Headline of its most central article.</param>
/// <param name="ArticleIds">Member ids, ordinal order.</param>
/// <param name="Start">Earliest member date, or null.</param>
/// <param name="End">Latest member date, or null.</param>
public sealed record StoredEvent(string Id, string? Title, IReadOnlyList<string> ArticleIds, string? Start, string? End);

/// <summary>A relation between two articles (a &lt; b in ordinal order).</summary>
/// <param name="A">First article id.</param>
/// <param name="B">Second article id.</param>
/// <param name="Relation">One of <c>duplicate</c>, <c>near-duplicate</c>, <c>same-event</c>, <c>follow-up</c>.</param>
/// <param name="Similarity">Similarity in 0..1 (Jaccard estimate for copies, cosine for events).</param>
public sealed record ArticleRelation(string A, string B, string Relation, double Similarity);

/// <summary>A full-text search hit.</summary>
/// <param name="Id">Article id.</param>
/// <param name="Title">Title, dek, or null.</param>
/// <param name="Snippet">Matched passage with the hits in [brackets].</param>
/// <param name="Score">BM25 score; higher is better.</param>
public sealed record SearchHit(string Id, string? Title, string Snippet, double Score);

/// <summary>The analysis of the whole store that the pipeline computes and the store keeps.</summary>
/// <param name="Events">The events.</param>
/// <param name="Relations">Pairwise relations.</param>
/// <param name="InferredDates">Published dates inferred for articles without one (id → date, basis).</param>
public sealed record CorpusAnalysis(IReadOnlyList<StoredEvent> Events, IReadOnlyList<ArticleRelation> Relations,
    IReadOnlyDictionary<string, Time.PartialDate> InferredDates)
{
    /// <summary>People, organizations, places and other named things across articles.</summary>
    public IReadOnlyList<Entities.GlobalEntity> Entities { get; init; } = [];

    /// <summary>Quotations matched across articles.</summary>
    public IReadOnlyList<Quotes.QuoteGroup> Quotes { get; init; } = [];

    /// <summary>Sentences that refer to resolved dates.</summary>
    public IReadOnlyList<Facts.DatedFact> Facts { get; init; } = [];

    /// <summary>Events linked into storylines, each with its timeline.</summary>
    public IReadOnlyList<Stories.StorylineRecord> Storylines { get; init; } = [];

    /// <summary>Attribute claims with values and as-of dates.</summary>
    public IReadOnlyList<StoredClaim> Claims { get; init; } = [];

    /// <summary>Claims about one subject and attribute compared across articles.</summary>
    public IReadOnlyList<StoredComparison> Comparisons { get; init; } = [];

    /// <summary>Where sources disagree, or a later source corrects an earlier one.</summary>
    public IReadOnlyList<StoredConflict> Conflicts { get; init; } = [];

    /// <summary>Where each inferred date came from (<c>text</c> or <c>inferred</c>).</summary>
    public IReadOnlyDictionary<string, Articles.PublishedBasis> InferredBases { get; init; } = new Dictionary<string, Articles.PublishedBasis>();
}

/// <summary>An attribute claim: a subject's attribute has a value as of a date, says an article.</summary>
/// <param name="Subject">Who or what the claim is about.</param>
/// <param name="Attribute">The attribute (age, a count, the date of a happening).</param>
/// <param name="Value">The value as stated.</param>
/// <param name="AsOf">The date the value holds at, when known.</param>
/// <param name="Article">The article that states it.</param>
/// <param name="Sentence">The sentence that states it.</param>
public sealed record StoredClaim(string Subject, string Attribute, string Value, string? AsOf, string Article, string Sentence);

/// <summary>Claims about one subject and attribute, compared.</summary>
/// <param name="Subject">Who or what.</param>
/// <param name="Attribute">The attribute.</param>
/// <param name="Verdict"><c>agree</c>, <c>compatibleprecision</c>, <c>disagree</c> or <c>undetermined</c>.</param>
/// <param name="Explanation">Why, e.g. the implied birth year.</param>
/// <param name="Claims">The claims compared.</param>
public sealed record StoredComparison(string Subject, string Attribute, string Verdict, string Explanation, IReadOnlyList<StoredClaim> Claims);

/// <summary>A conflict between sources: disagreeing values, or a correction.</summary>
/// <param name="Kind"><c>numeric</c>, <c>date</c> or <c>correction</c>.</param>
/// <param name="Subject">What it is about.</param>
/// <param name="Articles">The articles involved.</param>
/// <param name="Evidence">The sentences, by article.</param>
public sealed record StoredConflict(string Kind, string Subject, IReadOnlyList<string> Articles, IReadOnlyList<StoredEvidence> Evidence);

/// <summary>One sentence of evidence.</summary>
/// <param name="Article">Article id.</param>
/// <param name="Sentence">The sentence.</param>
public sealed record StoredEvidence(string Article, string Sentence);

/// <summary>A stored quotation.</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Text">The quotation as its first article gives it.</param>
/// <param name="Speaker">Speaker, when attributed.</param>
/// <param name="Articles">Articles that carry it.</param>
/// <param name="FirstSeen">The earliest article that has it.</param>
public sealed record StoredQuote(string Id, string Text, string? Speaker, IReadOnlyList<string> Articles, string FirstSeen);
