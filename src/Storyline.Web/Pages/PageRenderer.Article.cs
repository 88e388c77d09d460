using Storyline.Time;
using Storyline.Web.Data;

namespace Storyline.Web.Pages;

internal sealed partial class PageRenderer
{
    /// <summary>An article with its dates (and entities, when computed) marked, its events and relations; null when unknown.</summary>
    public string? Article(string id)
    {
        var model = access.Model();
        var (article, mentions) = access.Read(store => (store.Article(id), access.Analysis.EntityMentions(store, id)));
        if (article is null) return null;
        var relations = model.RelationsOf(id).OrderByDescending(r => r.Similarity).ThenBy(r => r.A, StringComparer.Ordinal).ThenBy(r => r.B, StringComparer.Ordinal)
            .Take(options.RelatedArticles).ToArray();
        var others = relations.Select(r => r.A == id ? r.B : r.A).Distinct(StringComparer.Ordinal).ToArray();
        var titles = LoadArticles(others).ToDictionary(a => a.Id, TitleOf, StringComparer.Ordinal);
        var dates = DateSpans(article.Body, article.Published);
        var quotes = model.QuotesOf(id);
        var spans = dates.Concat(mentions ?? [])
            .Concat(TextMarkup.Find(article.Body, quotes.Select(q => (q.Text, "quote", q.Speaker is null ? "quote" : "quote of " + q.Speaker))))
            .ToArray();
        return Layout(TitleOf(article), "articles", html =>
        {
            html.Raw("<h1>").Text(article.Title ?? TitleOf(article)).Raw("</h1>");
            if (!string.IsNullOrWhiteSpace(article.Dek)) html.Element("p", article.Dek, "dek");
            ArticleMeta(html, article);
            html.Raw("<p class=\"meta ids\">id <code>").Text(article.Id).Raw("</code></p>");
            var events = model.EventsOf(id);
            if (events.Count > 0)
            {
                html.Raw("<p class=\"meta\">Event: ");
                foreach (var e in events) html.Link(links.Event(e.Id), Shorten(e.Title), "chip");
                html.Raw("</p>");
            }
            html.Raw("<p class=\"legend\"><mark class=\"m-date\">dates</mark>");
            if (mentions is null) html.Raw(" · entities not computed yet");
            else html.Raw(" · <mark class=\"m-person\">people</mark> <mark class=\"m-organization\">organizations</mark> <mark class=\"m-place\">places</mark>");
            if (quotes.Count > 0) html.Raw(" · <mark class=\"m-quote\">quotes</mark>");
            html.Raw("</p><div class=\"body article-body\">");
            TextMarkup.Write(html, article.Body, spans);
            html.Raw("</div>");
            if (relations.Length > 0)
            {
                html.Raw("<h2>Related articles</h2><ul class=\"plain\">");
                foreach (var r in relations)
                {
                    var other = r.A == id ? r.B : r.A;
                    html.Raw("<li><span").Attr("class", "label rel-" + r.Relation).Raw(">").Text(r.Relation).Raw("</span> ")
                        .Link(links.Article(other), titles.GetValueOrDefault(other) ?? other).Raw(" <span class=\"similarity\">")
                        .Text(r.Similarity.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)).Raw("</span></li>");
                }
                html.Raw("</ul>");
            }
        });
    }

    /// <summary>Temporal expressions of the body, resolved against the published date, as marked spans.</summary>
    internal static IReadOnlyList<SpanView> DateSpans(string body, PartialDate? published)
    {
        DateOnly? reference = published is { Precision: DatePrecision.Day } p ? p.Start : null;
        return TemporalTagger.Default.Tag(body, reference)
            .Select(t => new SpanView(t.Start, t.Length, "date", t.Value))
            .ToArray();
    }
}
