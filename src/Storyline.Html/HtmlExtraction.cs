using Storyline.Articles;
using Storyline.Time;

namespace Storyline.Html;

/// <summary>A published date found in a page, with the raw text it came from.</summary>
/// <param name="Date">The date at the precision stated.</param>
/// <param name="Raw">The attribute or text value as written.</param>
/// <param name="Source">Where it was found (e.g. <c>json-ld</c>, <c>meta:article:published_time</c>, <c>time</c>, <c>url</c>, <c>text</c>).</param>
/// <param name="Basis">Metadata for markup and URL dates, Text for dates read from the visible byline.</param>
public sealed record ExtractedDate(PartialDate Date, string Raw, string Source, PublishedBasis Basis);

/// <summary>What the extractor made of one HTML page.</summary>
/// <param name="Title">Headline without the site name.</param>
/// <param name="Dek">Sub-headline or description.</param>
/// <param name="Body">Main text; paragraphs separated by blank lines.</param>
/// <param name="Published">Published date, when one was found.</param>
/// <param name="Author">Author names as given.</param>
/// <param name="Outlet">Site name, or the domain when the page names none.</param>
/// <param name="CanonicalUrl">Canonical URL, else the page URL given.</param>
/// <param name="Language">Declared language tag.</param>
/// <param name="Encoding">Name of the character encoding used to decode the bytes.</param>
/// <param name="Notes">Decoder and extractor notes (e.g. a legacy code page was used, input was truncated).</param>
public sealed record HtmlExtraction(
    string? Title,
    string? Dek,
    string Body,
    ExtractedDate? Published,
    string? Author,
    string? Outlet,
    string? CanonicalUrl,
    string? Language,
    string Encoding,
    IReadOnlyList<string> Notes)
{
    /// <summary>
    /// The extraction as an <see cref="Article"/>. The content hash is that of the raw bytes, so that
    /// re-ingesting the same file is recognised.
    /// </summary>
    public Article ToArticle(string id, ReadOnlySpan<byte> rawBytes, string? origin = null) =>
        new(id, Title, Dek, Outlet, CanonicalUrl, Body, Published?.Date, Published?.Basis, ContentHash.Of(rawBytes))
        {
            Origin = origin,
            Notes = Notes,
        };
}
