using Storyline.Articles;
using Storyline.Storage;
using Storyline.Web.Data;

namespace Storyline.Web.Pages;

internal sealed partial class PageRenderer
{
    /// <summary>
    /// An event: its first articles side by side (earliest first) with their relations, shared quotes and
    /// conflict evidence marked, then the other members, paged; null when unknown or past the last page.
    /// </summary>
    public string? Event(string id, int page = 1)
    {
        var model = access.Model();
        if (model.Event(id) is not { } e) return null;
        // Small events show every member earliest first; large ones page through members in id order, so a
        // request loads one page of articles whatever the event's size.
        var small = e.ArticleIds.Count <= options.SortedEventLimit || links is ReportLinks;
        var pageSize = small ? Math.Max(1, e.ArticleIds.Count) : options.DefaultPageSize;
        var pages = Math.Max(1, (e.ArticleIds.Count + pageSize - 1) / pageSize);
        if (page < 1 || page > pages) return null;
        var loaded = LoadArticles(e.ArticleIds.Skip((page - 1) * pageSize).Take(pageSize))
            .OrderBy(a => a.Published?.Start ?? DateOnly.MaxValue).ThenBy(a => a.Id, StringComparer.Ordinal).ToArray();
        var shown = loaded.Take(options.SideBySideArticles).ToArray();
        var rest = loaded.Skip(shown.Length).ToArray();
        var titles = loaded.ToDictionary(a => a.Id, TitleOf, StringComparer.Ordinal);
        var loadedIds = loaded.Select(a => a.Id).ToArray();
        var shownIds = shown.Select(a => a.Id).ToArray();
        var relations = model.RelationsAmong(loadedIds);
        var quotes = model.SharedQuotes(e.ArticleIds);
        var conflicts = model.ConflictsAmong(e.ArticleIds);
        return Layout(e.Title ?? e.Id, "events", html =>
        {
            html.Raw("<h1>").Text(e.Title ?? e.Id).Raw("</h1><p class=\"meta\">").Text(Span(e.Start, e.End)).Raw(" · ")
                .Text(Count(e.ArticleIds.Count, "article", "articles"));
            foreach (var s in model.StorylinesOf(e.Id)) html.Raw(" · storyline ").Link(links.Storyline(s.Id), s.Title);
            html.Raw("</p>");
            Legend(html, quotes.Count > 0, conflicts.Count > 0);
            html.Raw("<div class=\"side-by-side\">");
            foreach (var a in shown) Column(html, a, shownIds, relations, quotes, conflicts, titles);
            html.Raw("</div>");
            if (rest.Length > 0 || pages > 1)
            {
                html.Raw("<h2>More articles of this event</h2><ul class=\"plain articles\">");
                foreach (var a in rest)
                {
                    html.Raw("<li>").Link(links.Article(a.Id), TitleOf(a)).Raw(" ");
                    ArticleMeta(html, a);
                    html.Raw("</li>");
                }
                html.Raw("</ul>");
                Pager(html, page, pages, p => links.Event(e.Id) + (p <= 1 ? "" : (links.Event(e.Id).Contains('?', StringComparison.Ordinal) ? "&page=" : "?page=") + p.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
            RelationTable(html, relations, titles);
            QuoteSection(html, quotes, titles);
            ConflictSection(html, conflicts, titles);
        });
    }

    private void Column(Html html, Article a, IReadOnlyList<string> shownIds, IReadOnlyList<ArticleRelation> relations,
        IReadOnlyList<QuoteView> quotes, IReadOnlyList<ConflictView> conflicts, IReadOnlyDictionary<string, string> titles)
    {
        html.Raw("<article class=\"column\"").Attr("id", "a-" + a.Id).Raw("><h2>").Link(links.Article(a.Id), TitleOf(a)).Raw("</h2>");
        ArticleMeta(html, a);
        var own = relations.Where(r => r.A == a.Id || r.B == a.Id).ToArray();
        if (own.Length > 0)
        {
            html.Raw("<ul class=\"relations\">");
            foreach (var r in own)
            {
                var other = r.A == a.Id ? r.B : r.A;
                html.Raw("<li><span").Attr("class", "label rel-" + r.Relation).Raw(">").Text(r.Relation).Raw("</span> ");
                if (shownIds.Contains(other)) html.Link("#a-" + other, titles.GetValueOrDefault(other) ?? other);
                else html.Link(links.Article(other), titles.GetValueOrDefault(other) ?? other);
                html.Raw(" <span class=\"similarity\">").Text(r.Similarity.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)).Raw("</span></li>");
            }
            html.Raw("</ul>");
        }
        if (!string.IsNullOrWhiteSpace(a.Dek)) html.Element("p", a.Dek, "dek");
        var spans = TextMarkup.Find(a.Body,
            quotes.Where(q => q.Articles.Contains(a.Id)).Select(q => (q.Text, "quote", $"shared quote{(q.Speaker is null ? "" : " of " + q.Speaker)}, in {q.Articles.Count} articles"))
            .Concat(conflicts.SelectMany(c => c.Evidence.Where(ev => ev.Article == a.Id).Select(ev => (ev.Sentence, "evidence", $"{c.Kind}: {c.Subject}")))))
            .ToArray();
        html.Raw("<div class=\"body\">");
        TextMarkup.Write(html, a.Body, spans);
        html.Raw("</div></article>");
    }

    private static void Legend(Html html, bool quotes, bool conflicts)
    {
        html.Raw("<p class=\"legend\">Relations: <span class=\"label rel-duplicate\">duplicate</span> same text · ")
            .Raw("<span class=\"label rel-near-duplicate\">near-duplicate</span> a copy with small edits · ")
            .Raw("<span class=\"label rel-same-event\">same-event</span> independent reporting · ")
            .Raw("<span class=\"label rel-follow-up\">follow-up</span> a later development");
        if (quotes) html.Raw(" · <mark class=\"m-quote\">shared quote</mark>");
        if (conflicts) html.Raw(" · <mark class=\"m-evidence\">conflict evidence</mark>");
        html.Raw("</p>");
    }

    private void RelationTable(Html html, IReadOnlyList<ArticleRelation> relations, IReadOnlyDictionary<string, string> titles)
    {
        if (relations.Count == 0) return;
        html.Raw("<h2>Relations between the articles</h2><table class=\"relations-table\"><thead><tr><th>Article</th><th>Relation</th><th>Article</th><th class=\"num\">Similarity</th></tr></thead><tbody>");
        foreach (var r in relations.Take(options.MaxPageSize))
        {
            html.Raw("<tr><td>").Link(links.Article(r.A), titles.GetValueOrDefault(r.A) ?? r.A).Raw("</td><td><span").Attr("class", "label rel-" + r.Relation).Raw(">")
                .Text(r.Relation).Raw("</span></td><td>").Link(links.Article(r.B), titles.GetValueOrDefault(r.B) ?? r.B).Raw("</td><td class=\"num\">")
                .Text(r.Similarity.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)).Raw("</td></tr>");
        }
        html.Raw("</tbody></table>");
    }

    private void QuoteSection(Html html, IReadOnlyList<QuoteView> quotes, IReadOnlyDictionary<string, string> titles)
    {
        if (quotes.Count == 0) return;
        html.Raw("<h2>Shared quotes</h2><ul class=\"quotes\">");
        foreach (var q in quotes)
        {
            html.Raw("<li><blockquote class=\"m-quote\">").Text(q.Text).Raw("</blockquote><p class=\"meta\">");
            if (q.Speaker is { } speaker) html.Text(speaker).Raw(" · ");
            html.Raw("in ");
            foreach (var a in q.Articles) html.Link(links.Article(a), titles.GetValueOrDefault(a) ?? a, "chip");
            html.Raw("</p></li>");
        }
        html.Raw("</ul>");
    }
}
