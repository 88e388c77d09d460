using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Storyline.Articles;
using Storyline.Web.Data;

namespace Storyline.Web.Api;

/// <summary><c>GET /api/events</c> and <c>GET /api/events/{id}</c>.</summary>
internal static class EventsApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/events", (HttpRequest request, StoreAccess access, StorylineWebOptions options) =>
        {
            if (!Paging.TryRead(request, options, out var offset, out var limit, out var error)) return error!;
            var events = access.Model().Events;
            return Results.Ok(new Page<EventSummary>(events.Count, offset, limit, events.Skip(offset).Take(limit).Select(EventSummary.From).ToArray()));
        });
        app.MapGet("/api/events/{**id}", (string id, HttpRequest request, StoreAccess access, StorylineWebOptions options) =>
        {
            if (!Paging.TryRead(request, options, out var offset, out var limit, out var error)) return error!;
            var model = access.Model();
            if (model.Event(id) is not { } e) return Results.NotFound(new ApiError($"no event '{id}'"));
            // Members come in id order, so a page costs one page of lookups whatever the event's size.
            var articles = access.Read(store => e.ArticleIds.Skip(offset).Take(limit).Select(store.Article).OfType<Article>()
                .Select(ArticleSummary.From).ToArray());
            return Results.Ok(new EventDetail(EventSummary.From(e), new Page<ArticleSummary>(e.ArticleIds.Count, offset, limit, articles),
                model.RelationsAmong(articles.Select(a => a.Id).ToArray()).Select(RelationItem.From).ToArray(),
                model.StorylinesOf(e.Id).Select(s => s.Id).ToArray(),
                model.Quotes is null ? null : model.SharedQuotes(e.ArticleIds),
                model.Conflicts is null ? null : model.ConflictsAmong(e.ArticleIds)));
        });
    }
}
