using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Storyline.Pipeline;
using Storyline.Reading;
using Storyline.Sqlite;
using Storyline.Web;
using Storyline.Web.Data;

namespace Storyline.Tests.Web;

/// <summary>A store in a temporary folder, filled from files, served by the app on a test server or on Kestrel.</summary>
internal sealed class WebTestHost : IAsyncDisposable
{
    private readonly string folder;

    private WebTestHost(string folder, StoreAccess access, WebApplication app, HttpClient client)
    {
        this.folder = folder;
        Access = access;
        App = app;
        Client = client;
    }

    public StoreAccess Access { get; }
    public WebApplication App { get; }
    public HttpClient Client { get; }
    public string DbPath => Path.Combine(folder, "store.db");

    public static string SeedsFolder => Path.Combine(Repo.Root, "samples", "seeds");

    /// <summary>A folder with a new store holding the articles of <paramref name="inputs"/>.</summary>
    public static string MakeStore(IEnumerable<string> inputs)
    {
        var folder = Path.Combine(Path.GetTempPath(), "storyline-web-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        using var store = SqliteArticleStore.Open(Path.Combine(folder, "store.db"));
        new Ingestion(new ArticleReader(ArticleReader.DefaultFormats()), store, new CorpusAnalyzer()).Run(inputs);
        return folder;
    }

    /// <summary>Serves a store made from <paramref name="inputs"/>; on a test server unless <paramref name="kestrel"/>.</summary>
    public static async Task<WebTestHost> StartAsync(IEnumerable<string> inputs, StorylineWebOptions? options = null,
        Func<string, IAnalysisSource>? analysis = null, bool kestrel = false)
    {
        var folder = MakeStore(inputs);
        var db = Path.Combine(folder, "store.db");
        options ??= new StorylineWebOptions();
        if (kestrel) options = options with { Urls = "http://127.0.0.1:0" };
        var access = StorylineWeb.OpenSqlite(db, options, analysis?.Invoke(db));
        var app = StorylineWeb.Create(options, access, kestrel ? null : b => b.WebHost.UseTestServer());
        await app.StartAsync();
        var client = kestrel
            ? new HttpClient { BaseAddress = new Uri(StorylineWeb.Addresses(app)[0]) }
            : app.GetTestClient();
        return new WebTestHost(folder, access, app, client);
    }

    /// <summary>The base address of a Kestrel-hosted app.</summary>
    public string BaseAddress => Client.BaseAddress!.ToString().TrimEnd('/');

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        Access.Dispose();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }

    /// <summary>Writes a folder of seed-format articles and returns its path.</summary>
    public static string WriteArticles(params (string Id, string Text)[] articles)
    {
        var dir = Path.Combine(Path.GetTempPath(), "storyline-web-in-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        foreach (var (id, text) in articles) File.WriteAllText(Path.Combine(dir, id + ".txt"), text);
        return dir;
    }
}
