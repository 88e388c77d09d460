namespace Storyline.Web.Data;

/// <summary>A storyline as the pages and the API show it (the shape of the export format's <c>storylines</c>).</summary>
/// <param name="Id">Storyline id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Entities">Names of its central entities.</param>
/// <param name="Events">Ids of its events, in time order.</param>
/// <param name="Timeline">Dated facts, each with the articles that support it.</param>
public sealed record StorylineView(string Id, string Title, IReadOnlyList<string> Entities, IReadOnlyList<string> Events,
    IReadOnlyList<TimelineEntryView> Timeline);

/// <summary>One dated fact of a timeline.</summary>
/// <param name="Date">ISO date at its known precision (<c>2020</c>, <c>2020-09</c>, <c>2020-09-30</c>).</param>
/// <param name="Text">What happened.</param>
/// <param name="Articles">Ids of the articles that report it.</param>
public sealed record TimelineEntryView(string Date, string Text, IReadOnlyList<string> Articles);

/// <summary>An entity across the store.</summary>
/// <param name="Id">Entity id.</param>
/// <param name="Name">Canonical name.</param>
/// <param name="Type"><c>person</c>, <c>organization</c>, <c>place</c> or <c>other</c>.</param>
/// <param name="Aliases">Other names it goes by.</param>
/// <param name="Articles">Ids of the articles that mention it.</param>
public sealed record EntityView(string Id, string Name, string Type, IReadOnlyList<string> Aliases, IReadOnlyList<string> Articles);

/// <summary>A quote matched across articles.</summary>
/// <param name="Id">Quote id.</param>
/// <param name="Text">The quoted words.</param>
/// <param name="Speaker">Who said it, when known.</param>
/// <param name="Articles">Ids of the articles that carry it.</param>
/// <param name="FirstSeen">Id of the earliest article that carries it, when known.</param>
public sealed record QuoteView(string Id, string Text, string? Speaker, IReadOnlyList<string> Articles, string? FirstSeen);

/// <summary>A disagreement or correction between articles.</summary>
/// <param name="Kind"><c>numeric</c>, <c>date</c> or <c>correction</c>.</param>
/// <param name="Subject">What the articles disagree about.</param>
/// <param name="Articles">Ids of the articles concerned.</param>
/// <param name="Evidence">The sentences that show it.</param>
public sealed record ConflictView(string Kind, string Subject, IReadOnlyList<string> Articles, IReadOnlyList<EvidenceView> Evidence);

/// <summary>A sentence of an article that supports a conflict.</summary>
/// <param name="Article">Article id.</param>
/// <param name="Sentence">The sentence as written.</param>
public sealed record EvidenceView(string Article, string Sentence);

/// <summary>A marked span in an article's text, such as an entity mention.</summary>
/// <param name="Start">Offset in the article body.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Kind">What it is (<c>person</c>, <c>place</c>, …); becomes a CSS class.</param>
/// <param name="Label">A short explanation shown on hover (canonical name, normalized value).</param>
public sealed record SpanView(int Start, int Length, string Kind, string Label);
