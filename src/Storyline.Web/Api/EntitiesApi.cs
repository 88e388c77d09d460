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
            var all = access.Model().Entities;
            return Results.Ok(all is null ? Paging.NotComputed<EntityView>("entities", offset, limit) : Paging.Slice(all, offset, limit));
        });
    }
}
