namespace Storyline.Web.Pages;

internal sealed partial class PageRenderer
{
    /// <summary>Number of pages of the events list.</summary>
    public int EventPages() => Math.Max(1, (access.Model().Events.Count + options.DefaultPageSize - 1) / options.DefaultPageSize);

    /// <summary>One page of the events list (1-based), largest events first; null past the last page.</summary>
    public string? Events(int page)
    {
        var model = access.Model();
        var pages = EventPages();
        if (page < 1 || page > pages) return null;
        return Layout("Events", "events", html =>
        {
            html.Raw("<h1>Events</h1><p class=\"lede\">").Text(Count(model.Events.Count, "event", "events"))
                .Raw(", largest first. An event is a set of articles that report the same happening.</p>");
            EventList(html, model.Events.Skip((page - 1) * options.DefaultPageSize).Take(options.DefaultPageSize), model);
            Pager(html, page, pages, links.Events);
        });
    }
}
