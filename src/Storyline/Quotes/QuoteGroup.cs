using Storyline.Time;

namespace Storyline.Quotes;

/// <summary>One quotation as it appears across articles.</summary>
/// <param name="Id">Stable id derived from the normalized words of <paramref name="Text"/>.</param>
/// <param name="Text">The quotation as the first article gives it (its longest form there).</param>
/// <param name="Speaker">The speaker most articles name, or null.</param>
/// <param name="Articles">Ids of the articles that carry it, sorted ordinally.</param>
/// <param name="FirstArticle">The earliest article that has it (by published date, then id).</param>
/// <param name="FirstPublished">That article's published date, when known.</param>
/// <param name="Quotes">Every occurrence, by article id then offset.</param>
public sealed record QuoteGroup(
    string Id,
    string Text,
    string? Speaker,
    IReadOnlyList<string> Articles,
    string FirstArticle,
    PartialDate? FirstPublished,
    IReadOnlyList<Quote> Quotes);
