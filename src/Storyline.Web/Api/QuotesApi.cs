using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Storyline.Web.Data;

namespace Storyline.Web.Api;

/// <summary><c>GET /api/quotes</c>: a page of the store's quotes.</summary>
internal static class QuotesApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/quotes", (HttpRequest request, StoreAccess access, StorylineWebOptions options) =>
        {
            if (!Paging.TryRead(request, options, out var offset, out var limit, out var error)) return error!;
            var all = access.Model().Quotes;
            return Results.Ok(all is null ? Paging.NotComputed<QuoteView>("quotes", offset, limit) : Paging.Slice(all, offset, limit));
        });
    }
}
