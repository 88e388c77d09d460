using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Storyline.Storage;
using Storyline.Web.Data;

namespace Storyline.Web.Api;

/// <summary><c>GET /api/storylines</c> and <c>GET /api/storylines/{id}</c>.</summary>
internal static class StorylinesApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/storylines", (HttpRequest request, StoreAccess access, StorylineWebOptions options) =>
        {
            if (!Paging.TryRead(request, options, out var offset, out var limit, out var error)) return error!;
            var model = access.Model();
            if (model.Storylines is not { } all) return Results.Ok(Paging.NotComputed<StorylineSummary>("storylines", offset, limit));
            var page = Paging.Slice(all, offset, limit);
            return Results.Ok(new Page<StorylineSummary>(page.Total, page.Offset, page.Limit, page.Items.Select(s =>
            {
                var (start, end) = model.SpanOf(s.Id);
                return new StorylineSummary(s.Id, s.Title, s.Entities, s.Events, s.Timeline.Count, start, end);
            }).ToArray()));
        });
        app.MapGet("/api/storylines/{**id}", (string id, StoreAccess access) =>
        {
            var model = access.Model();
            if (model.Storylines is null) return Results.NotFound(new ApiError("storylines have not been computed for this store yet"));
            if (model.Storyline(id) is not { } s) return Results.NotFound(new ApiError($"no storyline '{id}'"));
            return Results.Ok(new StorylineDetail(s, s.Events.Select(model.Event).OfType<StoredEvent>().Select(EventSummary.From).ToArray()));
        });
    }
}
