namespace Storyline.Html.Content;

/// <summary>
/// A light copy of one DOM element or text run, with the text statistics the scorer needs computed once
/// bottom-up (AngleSharp's own text properties walk the subtree on every call).
/// </summary>
internal sealed class ContentNode
{
    public ContentNode(string tag, string hint, ContentNode? parent, string? text = null, HintFlags flags = HintFlags.None)
    {
        Tag = tag;
        Hint = hint;
        Flags = flags;
        Parent = parent;
        Text = text;
    }

    /// <summary>Position in document order.</summary>
    public int Order { get; set; }

    /// <summary>Lower-case tag name, or <c>#text</c>.</summary>
    public string Tag { get; }

    /// <summary>Lower-case class, id, role and itemprop values joined by spaces; empty for text.</summary>
    public string Hint { get; }

    /// <summary>The classification of <see cref="Hint"/>.</summary>
    public HintFlags Flags { get; }

    /// <summary>Raw text of a text node.</summary>
    public string? Text { get; }

    public ContentNode? Parent { get; }

    public List<ContentNode> Children { get; } = [];

    /// <summary>Non-whitespace characters of all descendant text.</summary>
    public int TextLength { get; set; }

    /// <summary>Non-whitespace characters inside links.</summary>
    public int LinkLength { get; set; }

    /// <summary>Commas in the descendant text (a sign of prose).</summary>
    public int Commas { get; set; }

    /// <summary>Number of paragraph-like descendants with real text.</summary>
    public int Paragraphs { get; set; }

    /// <summary>Non-whitespace characters of the text and inline children (text not wrapped in a block of its own).</summary>
    public int InlineLength { get; set; }

    /// <summary>Commas in the inline children.</summary>
    public int InlineCommas { get; set; }

    /// <summary>Whether any child is a block-level element.</summary>
    public bool HasBlockChild { get; set; }

    public double Score { get; set; }

    public bool IsCandidate { get; set; }

    /// <summary>Marked as boilerplate: skipped by scoring and rendering.</summary>
    public bool Removed { get; set; }

    public bool IsText => Text is not null;

    public double LinkDensity => TextLength == 0 ? 0 : (double)LinkLength / TextLength;

    public override string ToString() => IsText ? "#text" : $"<{Tag} {Hint}> len={TextLength} score={Score:F1}";
}
