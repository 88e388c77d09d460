using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Storyline.Web.Hosting;

/// <summary>Turns an unexpected failure into a plain 500 without details (which could echo article text or paths).</summary>
internal sealed partial class ErrorPages(RequestDelegate next, ILogger<ErrorPages> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (Exception e) when (!context.Response.HasStarted && e is not OperationCanceledException)
        {
            LogFailure(logger, context.Request.Path, e);
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            await context.Response.WriteAsJsonAsync(new Api.ApiError("the server failed to answer this request")).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "request {Path} failed")]
    private static partial void LogFailure(ILogger logger, string path, Exception exception);
}
