using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Storyline.Web.Data;

namespace Storyline.Web.Api;

/// <summary><c>GET /api/entities</c>: a page of the store's entities.</summary>
internal static class EntitiesApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/entities", (HttpRequest request, StoreAccess access, StorylineWebOptions options) =>
        {
            if (!Paging.TryRead(request, options, out var offset, out var limit, out var error)) return error!;
            if (access.Model().Entities is not { } all) return Results.Ok(Paging.NotComputed<EntitySummary>("entities", offset, limit));
            var page = Paging.Slice(all, offset, limit);
            return Results.Ok(new Page<EntitySummary>(page.Total, page.Offset, page.Limit, page.Items.Select(EntitySummary.From).ToArray()));
        });
    }
}
