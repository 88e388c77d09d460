using System.Text;

namespace Storyline.Html.Content;

/// <summary>
/// Empties <c>&lt;script&gt;</c> and <c>&lt;style&gt;</c> elements before parsing: on news pages they are over half
/// of the characters, and the parser would tokenize them only for the extractor to throw them away.
/// JSON-LD scripts are kept because they carry the metadata.
/// </summary>
internal static class ScriptStripper
{
    public static string Strip(string html)
    {
        StringBuilder? result = null;
        var copied = 0;
        var searchFrom = 0;
        while (searchFrom < html.Length)
        {
            var open = html.IndexOf('<', searchFrom);
            if (open < 0 || open + 7 > html.Length) break;
            var tag = IsTag(html, open + 1, "script") ? "script" : IsTag(html, open + 1, "style") ? "style" : null;
            if (tag is null) { searchFrom = open + 1; continue; }
            var openEnd = html.IndexOf('>', open);
            if (openEnd < 0) break;
            var close = html.IndexOf("</" + tag, openEnd + 1, StringComparison.OrdinalIgnoreCase);
            if (close < 0) break;
            var keep = tag == "script" && html.AsSpan(open, openEnd - open).Contains("json", StringComparison.OrdinalIgnoreCase);
            if (!keep && close > openEnd + 1)
            {
                result ??= new StringBuilder(html.Length / 2);
                result.Append(html, copied, openEnd + 1 - copied);
                copied = close;
            }
            searchFrom = close + 2;
        }
        if (result is null) return html;
        result.Append(html, copied, html.Length - copied);
        return result.ToString();
    }

    private static bool IsTag(string html, int at, string name)
    {
        if (at + name.Length >= html.Length) return false;
        if (!html.AsSpan(at, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)) return false;
        var next = html[at + name.Length];
        return next is '>' or '/' || char.IsWhiteSpace(next);
    }
}
