namespace Storyline.Html.Metadata;

/// <summary>Metadata read from a page's head, JSON-LD and byline.</summary>
internal sealed record PageMetadata(
    string? Title,
    string? Dek,
    ExtractedDate? Published,
    string? Author,
    string? Outlet,
    string? CanonicalUrl,
    string? Language);
