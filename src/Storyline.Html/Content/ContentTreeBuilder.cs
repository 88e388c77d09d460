using AngleSharp.Dom;

namespace Storyline.Html.Content;

/// <summary>Copies the body of a parsed document into <see cref="ContentNode"/>s, dropping non-text elements and hidden ones.</summary>
internal static class ContentTreeBuilder
{
    // Deeper nesting is flattened into the node at this depth: malformed pages can nest without end,
    // and every later pass is simpler when the depth is bounded.
    private const int MaxDepth = 200;

    public static ContentNode Build(IElement root)
    {
        var hints = new HintClassifier();
        var rootHint = HintOrHidden(root) ?? "";
        var top = new ContentNode(root.LocalName, rootHint, null, null, hints.Classify(rootHint));
        var stack = new Stack<(INode Dom, ContentNode Parent, int Depth)>();
        var order = 0;
        PushChildren(stack, root, top, 1);
        while (stack.Count > 0)
        {
            var (dom, parent, depth) = stack.Pop();
            if (dom is IText text)
            {
                if (text.Data.Length > 0) parent.Children.Add(new ContentNode("#text", "", parent, text.Data));
                continue;
            }
            if (dom is not IElement element) continue;
            var tag = element.LocalName;
            if (HtmlTags.Dropped.Contains(tag)) continue;
            var hint = HintOrHidden(element);
            if (hint is null) continue;
            if (depth >= MaxDepth)
            {
                PushChildren(stack, element, parent, depth);
                continue;
            }
            var node = new ContentNode(tag, hint, parent, null, hints.Classify(hint)) { Order = ++order };
            parent.Children.Add(node);
            PushChildren(stack, element, node, depth + 1);
        }
        ComputeStatistics(top);
        return top;
    }

    private static void PushChildren(Stack<(INode, ContentNode, int)> stack, INode dom, ContentNode parent, int depth)
    {
        var children = dom.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--) stack.Push((children[i], parent, depth));
    }

    /// <summary>Reads the hint attributes in one pass over the attribute list; null when the element is hidden.</summary>
    private static string? HintOrHidden(IElement element)
    {
        string? cls = null, id = null, role = null, itemprop = null;
        foreach (var attribute in element.Attributes)
        {
            switch (attribute.LocalName)
            {
                case "class": cls = attribute.Value; break;
                case "id": id = attribute.Value; break;
                case "role": role = attribute.Value; break;
                case "itemprop": itemprop = attribute.Value; break;
                case "hidden": return null;
                case "style" when IsHiddenStyle(attribute.Value): return null;
            }
        }
        if (cls is null && id is null && role is null && itemprop is null) return "";
        return string.Join(' ', cls, id, role, itemprop).Trim().ToLowerInvariant();
    }

    private static bool IsHiddenStyle(string style) =>
        style.Contains("display:none", StringComparison.OrdinalIgnoreCase)
        || style.Contains("display: none", StringComparison.OrdinalIgnoreCase)
        || style.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);

    /// <summary>Fills the text statistics bottom-up without recursion.</summary>
    internal static void ComputeStatistics(ContentNode root)
    {
        var order = new List<ContentNode>();
        var stack = new Stack<ContentNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            order.Add(node);
            foreach (var child in node.Children) stack.Push(child);
        }
        for (var i = order.Count - 1; i >= 0; i--)
        {
            var node = order[i];
            if (node.IsText)
            {
                var length = 0;
                var commas = 0;
                foreach (var c in node.Text!)
                {
                    if (!char.IsWhiteSpace(c)) length++;
                    if (c is ',' or '،' or '、' or '，') commas++;
                }
                node.TextLength = length;
                node.Commas = commas;
                continue;
            }
            int text = 0, links = 0, commasSum = 0, paragraphs = 0, inline = 0, inlineCommas = 0;
            var hasBlock = false;
            foreach (var child in node.Children)
            {
                if (child.Removed) continue;
                text += child.TextLength;
                links += child.LinkLength;
                commasSum += child.Commas;
                paragraphs += child.Paragraphs;
                if (!HtmlTags.Inline.Contains(child.Tag)) hasBlock = true;
                else
                {
                    inline += child.TextLength - (child.Tag == "a" ? child.TextLength : 0);
                    inlineCommas += child.Commas;
                }
            }
            node.TextLength = text;
            node.LinkLength = node.Tag == "a" ? text : links;
            node.Commas = commasSum;
            node.HasBlockChild = hasBlock;
            node.InlineLength = inline;
            node.InlineCommas = inlineCommas;
            if (IsParagraphLike(node) && text >= 25) paragraphs++;
            node.Paragraphs = paragraphs;
        }
    }

    /// <summary>A paragraph element, or a div/section that holds only inline content (used as a paragraph by many sites).</summary>
    public static bool IsParagraphLike(ContentNode node) =>
        HtmlTags.Paragraph.Contains(node.Tag) || (node.Tag is "div" or "section" or "article" && !node.HasBlockChild);
}
