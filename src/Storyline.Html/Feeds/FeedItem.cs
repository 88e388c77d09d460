using Storyline.Articles;

namespace Storyline.Html.Feeds;

/// <summary>One item of an RSS or Atom feed.</summary>
/// <param name="Index">1-based position in the feed.</param>
/// <param name="Title">Item title.</param>
/// <param name="Link">Item link (Atom: the alternate link).</param>
/// <param name="Guid">RSS guid or Atom id.</param>
/// <param name="Published">pubDate, dc:date, published or updated.</param>
/// <param name="Author">Author or dc:creator.</param>
/// <param name="Body">Text of content:encoded, content, description or summary, through the HTML extractor.</param>
/// <param name="FeedTitle">Title of the feed (the outlet).</param>
/// <param name="ContentHash">Hash of the item's XML.</param>
public sealed record FeedItem(
    int Index,
    string? Title,
    string? Link,
    string? Guid,
    ExtractedDate? Published,
    string? Author,
    string Body,
    string? FeedTitle,
    string ContentHash)
{
    /// <summary>The item as an article with metadata basis for its date.</summary>
    public Article ToArticle(string id, string? origin = null) =>
        new(id, Title, null, FeedTitle, Link, Body, Published?.Date, Published?.Basis, ContentHash) { Origin = origin };
}

/// <summary>A feed item, or why the feed could not be read further.</summary>
/// <param name="Item">The item, on success.</param>
/// <param name="Error">The reason reading stopped (with line and position), on failure.</param>
public sealed record FeedItemResult(FeedItem? Item, string? Error);
