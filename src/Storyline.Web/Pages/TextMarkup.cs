using Storyline.Web.Data;

namespace Storyline.Web.Pages;

/// <summary>Writes an article body as paragraphs with marked spans (dates, entities, quotes, evidence), all text encoded.</summary>
internal static class TextMarkup
{
    /// <summary>
    /// Writes <paramref name="text"/> split into paragraphs at blank lines. Spans are applied in start order;
    /// a span that overlaps one already applied is left out, and spans never cross a paragraph.
    /// </summary>
    public static void Write(Html html, string text, IReadOnlyList<SpanView> spans)
    {
        var ordered = spans.Where(s => s.Length > 0 && s.Start >= 0 && s.Start + s.Length <= text.Length)
            .OrderBy(s => s.Start).ThenByDescending(s => s.Length).ToList();
        var kept = new List<SpanView>(ordered.Count);
        var end = 0;
        foreach (var s in ordered)
        {
            if (s.Start < end) continue;
            kept.Add(s);
            end = s.Start + s.Length;
        }
        var next = 0;
        foreach (var (start, stop) in Paragraphs(text))
        {
            html.Raw("<p>");
            var at = start;
            while (next < kept.Count && kept[next].Start < stop)
            {
                var s = kept[next];
                var spanStart = Math.Max(s.Start, at);
                var spanEnd = Math.Min(s.Start + s.Length, stop);
                if (spanEnd <= spanStart) { next++; continue; }
                html.Text(text, at, spanStart - at);
                html.Raw("<mark").Attr("class", "m-" + s.Kind).Attr("title", s.Label).Raw(">").Text(text, spanStart, spanEnd - spanStart).Raw("</mark>");
                at = spanEnd;
                if (s.Start + s.Length <= stop) next++;
                else break;
            }
            html.Text(text, at, stop - at);
            html.Raw("</p>");
        }
    }

    /// <summary>Paragraph ranges: text between blank lines, trimmed of surrounding whitespace.</summary>
    internal static IEnumerable<(int Start, int End)> Paragraphs(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i >= text.Length) yield break;
            var start = i;
            var end = i;
            while (i < text.Length)
            {
                var lineEnd = text.IndexOf('\n', i);
                if (lineEnd < 0) { end = text.Length; i = text.Length; break; }
                end = lineEnd;
                i = lineEnd + 1;
                var j = i;
                while (j < text.Length && text[j] is ' ' or '\t' or '\r') j++;
                if (j >= text.Length || text[j] == '\n') break;
            }
            while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
            yield return (start, end);
        }
    }

    /// <summary>Spans where each of <paramref name="passages"/> occurs in <paramref name="text"/> (case-insensitive), all occurrences.</summary>
    public static IEnumerable<SpanView> Find(string text, IEnumerable<(string Passage, string Kind, string Label)> passages)
    {
        foreach (var (passage, kind, label) in passages)
        {
            var needle = passage.Trim().Trim('"', '“', '”', '\'', '‘', '’').Trim();
            if (needle.Length == 0) continue;
            for (var at = text.IndexOf(needle, StringComparison.OrdinalIgnoreCase); at >= 0;
                 at = text.IndexOf(needle, at + needle.Length, StringComparison.OrdinalIgnoreCase))
                yield return new SpanView(at, needle.Length, kind, label);
        }
    }
}
