using System.Diagnostics;
using System.Globalization;
using Storyline.Web.Data;
using Storyline.Web.Pages;

namespace Storyline.Web.Bench;

/// <summary>Latency of one kind of request.</summary>
/// <param name="Route">The route pattern, e.g. <c>GET /events/{id}</c>.</param>
/// <param name="Requests">Requests timed.</param>
/// <param name="P50Ms">Median, milliseconds.</param>
/// <param name="P95Ms">95th percentile, milliseconds.</param>
/// <param name="MaxMs">Slowest, milliseconds.</param>
public sealed record RouteLatency(string Route, int Requests, double P50Ms, double P95Ms, double MaxMs);

/// <summary>What a benchmark run measured.</summary>
/// <param name="Articles">Articles in the store.</param>
/// <param name="Events">Events in the store.</param>
/// <param name="StartupMs">Time to open the store and load the read model, milliseconds.</param>
/// <param name="Routes">Latency per route.</param>
public sealed record WebBenchmarkReport(int Articles, int Events, double StartupMs, IReadOnlyList<RouteLatency> Routes)
{
    /// <summary>The report as aligned text lines.</summary>
    public IEnumerable<string> Lines()
    {
        yield return $"store: {Articles:N0} articles, {Events:N0} events; read model loaded in {StartupMs:F0} ms";
        yield return $"{"route",-28} {"n",6} {"p50 ms",8} {"p95 ms",8} {"max ms",8}";
        foreach (var r in Routes)
            yield return string.Create(CultureInfo.InvariantCulture, $"{r.Route,-28} {r.Requests,6} {r.P50Ms,8:F1} {r.P95Ms,8:F1} {r.MaxMs,8:F1}");
        yield return string.Create(CultureInfo.InvariantCulture, $"worst p95: {Routes.Max(r => r.P95Ms):F1} ms");
    }
}

/// <summary>
/// Starts the app in-process on 127.0.0.1 (a free port), requests every page and API kind
/// <c>requests</c> times over a spread of ids, and reports p50/p95 per route. Requests are sequential so
/// the figures are latencies, not throughput.
/// </summary>
public static class WebBenchmark
{
    private static readonly string[] SearchWords = ["president", "protest", "oil spill", "\"prime minister\"", "police", "election", "water", "army"];

