using System.Runtime.CompilerServices;
namespace Storyline.Quotes;

/// <summary>A stretch of text between quotation marks.</summary>
/// <param name="Open">Offset of the opening mark.</param>
/// <param name="Close">Offset of the closing mark, or of the paragraph end when the quote is left open.</param>
/// <param name="ContentStart">Offset of the first quoted character.</param>
/// <param name="ContentEnd">Offset just past the last quoted character.</param>
internal readonly record struct QuoteSpan(int Open, int Close, int ContentStart, int ContentEnd)
{
    /// <summary>Offset just past the closing mark.</summary>
    public int After => Close < ContentEnd ? ContentEnd : Close + MarkLength;

    /// <summary>Characters of the closing mark (2 for a tokenized <c>''</c>).</summary>
    public int MarkLength { get; init; } = 1;
}

/// <summary>
/// Finds double-quoted stretches: straight "…", curly “…” and tokenized ``…''. A straight mark's
/// direction comes from its neighbours (space before = opening, space after = closing); a quote
/// still open at a paragraph break ends there, as news paragraphs of a long quote do.
/// </summary>
internal static class QuoteSpans
{
    private static readonly System.Buffers.SearchValues<char> Marks = System.Buffers.SearchValues.Create("\"“”`'\n");

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<QuoteSpan> Find(ReadOnlySpan<char> text)
    {
        var spans = new List<QuoteSpan>();
        var open = -1;
        var openLen = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var skip = text[i..].IndexOfAny(Marks);
            if (skip < 0) break;
            i += skip;
            var c = text[i];
            if (c == '\n' && open >= 0 && IsParagraphBreak(text, i))
            {
                spans.Add(new QuoteSpan(open, i, open + openLen, TrimEnd(text, open + openLen, i)));
                open = -1;
                continue;
            }
            int dir; // +1 opening, -1 closing, 0 not a mark
            var len = 1;
            switch (c)
            {
                case '“': dir = 1; break;
                case '”': dir = -1; break;
                case '"': dir = StraightDirection(text, i, open >= 0); break;
                case '`' when i + 1 < text.Length && text[i + 1] == '`': dir = 1; len = 2; break;
                case '\'' when i + 1 < text.Length && text[i + 1] == '\'': dir = -1; len = 2; break;
                default: continue;
            }
            if (dir > 0)
            {
                if (open < 0) { open = i; openLen = len; }
            }
            else if (open >= 0)
            {
                spans.Add(new QuoteSpan(open, i, open + openLen, i) { MarkLength = len });
                open = -1;
            }
            i += len - 1;
        }
        if (open >= 0) spans.Add(new QuoteSpan(open, text.Length, open + openLen, TrimEnd(text, open + openLen, text.Length)));
        return spans;
    }

    private static int StraightDirection(ReadOnlySpan<char> text, int i, bool isOpen)
    {
        var spaceBefore = i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–' or '-';
        var spaceAfter = i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]) || text[i + 1] is ',' or '.' or ';' or ':' or ')' or '?' or '!';
        // "I'm satisfied, "said Klitschko": a mark after a comma or period and a space still closes an open quote.
        if (isOpen && spaceBefore && PreviousNonSpace(text, i) is ',' or '.' or '!' or '?' or ';') return -1;
        if (spaceBefore && !spaceAfter) return 1;
        if (!spaceBefore && spaceAfter) return -1;
        return isOpen ? -1 : 1;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static char PreviousNonSpace(ReadOnlySpan<char> text, int i)
    {
        for (var j = i - 1; j >= 0; j--) if (!char.IsWhiteSpace(text[j])) return text[j];
        return '\0';
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsParagraphBreak(ReadOnlySpan<char> text, int newline)
    {
        for (var j = newline + 1; j < text.Length; j++)
        {
            if (text[j] == '\n') return true;
            if (!char.IsWhiteSpace(text[j])) return false;
        }
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int TrimEnd(ReadOnlySpan<char> text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return end;
    }
}
