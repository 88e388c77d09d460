namespace Storyline.Facts;

/// <summary>
/// The quoted stretches of a text: curly quotes, straight double quotes and the PTB pair <c>`` … ''</c>.
/// A quote that is not closed ends at the line break, so one stray mark cannot swallow the rest of an article.
/// </summary>
internal readonly struct Quotations
{
    private readonly List<(int Start, int End)> _spans;

    private Quotations(List<(int Start, int End)> spans) => _spans = spans;

    /// <summary>Finds the quoted stretches of <paramref name="text"/>.</summary>
    public static Quotations Find(ReadOnlySpan<char> text)
    {
        var spans = new List<(int, int)>();
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\n' or '\r':
                    if (open >= 0) { spans.Add((open, i)); open = -1; }
                    break;
                case '\u201C' or '\u201E':
                    if (open < 0) open = i;
                    break;
                case '\u201D':
                    if (open >= 0) { spans.Add((open, i + 1)); open = -1; }
                    break;
                case '"':
                    if (open < 0) open = i;
                    else { spans.Add((open, i + 1)); open = -1; }
                    break;
                case '`' when i + 1 < text.Length && text[i + 1] == '`':
                    if (open < 0) open = i;
                    i++;
                    break;
                case '\'' when i + 1 < text.Length && text[i + 1] == '\'':
                    if (open >= 0) { spans.Add((open, i + 2)); open = -1; }
                    i++;
                    break;
            }
        }
        if (open >= 0) spans.Add((open, text.Length));
        return new Quotations(spans);
    }

    /// <summary>True when the stretch [<paramref name="start"/>, <paramref name="end"/>) lies inside a quotation.</summary>
    public bool Contains(int start, int end)
    {
        if (_spans is null) return false;
        // Spans are in text order and disjoint: binary search for the last span starting at or before start.
        int lo = 0, hi = _spans.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_spans[mid].Start <= start) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found >= 0 && end <= _spans[found].End;
    }
}
