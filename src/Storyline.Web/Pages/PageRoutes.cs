using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Storyline.Web.Api;
using Storyline.Web.Data;

namespace Storyline.Web.Pages;

/// <summary>The HTML routes, the style sheet and the script.</summary>
internal static class PageRoutes
{
    private const string HtmlType = "text/html; charset=utf-8";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", (PageRenderer pages) => Page(pages.Home()));
        app.MapGet("/storylines", (HttpRequest request, PageRenderer pages) => Page(QueryId(request) is { } id ? pages.Storyline(id)
            : PageNumber(request) is { } n ? pages.Storylines(n) : null));
        app.MapGet("/storylines/{**id}", (string id, PageRenderer pages) => Page(pages.Storyline(id)));
        app.MapGet("/events", (HttpRequest request, PageRenderer pages) => Page(PageNumber(request) is not { } n ? null
            : QueryId(request) is { } id ? pages.Event(id, n) : pages.Events(n)));
        app.MapGet("/events/{**id}", (string id, HttpRequest request, PageRenderer pages) => Page(PageNumber(request) is { } n ? pages.Event(id, n) : null));
        app.MapGet("/articles/{**id}", (string id, PageRenderer pages) => Page(pages.Article(id)));
        app.MapGet("/articles", (HttpRequest request, PageRenderer pages) => Page(QueryId(request) is { } id ? pages.Article(id) : null));
        app.MapGet("/search", (HttpRequest request, PageRenderer pages, StoreAccess access, StorylineWebOptions options) =>
        {
            var q = request.Query["q"].ToString();
            var (hits, error) = SearchApi.Run(access, options, q);
            return error is null ? Page(pages.Search(q, hits)) : Results.Content(pages.Search(null, []), HtmlType, null, StatusCodes.Status400BadRequest);
        });
        app.MapGet("/static/{name}", (string name) => StaticAssets.Find(name) is { } asset
            ? Results.Text(asset.Content, asset.ContentType)
            : Results.NotFound());
        app.MapFallback((HttpContext context, PageRenderer pages) =>
            context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal)
                ? Results.NotFound(new ApiError($"no such API route: {context.Request.Method} {context.Request.Path}"))
                : Page(null));
    }

    private static IResult Page(string? html)
        => html is null
            ? Results.Content("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found · Storyline</title></head><body><h1>Not found</h1><p><a href=\"/\">Storyline home</a></p></body></html>", HtmlType, null, StatusCodes.Status404NotFound)
            : Results.Content(html, HtmlType);

    /// <summary>The <c>id</c> query parameter (for ids a path cannot carry), or null.</summary>
    private static string? QueryId(HttpRequest request) => request.Query.TryGetValue("id", out var id) ? id.ToString() : null;

    /// <summary>The <c>page</c> query parameter (1 when absent), or null when it is not a positive number.</summary>
    private static int? PageNumber(HttpRequest request)
    {
        var text = request.Query["page"].ToString();
        if (text.Length == 0) return 1;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 ? n : null;
    }
}
