using System.Globalization;
using Storyline.Articles;
using Storyline.Storage;
using Storyline.Web.Data;

namespace Storyline.Web.Pages;

/// <summary>
/// Renders the pages as complete HTML documents, for the server and for the static report alike; only
/// <see cref="Links"/> differs. Each page lives in its own partial file.
/// </summary>
internal sealed partial class PageRenderer(StoreAccess access, StorylineWebOptions options, Links links)
{
    private const int TitleLength = 90;

    public Links Links => links;

    private string Layout(string title, string section, Action<Html> body)
    {
        var model = access.Model();
        var html = new Html();
        html.Raw("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><link rel=\"icon\" href=\"data:,\">")
            .Raw("<title>").Text(title).Raw(" · Storyline</title>")
            .Raw("<link rel=\"stylesheet\"").Attr("href", links.Asset(StaticAssets.StyleSheetName)).Raw(">")
            .Raw("<script defer").Attr("src", links.Asset(StaticAssets.ScriptName)).Raw("></script></head>\n<body>")
            .Raw("<header class=\"top\"><a class=\"brand\"").Attr("href", links.Home).Raw(">Storyline</a><nav>");
        NavLink(html, links.Storylines, "Storylines", section == "storylines");
        NavLink(html, links.Events(1), "Events", section == "events");
        if (links.Search(null) is { } search)
        {
            NavLink(html, search, "Search", section == "search");
            html.Raw("</nav><form class=\"quick-search\" method=\"get\" role=\"search\"").Attr("action", search)
                .Raw("><input type=\"search\" name=\"q\" placeholder=\"Search articles\" aria-label=\"Search articles\"></form>");
        }
        else
        {
            html.Raw("</nav>");
        }
        html.Raw("</header>\n<main>");
        body(html);
        html.Raw("</main>\n<footer>").Text(Count(model.ArticleCount, "article", "articles")).Raw(" · ").Text(Count(model.Events.Count, "event", "events"));
        if (model.Storylines is { } s) html.Raw(" · ").Text(Count(s.Count, "storyline", "storylines"));
        html.Raw("</footer></body></html>\n");
        return html.ToString();
    }

    private static void NavLink(Html html, string href, string text, bool current)
    {
        html.Raw("<a").Attr("href", href);
        if (current) html.Raw(" aria-current=\"page\"");
        html.Raw(">").Text(text).Raw("</a>");
    }

    private static void NotComputed(Html html, string what)
        => html.Raw("<p class=\"notice\">").Text($"{what} have not been computed for this store yet.").Raw("</p>");

    private static string Shorten(string? text, int length = TitleLength)
    {
        if (string.IsNullOrWhiteSpace(text)) return "(untitled)";
        var t = text.ReplaceLineEndings(" ").Trim();
        return t.Length <= length ? t : t[..(length - 1)].TrimEnd() + "…";
    }

    private static string TitleOf(Article a) => Shorten(a.Title ?? a.Dek ?? a.Body);

    private static string Span(string? start, string? end)
        => start is null ? "undated" : end is null || end == start ? start : $"{start} – {end}";

    private static string Count(int n, string one, string many) => n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);

    private void ArticleMeta(Html html, Article a)
    {
        html.Raw("<p class=\"meta\">");
        if (a.Source is { } source) html.Raw("<span class=\"source\">").Text(source).Raw("</span> · ");
        html.Raw("<time>").Text(a.Published?.ToString() ?? "undated").Raw("</time>");
        if (a.Basis is { } basis) html.Raw(" <span class=\"basis\">(").Text(Sqlite.SqliteArticleStore.BasisName(basis)).Raw(")</span>");
        if (a.Url is { } url) html.Raw(" · ").ExternalLink(url, "original");
        html.Raw("</p>");
    }

    private void EventList(Html html, IEnumerable<StoredEvent> events, ReadModel model)
    {
        html.Raw("<table class=\"events\"><thead><tr><th>Event</th><th>When</th><th class=\"num\">Articles</th><th>Storylines</th></tr></thead><tbody>");
        foreach (var e in events)
        {
            html.Raw("<tr><td>").Link(links.Event(e.Id), Shorten(e.Title)).Raw("</td><td class=\"when\">").Text(Span(e.Start, e.End))
                .Raw("</td><td class=\"num\">").Number(e.ArticleIds.Count).Raw("</td><td>");
            foreach (var s in model.StorylinesOf(e.Id)) html.Link(links.Storyline(s.Id), Shorten(s.Title, 40), "chip");
            html.Raw("</td></tr>");
        }
        html.Raw("</tbody></table>");
    }

    private static void Pager(Html html, int page, int pages, Func<int, string> href)
    {
        if (pages <= 1) return;
        html.Raw("<nav class=\"pager\" aria-label=\"pages\">");
        if (page > 1) html.Link(href(page - 1), "← previous");
        html.Raw("<span>").Text($"page {page} of {pages}").Raw("</span>");
        if (page < pages) html.Link(href(page + 1), "next →");
        html.Raw("</nav>");
    }

    private Article[] LoadArticles(IEnumerable<string> ids)
        => access.Read(store => ids.Select(store.Article).OfType<Article>().ToArray());
}
