namespace Storyline.Web;

/// <summary>The web application that serves a store: HTTP API and pages (built out by the web stage).</summary>
public static class StorylineWeb
{
}
