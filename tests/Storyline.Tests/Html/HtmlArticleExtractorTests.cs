using System.Text;
using Storyline.Articles;
using Storyline.Html;
using Storyline.Time;

namespace Storyline.Tests.Html;

public class HtmlArticleExtractorTests
{
    private static readonly HtmlArticleExtractor Extractor = new();

    private static string Paragraphs(params string[] texts) => string.Concat(texts.Select(t => $"<p>{t}</p>\n"));

    private const string Filler = "The committee met again on Thursday to review the proposal in detail, and members asked for more figures.";

    [Fact]
    public void Article_paragraphs_are_kept_and_boilerplate_is_removed()
    {
        var result = Extractor.Extract(Fixture.Bytes("article.html"));
        var paragraphs = result.Body.Split("\n\n");
        Assert.Contains("The harbour bridge reopened to traffic on Sunday morning, eight months after engineers closed it to replace corroded cables.", paragraphs);
        Assert.Contains("What comes next", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("The council plans to resurface", StringComparison.Ordinal));
        Assert.Equal(5, paragraphs.Length);
        foreach (var junk in new[] { "Share on", "Sign up", "Photo: John Smith", "Ferry fares", "Most read", "Copyright", "Home", "tracking" })
            Assert.DoesNotContain(junk, result.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Metadata_is_read_from_head_and_json_ld()
    {
        var result = Extractor.Extract(Fixture.Bytes("article.html"));
        Assert.Equal("Harbour bridge reopens after repairs", result.Title);
        Assert.Equal("Commuters return to the crossing after eight months.", result.Dek);
        Assert.Equal("Jane Doe", result.Author);
        Assert.Equal("The Coastal Courier", result.Outlet);
        Assert.Equal("https://courier.example/news/harbour-bridge-reopens", result.CanonicalUrl);
        Assert.Equal("en-GB", result.Language);
        Assert.Equal(new PartialDate(2021, 3, 14), result.Published?.Date);
        Assert.Equal("json-ld", result.Published?.Source);
        Assert.Equal("2021-03-14T08:30:00+01:00", result.Published?.Raw);
    }

    [Theory]
    [InlineData("Storm batters the coast | Daily Planet", "Daily Planet", "Storm batters the coast")]
    [InlineData("Daily Planet - Storm batters the coast", "Daily Planet", "Storm batters the coast")]
    [InlineData("Storm batters the coast - a night of chaos - Daily Planet", "Daily Planet", "Storm batters the coast - a night of chaos")]
    public void Title_drops_the_site_name(string title, string site, string expected)
    {
        var html = $"<html><head><title>{title}</title><meta property='og:site_name' content='{site}'></head><body>{Paragraphs(Filler)}</body></html>";
        Assert.Equal(expected, Extractor.Extract(html).Title);
    }

    [Fact]
    public void Title_drops_a_short_trailing_site_name_even_when_the_page_does_not_name_its_site()
    {
        var html = $"<html><head><title>Storm batters the coast overnight - WSJ</title></head><body>{Paragraphs(Filler)}</body></html>";
        Assert.Equal("Storm batters the coast overnight", Extractor.Extract(html).Title);
    }

    [Theory]
    [InlineData("<meta property='article:published_time' content='2019-11-19T10:00:00Z'>", "", null, 2019, 11, 19, "meta:article:published_time")]
    [InlineData("", "<time datetime='2018-02-03'>3 February</time>", null, 2018, 2, 3, "time")]
    [InlineData("", "", "https://news.example/2017/06/05/some-story", 2017, 6, 5, "url")]
    [InlineData("<script type='application/ld+json'>[{\"@type\":\"WebPage\"},{\"@type\":\"Article\",\"datePublished\":\"2016-01-31\"}]</script>", "", null, 2016, 1, 31, "json-ld")]
    public void Published_date_comes_from_metadata(string head, string body, string? url, int year, int month, int day, string source)
    {
        var html = $"<html><head>{head}</head><body>{body}{Paragraphs(Filler)}</body></html>";
        var result = Extractor.Extract(Encoding.UTF8.GetBytes(html), url);
        Assert.Equal(new PartialDate(year, month, day), result.Published?.Date);
        Assert.Equal(source, result.Published?.Source);
        Assert.Equal(PublishedBasis.Metadata, result.Published?.Basis);
    }

    [Fact]
    public void A_date_read_from_the_byline_has_text_basis()
    {
        var html = $"<html><body><div class='byline'>By Ann Lee, Nov. 19, 2019</div>{Paragraphs(Filler)}</body></html>";
        var result = Extractor.Extract(html);
        Assert.Equal(new PartialDate(2019, 11, 19), result.Published?.Date);
        Assert.Equal(PublishedBasis.Text, result.Published?.Basis);
    }

    [Fact]
    public void Month_names_of_other_languages_are_read_in_a_byline()
    {
        var html = $"<html><body><span class='about'>publiziert am 30. Juli 2018</span>{Paragraphs(Filler)}</body></html>";
        Assert.Equal(new PartialDate(2018, 7, 30), Extractor.Extract(html).Published?.Date);
    }

    [Fact]
    public void A_utc_timestamp_one_day_off_the_url_date_takes_the_url_date()
    {
        var html = $"<html><head><meta property='article:published_time' content='2019-11-19T04:58:46+00:00'></head><body>{Paragraphs(Filler)}</body></html>";
        var result = Extractor.Extract(Encoding.UTF8.GetBytes(html), "https://news.example/2019/11/18/story/");
        Assert.Equal(new PartialDate(2019, 11, 18), result.Published?.Date);
        Assert.Equal("2019-11-19T04:58:46+00:00", result.Published?.Raw);
    }

    [Fact]
    public void A_compact_date_at_the_end_of_a_url_slug_is_found()
    {
        var result = Extractor.Extract(Encoding.UTF8.GetBytes($"<html><body>{Paragraphs(Filler)}</body></html>"), "https://mag.example/cells-that-taste-danger-20191115/");
        Assert.Equal(new PartialDate(2019, 11, 15), result.Published?.Date);
    }

    [Fact]
    public void ToArticle_carries_metadata_basis_and_the_hash_of_the_raw_bytes()
    {
        var bytes = Fixture.Bytes("article.html");
        var article = Extractor.ToArticle("bridge", bytes, origin: "article.html");
        Assert.Equal("bridge", article.Id);
        Assert.Equal(PublishedBasis.Metadata, article.Basis);
        Assert.Equal(ContentHash.Of(bytes), article.ContentHash);
        Assert.Equal("The Coastal Courier", article.Source);
        Assert.StartsWith("The harbour bridge reopened", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_directly_inside_a_container_is_extracted()
    {
        var html = "<html><body><div class='menu'><a href='/'>Home</a></div><div class='article-text'>" + Filler
            + "<div class='spacer'></div>" + Filler.Replace("Thursday", "Friday", StringComparison.Ordinal) + "</div></body></html>";
        var body = Extractor.Extract(html).Body;
        Assert.Contains("Thursday", body, StringComparison.Ordinal);
        Assert.Contains("Friday", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Home", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_and_non_html_input_give_an_empty_body()
    {
        Assert.Equal("", Extractor.Extract([]).Body);
        Assert.Equal("", Extractor.Extract("<html></html>").Body);
        Assert.Null(Extractor.Extract([0x00, 0xFF, 0x13]).Published);
    }
}
