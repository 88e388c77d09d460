namespace Storyline.Web.Pages;

internal sealed partial class PageRenderer
{
    private const int HomeEvents = 10;

    /// <summary>The front page: what the store holds and where to go.</summary>
    public string Home()
    {
        var model = access.Model();
        return Layout("Overview", "home", html =>
        {
            html.Raw("<h1>Overview</h1><ul class=\"stats\">")
                .Raw("<li><strong>").Number(model.ArticleCount).Raw("</strong> articles</li>")
                .Raw("<li><strong>").Number(model.Events.Count).Raw("</strong> events</li>");
            if (model.Storylines is { } storylines) html.Raw("<li><strong>").Number(storylines.Count).Raw("</strong> storylines</li>");
            html.Raw("</ul>");
            if (model.Storylines is { Count: > 0 } some)
            {
                html.Raw("<h2>Storylines</h2><ul class=\"cards\">");
                foreach (var s in some.Take(HomeEvents)) StorylineCard(html, s, model);
                html.Raw("</ul>");
            }
            html.Raw("<h2>Largest events</h2>");
            EventList(html, model.Events.Take(HomeEvents), model);
            if (model.Events.Count > HomeEvents) html.Raw("<p>").Link(links.Events(1), "All events →").Raw("</p>");
        });
    }
}
