using System.Text;

namespace Storyline.Html.Content;

/// <summary>
/// Writes the chosen nodes as paragraphs, leaving out what sits inside the article but is not
/// part of it: link lists, share bars, captions, calls to action.
/// </summary>
internal sealed class TextRenderer(HtmlExtractionOptions options)
{
    // A widget inside the article (share bar, newsletter box) is short; a long block with such a name is text.
    private const int WidgetMaxLength = 400;

    public string Render(IReadOnlyList<ContentNode> roots)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        var stack = new Stack<(ContentNode Node, bool Exit)>();
        for (var i = roots.Count - 1; i >= 0; i--) stack.Push((roots[i], false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node.IsText)
            {
                current.Append(node.Text);
                continue;
            }
            var isBlock = !HtmlTags.Inline.Contains(node.Tag);
            if (exit)
            {
                if (isBlock) Flush(current, paragraphs);
                continue;
            }
            if (node.Tag == "br")
            {
                Flush(current, paragraphs);
                continue;
            }
            if (Skip(node)) continue;
            if (isBlock) Flush(current, paragraphs);
            stack.Push((node, true));
            for (var i = node.Children.Count - 1; i >= 0; i--) stack.Push((node.Children[i], false));
        }
        Flush(current, paragraphs);
        return string.Join("\n\n", paragraphs);
    }

    private bool Skip(ContentNode node)
    {
        if (node.Removed || node.Tag == "h1") return true;
        if (node.TextLength == 0) return false;
        if (!HtmlTags.Inline.Contains(node.Tag) && node.LinkDensity > options.MaxLinkDensity
            && (node.TextLength - node.LinkLength < options.LinkedProseLength || node.LinkDensity > options.MaxLinkedProseDensity)) return true;
        if (node.TextLength < WidgetMaxLength && (node.Flags & (HintFlags.Negative | HintFlags.Positive)) == HintFlags.Negative) return true;
        return false;
    }

    private void Flush(StringBuilder current, List<string> paragraphs)
    {
        if (current.Length == 0) return;
        var text = CollapseWhitespace(current);
        current.Clear();
        if (text.Length == 0) return;
        if (text.Length < options.ShortBlockLength && ContentHints.BoilerplatePhrase().IsMatch(text)) return;
        paragraphs.Add(text);
    }

    internal static string CollapseWhitespace(StringBuilder source)
    {
        var builder = new StringBuilder(source.Length);
        var pendingSpace = false;
        foreach (var chunk in source.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (char.IsWhiteSpace(c) || c == '\u200b')
                {
                    pendingSpace = builder.Length > 0;
                    continue;
                }
                if (pendingSpace) builder.Append(' ');
                pendingSpace = false;
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}
