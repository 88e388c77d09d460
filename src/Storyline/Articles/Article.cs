using Storyline.Time;

namespace Storyline.Articles;

/// <summary>
/// One news article as every reader produces it. Immutable; later stages attach their
/// analyses alongside rather than mutating it.
/// </summary>
/// <param name="Id">Stable id: the file name without extension, or the JSON <c>id</c> field.</param>
/// <param name="Title">Headline, when known.</param>
/// <param name="Dek">Sub-headline, when known.</param>
/// <param name="Source">Outlet or source name, when known.</param>
/// <param name="Url">Canonical URL, when known.</param>
/// <param name="Body">Body text; paragraphs separated by blank lines.</param>
/// <param name="Published">Published date at its known precision.</param>
/// <param name="Basis">Where <paramref name="Published"/> came from; null when unknown.</param>
/// <param name="ContentHash">Hex hash of the raw bytes the article was read from.</param>
public sealed record Article(
    string Id,
    string? Title,
    string? Dek,
    string? Source,
    string? Url,
    string Body,
    PartialDate? Published,
    PublishedBasis? Basis,
    string ContentHash)
{
    /// <summary>Path or location the article was read from, for messages; not part of its identity.</summary>
    public string? Origin { get; init; }

    /// <summary>Notes the reader made while decoding (e.g. a legacy encoding was detected).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Title, dek and body as one text, as the analysis stages see it.</summary>
    public string FullText => string.Join("\n\n", new[] { Title, Dek, Body }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
