using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Storyline.Web.Data;
using Storyline.Web.Pages;

namespace Storyline.Web.Api;

/// <summary><c>GET /api/articles/{id}</c>.</summary>
internal static class ArticlesApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/articles", (HttpRequest request, StoreAccess access) => request.Query.TryGetValue("id", out var id)
            ? Get(id.ToString(), access)
            : Results.BadRequest(new ApiError("name the article: /api/articles/{id}, or ?id= for ids with empty, '.' or '..' segments")));
        app.MapGet("/api/articles/{**id}", (string id, StoreAccess access) => Get(id, access));
    }

    private static IResult Get(string id, StoreAccess access)
    {
        {
            var model = access.Model();
            var (article, mentions) = access.Read(store => (store.Article(id), access.Analysis.EntityMentions(store, id)));
            if (article is null) return Results.NotFound(new ApiError($"no article '{id}'"));
            MarkedSpan Mark(SpanView s) => new(s.Start, s.Length, article.Body.Substring(s.Start, s.Length), s.Kind, s.Label);
            return Results.Ok(new ArticleDetail(ArticleSummary.From(article), article.Body,
                model.EventsOf(id).Select(e => e.Id).ToArray(),
                model.RelationsOf(id).Select(RelationItem.From).ToArray(),
                PageRenderer.DateSpans(article.Body, article.Published).Select(Mark).ToArray(),
                mentions?.Where(s => s.Start >= 0 && s.Start + s.Length <= article.Body.Length).Select(Mark).ToArray(),
                model.Quotes is null ? null : model.QuotesOf(id)));
        }
    }
}