    /// <summary>Runs the benchmark against the store at <paramref name="dbPath"/>.</summary>
    public static async Task<WebBenchmarkReport> RunAsync(string dbPath, int requests, CancellationToken cancel = default)
    {
        var options = new StorylineWebOptions { Urls = "http://127.0.0.1:0" };
        var watch = Stopwatch.StartNew();
        using var access = StorylineWeb.OpenSqlite(dbPath, options);
        var model = access.Model();
        var startup = watch.Elapsed.TotalMilliseconds;
        await using var app = StorylineWeb.Create(options, access);
        await app.StartAsync(cancel).ConfigureAwait(false);
        try
        {
            var address = StorylineWeb.Addresses(app)[0];
            using var client = new HttpClient { BaseAddress = new Uri(address) };
            var events = Spread(model.Events.Select(e => e.Id).ToArray(), requests);
            var articleIds = Spread(model.Events.SelectMany(e => e.ArticleIds.Take(1)).ToArray(), requests);
            var eventPages = Math.Max(1, (model.Events.Count + options.DefaultPageSize - 1) / options.DefaultPageSize);
            var storylines = Spread((model.Storylines ?? []).Select(s => s.Id).ToArray(), requests);
            var routes = new List<(string Route, Func<int, string> Url)>
            {
                ("GET /", _ => "/"),
                ("GET /storylines", _ => "/storylines"),
                ("GET /events?page=", i => "/events?page=" + (1 + i * 7919 % eventPages)),
                ("GET /events/{id}", i => ServerLinks.Instance.Event(events[i % events.Length])),
                ("GET /articles/{id}", i => ServerLinks.Instance.Article(articleIds[i % articleIds.Length])),
                ("GET /search?q=", i => "/search?q=" + Uri.EscapeDataString(SearchWords[i % SearchWords.Length])),
                ("GET /api/storylines", _ => "/api/storylines"),
                ("GET /api/events", i => "/api/events?offset=" + (i * 7919 % Math.Max(1, model.Events.Count))),
                ("GET /api/events/{id}", i => "/api" + ServerLinks.ByPath("/events", events[i % events.Length])),
                ("GET /api/articles/{id}", i => "/api" + ServerLinks.Instance.Article(articleIds[i % articleIds.Length])),
                ("GET /api/search?q=", i => "/api/search?q=" + Uri.EscapeDataString(SearchWords[i % SearchWords.Length])),
                ("GET /api/entities", _ => "/api/entities"),
                ("GET /api/quotes", _ => "/api/quotes"),
                ("GET /api/conflicts", _ => "/api/conflicts"),
                ("GET /static/storyline.css", _ => "/static/storyline.css"),
            };
            if (storylines.Length > 0)
            {
                routes.Add(("GET /storylines/{id}", i => ServerLinks.Instance.Storyline(storylines[i % storylines.Length])));
                routes.Add(("GET /api/storylines/{id}", i => "/api" + ServerLinks.ByPath("/storylines", storylines[i % storylines.Length])));
            }
            foreach (var (_, url) in routes) await Get(client, url(0), cancel).ConfigureAwait(false); // warm up JIT and caches
            var results = new List<RouteLatency>();
            foreach (var (route, url) in routes)
            {
                var times = new double[requests];
                for (var i = 0; i < requests; i++)
                {
                    var t = Stopwatch.GetTimestamp();
                    await Get(client, url(i), cancel).ConfigureAwait(false);
                    times[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
                }
                Array.Sort(times);
                results.Add(new RouteLatency(route, requests, Percentile(times, 0.50), Percentile(times, 0.95), times[^1]));
            }
            return new WebBenchmarkReport(model.ArticleCount, model.Events.Count, startup, results);
        }
        finally
        {
            await app.StopAsync(cancel).ConfigureAwait(false);
        }
    }

    private static async Task Get(HttpClient client, string url, CancellationToken cancel)
    {
        using var response = await client.GetAsync(url, cancel).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}");
        await response.Content.ReadAsByteArrayAsync(cancel).ConfigureAwait(false);
    }

    /// <summary>Up to <paramref name="count"/> items spread evenly over the list (large and small events alike).</summary>
    private static string[] Spread(string[] items, int count)
    {
        if (items.Length <= count) return items;
        return Enumerable.Range(0, count).Select(i => items[(int)((long)i * items.Length / count)]).ToArray();
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    /// <summary>
    /// Writes <paramref name="copies"/> copies of a JSON Lines corpus with new ids (<c>r07/original-id</c>) and a
    /// marker at the start of each text, so the copies are distinct articles: a large store for benchmarks.
    /// </summary>
    public static int RepeatCorpus(string input, string output, int copies)
    {
        var lines = ReadLines(input).Where(l => l.Length > 0).ToArray();
        using var stream = File.Create(output);
        using var gz = output.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? (Stream)new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionLevel.Fastest) : stream;
        using var writer = new StreamWriter(gz);
        var n = 0;
        for (var c = 0; c < copies; c++)
        {
            var prefix = "r" + c.ToString("00", CultureInfo.InvariantCulture) + "/";
            foreach (var line in lines)
            {
                var node = System.Text.Json.Nodes.JsonNode.Parse(line)!.AsObject();
                node["id"] = prefix + (string?)node["id"];
                if (node["text"] is { } text) node["text"] = $"(copy {c}) " + (string?)text;
                writer.WriteLine(node.ToJsonString());
                n++;
            }
        }
        return n;
    }

    private static IEnumerable<string> ReadLines(string path)
    {
        using var file = File.OpenRead(path);
        using var stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? (Stream)new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line) yield return line;
    }
}
