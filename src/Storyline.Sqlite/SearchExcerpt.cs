using System.Text;

namespace Storyline.Sqlite;

/// <summary>
/// A plain excerpt of a long body around the first word of the query, marked like FTS5 snippets
/// (<c>[word]</c>, <c>…</c> where text is cut). Words match at their start, case-insensitively, so
/// "protest" finds "protesters" as the stemmed index does.
/// </summary>
internal static class SearchExcerpt
{
    // Characters kept on each side of the first hit.
    private const int Context = 80;

    public static string Around(string body, string query)
    {
        var words = query.Split((char[])[' ', '"', '*', '(', ')', '^', ':', '-', '+'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w != "OR" && w.Any(char.IsLetterOrDigit)).ToArray();
        var first = -1;
        foreach (var word in words)
        {
            var at = WordStart(body, word, 0);
            if (at >= 0 && (first < 0 || at < first)) first = at;
        }
        if (first < 0) first = 0;
        var start = Math.Max(0, first - Context);
        while (start > 0 && !char.IsWhiteSpace(body[start - 1])) start++;
        var end = Math.Min(body.Length, first + Context);
        while (end < body.Length && !char.IsWhiteSpace(body[end])) end++;
        var sb = new StringBuilder(end - start + 16);
        if (start > 0) sb.Append('…');
        var i = start;
        while (i < end)
        {
            var hit = words.Select(w => StartsWordAt(body, w, i) ? w.Length : 0).Max();
            if (hit == 0) { sb.Append(body[i] is '\n' or '\r' ? ' ' : body[i]); i++; continue; }
            var wordEnd = i + hit;
            while (wordEnd < end && char.IsLetterOrDigit(body[wordEnd])) wordEnd++;
            sb.Append('[').Append(body, i, wordEnd - i).Append(']');
            i = wordEnd;
        }
        if (end < body.Length) sb.Append('…');
        return sb.ToString();
    }

    private static int WordStart(string text, string word, int from)
    {
        for (var at = text.IndexOf(word, from, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (at == 0 || !char.IsLetterOrDigit(text[at - 1])) return at;
        }
        return -1;
    }

    private static bool StartsWordAt(string text, string word, int at)
        => at + word.Length <= text.Length && (at == 0 || !char.IsLetterOrDigit(text[at - 1]))
           && string.Compare(text, at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;
}
