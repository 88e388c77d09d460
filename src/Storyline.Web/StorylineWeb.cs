using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Storyline.Pipeline;
using Storyline.Sqlite;
using Storyline.Web.Api;
using Storyline.Web.Data;
using Storyline.Web.Hosting;
using Storyline.Web.Pages;

namespace Storyline.Web;

/// <summary>
/// The web application that serves a store: the JSON API under <c>/api</c>, its OpenAPI description at
/// <c>/openapi.json</c>, and server-rendered pages. Read-only unless <see cref="StorylineWebOptions.AllowIngest"/>.
/// </summary>
public static class StorylineWeb
{
    /// <summary>Store access over the SQLite file at <paramref name="dbPath"/>; notices writes by other processes.</summary>
    /// <exception cref="StoreException">The file is not a Storyline store.</exception>
    public static StoreAccess OpenSqlite(string dbPath, StorylineWebOptions options, IAnalysisSource? analysis = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var full = Path.GetFullPath(dbPath);
        SqliteArticleStore.Open(full).Dispose(); // fail now, with the store's own message, rather than on the first request
        return new StoreAccess(() => SqliteArticleStore.Open(full), analysis ?? StoreAnalysis.Instance,
            () => StoreAccess.SqliteFileVersion(full), options.ReadConnections);
    }

    /// <summary>Builds the application on Kestrel at <see cref="StorylineWebOptions.Urls"/>.</summary>
    /// <param name="options">How to serve.</param>
    /// <param name="access">The store; the application does not dispose it.</param>
    /// <param name="configure">Adjusts the builder before the app is built (tests use it for a test server or logging).</param>
    public static WebApplication Create(StorylineWebOptions options, StoreAccess access, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(access);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        // Only failures are logged, to standard error, so an operator sees why a request answered 500.
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Error);
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.AddFilter<Microsoft.Extensions.Logging.Console.ConsoleLoggerProvider>((_, level) => level >= LogLevel.Error);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            k.Limits.MaxRequestLineSize = 8 * 1024;
        });
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(access);
        builder.Services.AddSingleton(new CorpusAnalyzer());
        builder.Services.AddSingleton(sp => new PageRenderer(access, options, ServerLinks.Instance));
        builder.Services.Configure<JsonOptions>(j => j.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase);
        configure?.Invoke(builder);
        var app = builder.Build();
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<ErrorPages>();
        Map(app);
        return app;
    }

    /// <summary>Serves until the process is asked to stop (Ctrl+C) or <paramref name="cancel"/> fires; <paramref name="listening"/> hears each address.</summary>
    /// <exception cref="IOException">An address is in use or cannot be bound.</exception>
    public static async Task ServeAsync(StorylineWebOptions options, StoreAccess access, Action<string> listening, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(listening);
        var app = Create(options, access);
        await using (app.ConfigureAwait(false))
        {
            await app.StartAsync(cancel).ConfigureAwait(false);
            foreach (var url in Addresses(app)) listening(url);
            await app.WaitForShutdownAsync(cancel).ConfigureAwait(false);
        }
    }

    /// <summary>The addresses a started app listens on (with the real port when port 0 was asked for).</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToArray() ?? [];
    }

    private static void Map(WebApplication app)
    {
        StorylinesApi.Map(app);
        EventsApi.Map(app);
        ArticlesApi.Map(app);
        SearchApi.Map(app);
        EntitiesApi.Map(app);
        QuotesApi.Map(app);
        ConflictsApi.Map(app);
        IngestApi.Map(app);
        OpenApiDocument.Map(app);
        PageRoutes.Map(app);
    }
}
