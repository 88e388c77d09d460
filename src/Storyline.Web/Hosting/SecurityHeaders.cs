using Microsoft.AspNetCore.Http;

namespace Storyline.Web.Hosting;

/// <summary>
/// Headers that make the browser refuse anything an article might smuggle in: a Content-Security-Policy with
/// no inline script, no sniffing, no framing, no referrer. On a loopback server, requests must name a loopback
/// host, so a web page cannot reach the server through DNS rebinding.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next, StorylineWebOptions options)
{
    private static readonly string[] LoopbackHosts = ["localhost", "127.0.0.1", "[::1]"];
    private readonly bool loopbackOnly = options.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).All(IsLoopbackUrl);

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = options.ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        if (loopbackOnly && !LoopbackHosts.Contains(context.Request.Host.Host, StringComparer.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
            return context.Response.WriteAsync("this server answers only to localhost\n");
        }
        return next(context);
    }

    internal static bool IsLoopbackUrl(string url)
    {
        if (!Uri.TryCreate(url.Replace("://*", "://any", StringComparison.Ordinal).Replace("://+", "://any", StringComparison.Ordinal), UriKind.Absolute, out var uri)) return false;
        return uri.IsLoopback;
    }
}
