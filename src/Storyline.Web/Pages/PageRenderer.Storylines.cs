using Storyline.Time;
using Storyline.Web.Data;

namespace Storyline.Web.Pages;

internal sealed partial class PageRenderer
{
    // A card lists this many events; the storyline's page has them all.
    private const int MaxCardEvents = 8;

    /// <summary>Number of pages of the storylines list.</summary>
    public int StorylinePages() => Math.Max(1, ((access.Model().Storylines?.Count ?? 0) + options.DefaultPageSize - 1) / options.DefaultPageSize);

    /// <summary>One page of the storylines list (1-based), most events first; null past the last page.</summary>
    public string? Storylines(int page = 1)
    {
        var model = access.Model();
        var pages = StorylinePages();
        if (page < 1 || page > pages) return null;
        return Layout("Storylines", "storylines", html =>
        {
            html.Raw("<h1>Storylines</h1>");
            if (model.Storylines is not { } storylines)
            {
                NotComputed(html, "Storylines");
                html.Raw("<p>").Link(links.Events(1), "Browse the events instead →").Raw("</p>");
                return;
            }
            html.Raw("<p class=\"lede\">").Text(Count(storylines.Count, "storyline", "storylines"))
                .Raw(". A storyline is a chain of events about the same people or things.</p>");
            if (storylines.Count == 0) return;
            html.Raw("<ul class=\"cards\">");
            foreach (var s in storylines.Skip((page - 1) * options.DefaultPageSize).Take(options.DefaultPageSize)) StorylineCard(html, s, model);
            html.Raw("</ul>");
            Pager(html, page, pages, links.StorylinesAt);
        });
    }

    private void StorylineCard(Html html, StorylineView s, ReadModel model)
    {
        html.Raw("<li class=\"card\"><h3>").Link(links.Storyline(s.Id), s.Title).Raw("</h3><p class=\"meta\">")
            .Text(Count(s.Events.Count, "event", "events")).Raw(" · ").Text(Count(s.Timeline.Count, "dated fact", "dated facts"));
        if (model.SpanOf(s.Id) is ({ } start, { } end)) html.Raw(" · ").Text(Span(start, end));
        html.Raw("</p>");
        if (s.Entities.Count > 0)
        {
            html.Raw("<p class=\"entities\">");
            foreach (var e in s.Entities) html.Element("span", e, "chip");
            html.Raw("</p>");
        }
        html.Raw("<ul class=\"plain\">");
        foreach (var id in s.Events.Take(MaxCardEvents))
            if (model.Event(id) is { } e)
                html.Raw("<li>").Link(links.Event(e.Id), Shorten(e.Title)).Raw(" <span class=\"when\">").Text(Span(e.Start, e.End)).Raw("</span></li>");
        if (s.Events.Count > MaxCardEvents)
            html.Raw("<li>").Link(links.Storyline(s.Id), $"and {s.Events.Count - MaxCardEvents:N0} more events →").Raw("</li>");
        html.Raw("</ul></li>");
    }
}
