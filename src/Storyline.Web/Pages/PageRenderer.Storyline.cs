using Storyline.Web.Data;

namespace Storyline.Web.Pages;

internal sealed partial class PageRenderer
{
    /// <summary>A storyline: its timeline drawn, the dated facts with their sources, and its events; null when unknown.</summary>
    public string? Storyline(string id)
    {
        var model = access.Model();
        if (model.Storyline(id) is not { } s) return null;
        var events = s.Events.Select(model.Event).OfType<Storage.StoredEvent>().ToArray();
        var articleIds = s.Timeline.SelectMany(t => t.Articles).Distinct(StringComparer.Ordinal).ToArray();
        var titles = LoadArticles(articleIds).ToDictionary(a => a.Id, a => TitleOf(a), StringComparer.Ordinal);
        return Layout(s.Title, "storylines", html =>
        {
            html.Raw("<h1>").Text(s.Title).Raw("</h1>");
            if (s.Entities.Count > 0)
            {
                html.Raw("<p class=\"entities\">");
                foreach (var e in s.Entities) html.Element("span", e, "chip");
                html.Raw("</p>");
            }
            TimelineSvg.Write(html, s, events, links, FactAnchor);
            html.Raw("<h2>Timeline</h2><ol class=\"timeline-list\">");
            for (var i = 0; i < s.Timeline.Count; i++)
            {
                var t = s.Timeline[i];
                html.Raw("<li").Attr("id", FactAnchor(i.ToString(System.Globalization.CultureInfo.InvariantCulture))).Raw("><time>").Text(t.Date)
                    .Raw("</time> <span class=\"fact\">").Text(t.Text).Raw("</span><span class=\"sources\">");
                foreach (var a in t.Articles)
                    html.Link(links.Article(a), a, "chip source-link", titles.GetValueOrDefault(a));
                html.Raw("</span></li>");
            }
            html.Raw("</ol><h2>Events</h2>");
            EventList(html, events, model);
            ConflictSection(html, model.ConflictsAmong(s.Events.SelectMany(e => model.Event(e)?.ArticleIds ?? []).ToArray()), titles);
        });
    }

    private static string FactAnchor(string index) => "fact-" + index;

    private void ConflictSection(Html html, IReadOnlyList<ConflictView> conflicts, IReadOnlyDictionary<string, string> titles)
    {
        if (conflicts.Count == 0) return;
        html.Raw("<h2>Conflicts and corrections</h2><ul class=\"conflicts\">");
        foreach (var c in conflicts)
        {
            html.Raw("<li class=\"conflict\"><p><span class=\"label conflict-kind\">").Text(c.Kind).Raw("</span> ").Text(c.Subject).Raw("</p><ul>");
            foreach (var e in c.Evidence)
                html.Raw("<li><blockquote>").Text(e.Sentence).Raw("</blockquote><cite>").Link(links.Article(e.Article), titles.GetValueOrDefault(e.Article) ?? e.Article)
                    .Raw("</cite></li>");
            html.Raw("</ul></li>");
        }
        html.Raw("</ul>");
    }
}
