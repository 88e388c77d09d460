using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Storyline.Web.Data;

namespace Storyline.Web.Api;

/// <summary><c>GET /api/search?q=</c>: full-text search, BM25-ranked, paged.</summary>
internal static class SearchApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", (HttpRequest request, StoreAccess access, StorylineWebOptions options) =>
        {
            if (!Paging.TryRead(request, options, out var offset, out var limit, out var error)) return error!;
            var q = request.Query["q"].ToString();
            if (string.IsNullOrWhiteSpace(q)) return Results.BadRequest(new ApiError("q is required: the words to search for"));
            if (q.Length > options.MaxQueryLength) return Results.BadRequest(new ApiError($"q is too long (at most {options.MaxQueryLength} characters)"));
            // One extra hit tells whether a next page exists without counting every match.
            var hits = access.Read(store => store.Search(q, offset + limit + 1));
            var items = hits.Skip(offset).Take(limit).Select(h => new SearchItem(h.Id, h.Title, h.Snippet, Math.Round(h.Score, 4))).ToArray();
            return Results.Ok(new Page<SearchItem>(hits.Count, offset, limit, items));
        });
    }

    /// <summary>Hits for the search page, or an error sentence for a query that cannot run.</summary>
    public static (IReadOnlyList<Storage.SearchHit> Hits, string? Error) Run(StoreAccess access, StorylineWebOptions options, string? q)
    {
        if (string.IsNullOrWhiteSpace(q)) return ([], null);
        if (q.Length > options.MaxQueryLength) return ([], $"The query is too long (at most {options.MaxQueryLength} characters).");
        return (access.Read(store => store.Search(q, options.DefaultPageSize)), null);
    }
}
