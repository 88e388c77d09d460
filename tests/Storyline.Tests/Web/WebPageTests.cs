using System.Net;
using System.Text.RegularExpressions;
using Storyline.Web;

namespace Storyline.Tests.Web;

public sealed partial class WebPageTests
{
    private static async Task<string> Html(HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<WebTestHost> Hostile()
    {
        var dir = WebTestHost.WriteArticles(HostileArticles.All.Select(a => (a.Id.Replace('/', '_'), a.Text)).ToArray());
        File.WriteAllText(Path.Combine(dir, "url.jsonl"), HostileArticles.JavascriptUrlLine
            + System.Text.Json.JsonSerializer.Serialize(new { id = HostileArticles.All[2].Id, text = HostileArticles.All[2].Text }) + "\n");
        return await WebTestHost.StartAsync([dir]);
    }

    [Fact]
    public async Task The_storyline_page_draws_the_timeline_with_a_mark_per_dated_fact_and_a_band_per_event()
    {
        await using var host = await WebTestHost.StartAsync([WebTestHost.SeedsFolder], analysis: _ => new SeedsAnalysis());
        var html = await Html(host.Client, "/storylines/" + SeedsAnalysis.StorylineId);
        Assert.Equal(6, FactMark().Count(html));
        Assert.Equal(2, Band().Count(html));
        Assert.Contains("<title>2020-09-27: Teigen is admitted to hospital — sources: " + SeedsAnalysis.A003 + "</title>", html);
        Assert.Contains(">2021</text>", html);
        Assert.Contains("href=\"/articles/" + SeedsAnalysis.A003 + "\"", html);
        Assert.Contains("an abortion, not a miscarriage", html);
    }

    [Fact]
    public async Task The_event_page_sets_articles_side_by_side_with_relations_shared_quotes_and_conflict_evidence()
    {
        await using var host = await WebTestHost.StartAsync([WebTestHost.SeedsFolder], analysis: _ => new SeedsAnalysis());
        var id = host.Access.Model().EventsOf(SeedsAnalysis.A003)[0].Id;
        var html = await Html(host.Client, "/events/" + id);
        Assert.Equal(2, Regex.Count(html, "<article class=\"column\""));
        Assert.Contains("<mark class=\"m-quote\"", html);
        Assert.Matches("<mark class=\"m-quote\"[^>]*>To the son we almost had</mark>", html);
        Assert.Matches("<mark class=\"m-evidence\"[^>]*>opened up about her heartbreaking miscarriage</mark>", html);
        Assert.Contains("Conflicts and corrections", html);
        Assert.Contains("href=\"/storylines/" + SeedsAnalysis.StorylineId + "\"", html);
    }

    [Fact]
    public async Task The_article_page_marks_dates_with_their_resolved_values()
    {
        await using var host = await WebTestHost.StartAsync([WebTestHost.SeedsFolder]);
        var html = await Html(host.Client, "/articles/" + SeedsAnalysis.A003);
        Assert.Contains("<mark class=\"m-date\" title=\"2021-09-28\">Sept. 28</mark>", html);
        Assert.Contains("<mark class=\"m-person\"", html);
    }

    [Fact]
    public async Task Pages_of_unknown_ids_are_404_and_the_storylines_list_links_the_seeds_storyline()
    {
        await using var host = await WebTestHost.StartAsync([WebTestHost.SeedsFolder]);
        await Html(host.Client, "/events/nope", HttpStatusCode.NotFound);
        await Html(host.Client, "/articles/nope", HttpStatusCode.NotFound);
        await Html(host.Client, "/events?page=99", HttpStatusCode.NotFound);
        await Html(host.Client, "/storylines?page=2", HttpStatusCode.NotFound);
        Assert.Contains("href=\"/storylines/st-", await Html(host.Client, "/storylines"));
        Assert.Contains("2020-09", await Html(host.Client, "/storylines?page=1"));
    }

    [Fact]
    public async Task Hostile_article_text_is_encoded_on_every_page()
    {
        await using var host = await Hostile();
        var urls = new List<string> { "/", "/events", "/search?q=mayor", "/search?q=%3Cscript%3E" };
        urls.AddRange(host.Access.Model().Events.Select(e => "/events/" + Uri.EscapeDataString(e.Id)));
        urls.AddRange(host.Access.Read(s => s.Articles().Select(a => a.Id).ToArray()).Select(Storyline.Web.Pages.ServerLinks.Instance.Article));
        Assert.True(urls.Count >= 9, string.Join(", ", urls));
        foreach (var url in urls)
        {
            var html = await Html(host.Client, url);
            Assert.DoesNotContain("<script>", html);
            Assert.DoesNotContain("<img", html);
            Assert.DoesNotContain("<iframe", html);
            Assert.DoesNotContain("<svg onload", html);
            Assert.DoesNotMatch("<[a-zA-Z][^>]*\\son(error|mouseover|focus|load|click)\\s*=", html);
            Assert.DoesNotContain("href=\"javascript:", html);
            Assert.Equal(1, Regex.Count(html, "<script")); // only our own script file
        }
    }

    [Fact]
    public async Task Ids_with_slashes_and_dot_segments_are_served_by_their_own_page_only()
    {
        await using var host = await Hostile();
        var id = HostileArticles.All[2].Id;
        var link = Storyline.Web.Pages.ServerLinks.Instance.Article(id);
        Assert.StartsWith("/articles?id=", link);
        var html = await Html(host.Client, link);
        Assert.Contains("Springfield council meets", html);
        await Html(host.Client, "/articles/evil/../../etc/passwd", HttpStatusCode.NotFound);
        using var asset = await host.Client.GetAsync("/static/..%2F..%2Fappsettings.json");
        Assert.Equal(HttpStatusCode.NotFound, asset.StatusCode);
    }

    [Fact]
    public async Task Search_echoes_the_query_only_as_an_encoded_attribute()
    {
        await using var host = await WebTestHost.StartAsync([WebTestHost.SeedsFolder]);
        var html = await Html(host.Client, "/search?q=" + Uri.EscapeDataString("\"><script>alert(1)</script>"));
        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"", html);
    }

    [GeneratedRegex("<a class=\"fact-mark\"")]
    private static partial Regex FactMark();

    [GeneratedRegex("<a class=\"band\"")]
    private static partial Regex Band();
}
