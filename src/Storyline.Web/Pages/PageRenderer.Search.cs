using Storyline.Storage;

namespace Storyline.Web.Pages;

internal sealed partial class PageRenderer
{
    /// <summary>The search page: a form, and the hits for <paramref name="query"/> with the matched words marked.</summary>
    public string Search(string? query, IReadOnlyList<SearchHit> hits)
    {
        return Layout(string.IsNullOrWhiteSpace(query) ? "Search" : $"Search: {query}", "search", html =>
        {
            html.Raw("<h1>Search</h1><form class=\"search\" method=\"get\" role=\"search\"").Attr("action", links.Search(null))
                .Raw("><input type=\"search\" name=\"q\" aria-label=\"Search articles\"").Attr("value", query)
                .Raw(" placeholder=\"words, &quot;a phrase&quot;, a OR b\"><button type=\"submit\">Search</button></form>");
            if (string.IsNullOrWhiteSpace(query)) return;
            html.Raw("<p class=\"lede\">").Text(hits.Count == 0 ? "No matches." : Count(hits.Count, "match", "matches") + ", best first.").Raw("</p><ol class=\"hits\">");
            foreach (var h in hits)
            {
                html.Raw("<li><h3>").Link(links.Article(h.Id), Shorten(h.Title ?? h.Id)).Raw("</h3><p class=\"snippet\">");
                Snippet(html, h.Snippet);
                html.Raw("</p></li>");
            }
            html.Raw("</ol>");
        });
    }

    /// <summary>Writes a snippet whose hits are in [brackets] with the hits marked; everything encoded.</summary>
    private static void Snippet(Html html, string snippet)
    {
        var at = 0;
        while (at < snippet.Length)
        {
            var open = snippet.IndexOf('[', at);
            var close = open < 0 ? -1 : snippet.IndexOf(']', open + 1);
            if (open < 0 || close < 0)
            {
                html.Text(snippet, at, snippet.Length - at);
                return;
            }
            html.Text(snippet, at, open - at).Raw("<mark class=\"m-hit\">").Text(snippet, open + 1, close - open - 1).Raw("</mark>");
            at = close + 1;
        }
    }
}
