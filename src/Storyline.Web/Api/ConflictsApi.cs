using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Storyline.Web.Data;

namespace Storyline.Web.Api;

/// <summary><c>GET /api/conflicts</c>: a page of the store's conflicts.</summary>
internal static class ConflictsApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/conflicts", (HttpRequest request, StoreAccess access, StorylineWebOptions options) =>
        {
            if (!Paging.TryRead(request, options, out var offset, out var limit, out var error)) return error!;
            var all = access.Model().Conflicts;
            return Results.Ok(all is null ? Paging.NotComputed<ConflictView>("conflicts", offset, limit) : Paging.Slice(all, offset, limit));
        });
    }
}
