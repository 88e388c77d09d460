using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Storyline.Web;

namespace Storyline.Tests.Web;

public sealed class WebApiTests
{
    private static Task<WebTestHost> Seeds(StorylineWebOptions? options = null, bool analysis = false)
        => WebTestHost.StartAsync([WebTestHost.SeedsFolder], options, analysis ? _ => new SeedsAnalysis() : null);

    private static async Task<JsonElement> Json(HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(expected, response.StatusCode);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.ToString());
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [Fact]
    public async Task Events_list_the_two_seed_events_with_their_articles()
    {
        await using var host = await Seeds();
        var page = await Json(host.Client, "/api/events");
        Assert.Equal(2, page.GetProperty("total").GetInt32());
        var members = page.GetProperty("items").EnumerateArray()
            .Select(e => string.Join(",", e.GetProperty("articles").EnumerateArray().Select(a => a.GetString()![..3])))
            .Order().ToArray();
        Assert.Equal(["000,001", "002,003"], members);
    }

    [Fact]
    public async Task Event_lists_are_paged_by_offset_and_limit()
    {
        await using var host = await Seeds();
        var all = await Json(host.Client, "/api/events");
        var second = await Json(host.Client, "/api/events?offset=1&limit=1");
        Assert.Equal(2, second.GetProperty("total").GetInt32());
        var item = Assert.Single(second.GetProperty("items").EnumerateArray());
        Assert.Equal(all.GetProperty("items")[1].GetProperty("id").GetString(), item.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("/api/events?limit=0", "limit")]
    [InlineData("/api/events?limit=100000", "limit")]
    [InlineData("/api/events?offset=-1", "offset")]
    [InlineData("/api/events?offset=abc", "offset")]
    [InlineData("/api/search?q=", "q is required")]
    public async Task Bad_parameters_get_400_with_a_message_naming_them(string url, string named)
    {
        await using var host = await Seeds();
        var error = await Json(host.Client, url, HttpStatusCode.BadRequest);
        Assert.Contains(named, error.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Event_detail_pages_its_articles_in_id_order_with_the_relations_among_them()
    {
        await using var host = await Seeds();
        var events = await Json(host.Client, "/api/events");
        var id = events.GetProperty("items").EnumerateArray().First(e => e.GetProperty("articles")[0].GetString()!.StartsWith("002", StringComparison.Ordinal)).GetProperty("id").GetString()!;
        var detail = await Json(host.Client, "/api/events/" + id);
        Assert.Equal(id, detail.GetProperty("event").GetProperty("id").GetString());
        var articles = detail.GetProperty("articles").GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetString()![..3]).ToArray();
        Assert.Equal(["002", "003"], articles);
        var second = await Json(host.Client, "/api/events/" + id + "?offset=1&limit=1");
        Assert.Equal("003", Assert.Single(second.GetProperty("articles").GetProperty("items").EnumerateArray()).GetProperty("id").GetString()![..3]);
        Assert.Equal(2, second.GetProperty("articles").GetProperty("total").GetInt32());
        foreach (var r in detail.GetProperty("relations").EnumerateArray())
            Assert.Contains(r.GetProperty("relation").GetString(), new[] { "duplicate", "near-duplicate", "same-event", "follow-up" });
        var shared = detail.GetProperty("sharedQuotes").EnumerateArray().Select(q => q.GetProperty("text").GetString()!).ToArray();
        Assert.Contains(shared, q => q.Contains("son we almost had", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Article_detail_has_the_body_its_event_and_resolved_dates()
    {
        await using var host = await Seeds();
        var a = await Json(host.Client, "/api/articles/" + SeedsAnalysis.A003);
        Assert.Equal("2021-09-29", a.GetProperty("article").GetProperty("published").GetString());
        Assert.Equal("header", a.GetProperty("article").GetProperty("publishedBasis").GetString());
        Assert.Contains("Chrissy Teigen", a.GetProperty("body").GetString());
        Assert.Single(a.GetProperty("events").EnumerateArray());
        var dates = a.GetProperty("dates").EnumerateArray().ToArray();
        Assert.Contains(dates, d => d.GetProperty("text").GetString() == "Sept. 28" && d.GetProperty("value").GetString() == "2021-09-28");
        foreach (var d in dates)
            Assert.Equal(d.GetProperty("text").GetString(), a.GetProperty("body").GetString()!.Substring(d.GetProperty("start").GetInt32(), d.GetProperty("length").GetInt32()));
        Assert.Contains(a.GetProperty("entities").EnumerateArray(), e => e.GetProperty("value").GetString() == "Chrissy Teigen");
    }

    [Theory]
    [InlineData("/api/articles/nope")]
    [InlineData("/api/events/nope")]
    [InlineData("/api/storylines/nope")]
    [InlineData("/api/nothing-here")]
    public async Task Unknown_ids_and_routes_get_404_with_a_message(string url)
    {
        await using var host = await Seeds();
        var error = await Json(host.Client, url, HttpStatusCode.NotFound);
        Assert.False(string.IsNullOrEmpty(error.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task Search_ranks_hits_and_marks_the_words()
    {
        await using var host = await Seeds();
        var page = await Json(host.Client, "/api/search?q=ketamine");
        var ids = page.GetProperty("items").EnumerateArray().Select(h => h.GetProperty("id").GetString()![..3]).Order().ToArray();
        Assert.Equal(["000", "001"], ids);
        Assert.All(page.GetProperty("items").EnumerateArray(), h => Assert.Contains("[ketamine]", h.GetProperty("snippet").GetString(), StringComparison.OrdinalIgnoreCase));
        var second = await Json(host.Client, "/api/search?q=ketamine&offset=1&limit=1");
        Assert.Equal(page.GetProperty("items")[1].GetProperty("id").GetString(), Assert.Single(second.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("/api/storylines")]
    [InlineData("/api/entities")]
    [InlineData("/api/quotes")]
    public async Task Analyses_of_the_store_are_served_as_computed(string url)
    {
        await using var host = await Seeds();
        var page = await Json(host.Client, url);
        Assert.True(page.GetProperty("computed").GetBoolean());
        Assert.NotEmpty(page.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Storylines_when_computed_come_with_their_timeline_and_events()
    {
        await using var host = await Seeds(analysis: true);
        var list = await Json(host.Client, "/api/storylines");
        Assert.True(list.GetProperty("computed").GetBoolean());
        // Lists carry sizes and spans; the timeline comes with the storyline itself.
        var item = list.GetProperty("items")[0];
        Assert.Equal(6, item.GetProperty("factCount").GetInt32());
        Assert.False(item.TryGetProperty("timeline", out _));
        var entity = (await Json(host.Client, "/api/entities")).GetProperty("items")[0];
        Assert.Equal(entity.GetProperty("articles").GetArrayLength(), entity.GetProperty("articleCount").GetInt32());
        var detail = await Json(host.Client, "/api/storylines/" + SeedsAnalysis.StorylineId);
        Assert.Equal(6, detail.GetProperty("storyline").GetProperty("timeline").GetArrayLength());
        Assert.Equal(2, detail.GetProperty("events").GetArrayLength());
        var conflicts = await Json(host.Client, "/api/conflicts");
        Assert.Equal("correction", conflicts.GetProperty("items")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task The_OpenAPI_description_is_valid_JSON_and_every_path_it_names_is_served()
    {
        await using var host = await Seeds(analysis: true);
        var doc = await Json(host.Client, "/openapi.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(Storyline.Web.Api.OpenApiDocument.Paths.Order(StringComparer.Ordinal), paths);
        foreach (var path in paths.Where(p => doc.GetProperty("paths").GetProperty(p).TryGetProperty("get", out _)))
        {
            var url = path.Replace("{id}", path.Contains("storylines", StringComparison.Ordinal) ? SeedsAnalysis.StorylineId
                : path.Contains("articles", StringComparison.Ordinal) ? SeedsAnalysis.A000
                : (await Json(host.Client, "/api/events")).GetProperty("items")[0].GetProperty("id").GetString()!, StringComparison.Ordinal);
            if (path == "/api/search") url += "?q=Teigen";
            using var response = await host.Client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
        }
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        await using var host = await Seeds();
        foreach (var url in new[] { "/", "/api/events", "/nope", "/static/storyline.css", "/api/articles/nope" })
        {
            using var response = await host.Client.GetAsync(url);
            var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'self'", csp);
            Assert.Contains("object-src 'none'", csp);
            Assert.Contains("frame-ancestors 'none'", csp);
            Assert.Equal("nosniff", string.Join("", response.Headers.GetValues("X-Content-Type-Options")));
        }
    }

    [Fact]
    public async Task A_loopback_server_refuses_requests_for_other_host_names()
    {
        await using var host = await Seeds();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/events");
        request.Headers.Host = "attacker.example";
        using var response = await host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
    }

    [Fact]
    public async Task Posting_articles_is_refused_on_a_read_only_server()
    {
        await using var host = await Seeds();
        using var content = new StringContent("{\"id\":\"x\",\"text\":\"Some text.\"}\n", Encoding.UTF8, "application/x-ndjson");
        using var response = await host.Client.PostAsync("/api/articles", content);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("--allow-ingest", await response.Content.ReadAsStringAsync());
        Assert.Equal(4, (await Json(host.Client, "/api/events")).GetProperty("items").EnumerateArray().Sum(e => e.GetProperty("articleCount").GetInt32()));
    }

    [Fact]
    public async Task Posted_JSON_Lines_are_ingested_and_served_at_once()
    {
        await using var host = await Seeds(new StorylineWebOptions { AllowIngest = true });
        using var content = new StringContent(
            "{\"id\":\"new-1\",\"title\":\"Harbour bridge reopens\",\"date\":\"2024-05-02\",\"text\":\"The harbour bridge reopened on Thursday after repairs.\"}\n",
            Encoding.UTF8, "application/x-ndjson");
        using var response = await host.Client.PostAsync("/api/articles", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, result.GetProperty("new").GetInt32());
        var article = await Json(host.Client, "/api/articles/new-1");
        Assert.Equal("Harbour bridge reopens", article.GetProperty("article").GetProperty("title").GetString());
        Assert.Single(article.GetProperty("events").EnumerateArray());
    }

    [Fact]
    public async Task Posted_input_is_validated_with_the_messages_of_the_CLI()
    {
        const string bad = "{\"id\":\"b1\",\"title\":\"No body\"}\n{not json\n";
        var file = Path.Combine(Path.GetTempPath(), $"storyline-bad-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(file, bad);
        var db = Path.Combine(Path.GetTempPath(), $"storyline-bad-{Guid.NewGuid():N}.db");
        var errors = new StringWriter();
        try
        {
            Storyline.Cli.StorylineCli.Run(["ingest", file, "--db", db], new StringWriter(), errors);
        }
        finally
        {
            File.Delete(file);
            foreach (var f in Directory.GetFiles(Path.GetDirectoryName(db)!, Path.GetFileName(db) + "*")) File.Delete(f);
        }
        var cliReasons = errors.ToString().Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal))
            .Select(l => l.Trim()[(file.Length + 1)..].Trim()).ToArray();
        Assert.Equal(2, cliReasons.Length);

        await using var host = await Seeds(new StorylineWebOptions { AllowIngest = true });
        using var content = new StringContent(bad, Encoding.UTF8, "application/x-ndjson");
        using var response = await host.Client.PostAsync("/api/articles", content);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var skipped = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("skipped").EnumerateArray()
            .Select(s => s.GetProperty("origin").GetString()![Storyline.Web.Api.IngestApi.Origin.Length..] + ": " + s.GetProperty("reason").GetString())
            .Select(s => s.TrimStart(':').Trim()).ToArray();
        Assert.Equal(cliReasons.Select(r => r.TrimStart(':').Trim()), skipped);
    }

    [Fact]
    public async Task A_text_article_needs_an_id_and_takes_the_seed_format()
    {
        await using var host = await Seeds(new StorylineWebOptions { AllowIngest = true });
        using (var noId = new StringContent("A title\n\nA body.", Encoding.UTF8, "text/plain"))
        using (var response = await host.Client.PostAsync("/api/articles", noId))
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        using (var seed = new StringContent(" date 2024-01-05 A dek line\n\nThe body of the article.", Encoding.UTF8, "text/plain"))
        using (var response = await host.Client.PostAsync("/api/articles?id=posted-seed", seed))
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var article = await Json(host.Client, "/api/articles/posted-seed");
        Assert.Equal("2024-01-05", article.GetProperty("article").GetProperty("published").GetString());
    }

    [Fact]
    public async Task Bodies_over_the_limit_get_413_and_change_nothing()
    {
        await using var host = await Seeds(new StorylineWebOptions { AllowIngest = true, MaxRequestBodyBytes = 1000 });
        var line = "{\"id\":\"big\",\"text\":\"" + new string('a', 2000) + "\"}\n";
        using var content = new StringContent(line, Encoding.UTF8, "application/x-ndjson");
        using var response = await host.Client.PostAsync("/api/articles", content);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await Json(host.Client, "/api/articles/big", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Cross_origin_posts_are_refused_even_with_ingest_allowed()
    {
        await using var host = await Seeds(new StorylineWebOptions { AllowIngest = true });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles?id=x")
        {
            Content = new StringContent("Title\n\nBody.", Encoding.UTF8, "text/plain"),
        };
        request.Headers.Add("Origin", "http://evil.example");
        using var response = await host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
