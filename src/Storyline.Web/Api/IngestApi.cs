using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Storyline.Pipeline;
using Storyline.Reading;
using Storyline.Web.Data;

namespace Storyline.Web.Api;

/// <summary>
/// <c>POST /api/articles</c>: ingests the body (JSON Lines, or one article in the seed text format) through the
/// same reader and pipeline as <c>storyline ingest</c>, so validation and messages are the CLI's. Only with
/// <c>--allow-ingest</c>.
/// </summary>
internal static class IngestApi
{
    /// <summary>Where skipped inputs say they came from.</summary>
    public const string Origin = "request body";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/articles", async (HttpContext http, StoreAccess access, StorylineWebOptions options, CorpusAnalyzer analyzer) =>
        {
            var request = http.Request;
            if (!options.AllowIngest)
                return Results.Json(new ApiError("this server is read-only; start it with --allow-ingest to accept articles"), statusCode: StatusCodes.Status403Forbidden);
            if (!SameOrigin(request))
                return Results.Json(new ApiError("cross-origin requests may not add articles"), statusCode: StatusCodes.Status403Forbidden);
            var format = FormatFor(request.ContentType, request.Query["id"].ToString(), out var formatError);
            if (format is null) return Results.Json(new ApiError(formatError!), statusCode: StatusCodes.Status415UnsupportedMediaType);
            var body = await ReadBody(request, options.MaxRequestBodyBytes, http.RequestAborted).ConfigureAwait(false);
            if (body is null)
                return Results.Json(new ApiError($"the request body is larger than {options.MaxRequestBodyBytes} bytes"), statusCode: StatusCodes.Status413PayloadTooLarge);
            var summary = await access.WriteAsync(store =>
                new Ingestion(new ArticleReader([format], () => new MemoryStream(body, writable: false)), store, analyzer).Run(["-"]), http.RequestAborted).ConfigureAwait(false);
            var result = new IngestResult(summary.Read, summary.New, summary.Unchanged, summary.Updated, summary.Duplicates,
                summary.Skipped.Select(f => new SkippedInput(f.Origin, f.Reason)).ToArray(), summary.Notes, summary.Events);
            return Results.Json(result, statusCode: summary.Read == 0 && summary.Skipped.Count > 0 ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status200OK);
        });
    }

    // A browser may send a text/plain POST to any site without asking first; refuse those from other origins.
    private static bool SameOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0) return true;
        return Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }

    private static IArticleFormat? FormatFor(string? contentType, string id, out string? error)
    {
        error = null;
        var media = (contentType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        var formats = ArticleReader.DefaultFormats();
        switch (media)
        {
            case "application/x-ndjson" or "application/jsonl" or "application/json" or "application/x-jsonlines":
                return new RequestFormat(formats.OfType<JsonLinesFormat>().First(), "articles.jsonl", "articles");
            case "text/plain":
                if (string.IsNullOrWhiteSpace(id))
                {
                    error = "a text/plain article needs ?id= (the CLI takes the id from the file name)";
                    return null;
                }
                return new RequestFormat(formats.OfType<SeedTextFileFormat>().First(), id + ".txt", id);
            default:
                error = "send JSON Lines (application/x-ndjson) or one article as text/plain with ?id=";
                return null;
        }
    }

    private static async Task<byte[]?> ReadBody(HttpRequest request, long max, CancellationToken cancel)
    {
        if (request.ContentLength > max) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int n;
        while ((n = await request.Body.ReadAsync(chunk, cancel).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + n > max) return null;
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }

    /// <summary>Presents the request body to a format as a file would be: a name for sniffing, a default id.</summary>
    private sealed class RequestFormat(IArticleFormat inner, string fileName, string defaultId) : IArticleFormat
    {
        public string Name => inner.Name;

        public bool Accepts(string fileName, ReadOnlySpan<byte> head) => true;

        public IEnumerable<ReadResult> Read(ArticleInput input) => inner.Read(input with { Origin = Origin, FileName = fileName, DefaultId = defaultId });
    }
}
