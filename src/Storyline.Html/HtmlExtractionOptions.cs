namespace Storyline.Html;

/// <summary>
/// Thresholds of the main-content extractor, all defaults in one place.
/// The defaults were tuned on the Zyte article-extraction benchmark with general rules only.
/// </summary>
public sealed record HtmlExtractionOptions
{
    /// <summary>The defaults.</summary>
    public static HtmlExtractionOptions Default { get; } = new();

    /// <summary>Shortest block text (characters) that counts as a scoring paragraph.</summary>
    public int MinParagraphLength { get; init; } = 25;

    /// <summary>Characters of paragraph text worth one point, up to <see cref="MaxLengthPoints"/>.</summary>
    public int CharactersPerPoint { get; init; } = 100;

    /// <summary>Cap on the length points of one paragraph.</summary>
    public double MaxLengthPoints { get; init; } = 3;

    /// <summary>Score added or removed by a positive or negative class/id hint.</summary>
    public double HintWeight { get; init; } = 25;

    /// <summary>How many ancestor levels receive a paragraph's score.</summary>
    public int AncestorLevels { get; init; } = 5;

    /// <summary>A sibling joins the main container when its score reaches this share of the best score.</summary>
    public double SiblingScoreShare { get; init; } = 0.2;

    /// <summary>A sibling of the main container with more link text than this share is not joined to it.</summary>
    public double MaxSiblingLinkDensity { get; init; } = 0.3;

    /// <summary>Link density above which a block inside the content is treated as navigation.</summary>
    public double MaxLinkDensity { get; init; } = 0.5;

    /// <summary>
    /// A block with at least this much unlinked text (characters) is kept despite a link density above
    /// <see cref="MaxLinkDensity"/> (up to <see cref="MaxLinkedProseDensity"/>): a list item with a linked headline
    /// and a sentence of text is content.
    /// </summary>
    public int LinkedProseLength { get; init; } = 80;

    /// <summary>Link density above which even a long block is navigation.</summary>
    public double MaxLinkedProseDensity { get; init; } = 0.8;

    /// <summary>
    /// A boilerplate-looking element (by tag or class/id) is kept when it holds at least this share of the
    /// page text, because then it is the layout wrapper rather than a widget.
    /// </summary>
    public double ProtectedTextShare { get; init; } = 0.5;

    /// <summary>Blocks shorter than this (characters) are checked against the boilerplate phrase list.</summary>
    public int ShortBlockLength { get; init; } = 120;

    /// <summary>
    /// A body shorter than this (characters) is re-extracted with less pruning, and the longest attempt wins,
    /// because a wrapper with a widget-like name (a "right-rail" layout) can hold the whole article.
    /// </summary>
    public int RetryBelowLength { get; init; } = 500;

    /// <summary>Bytes scanned for a charset declaration.</summary>
    public int CharsetScanBytes { get; init; } = 4096;

    /// <summary>Largest input (bytes) the extractor parses; longer input is truncated, not rejected.</summary>
    public int MaxInputBytes { get; init; } = 16 * 1024 * 1024;
}
