using System.Text;
using Storyline.Articles;
using Storyline.Html;
using Storyline.Html.Feeds;
using Storyline.Time;

namespace Storyline.Tests.Html;

public class FeedReaderTests
{
    private static readonly FeedReader Reader = new(new HtmlArticleExtractor());

    private static List<FeedItemResult> Read(string fixture)
    {
        using var stream = File.OpenRead(Fixture.PathOf(fixture));
        return Reader.ReadItems(stream).ToList();
    }

    [Fact]
    public void Rss2_items_become_articles_with_content_encoded_as_body()
    {
        var items = Read("rss2.xml");
        Assert.All(items, i => Assert.Null(i.Error));
        var first = items[0].Item!;
        Assert.Equal("Harbour bridge reopens", first.Title);
        Assert.Equal("https://courier.example/news/harbour-bridge-reopens", first.Link);
        Assert.Equal(new PartialDate(2021, 3, 14), first.Published?.Date);
        Assert.Equal("Jane Doe", first.Author);
        Assert.Equal("Coastal Courier News", first.FeedTitle);
        Assert.Equal("The harbour bridge reopened to traffic on Sunday.\n\nRepairs cost more than twelve million pounds.", first.Body);
        Assert.Equal("Fares on the island ferry will rise by five percent in May.", items[1].Item!.Body);
    }

    [Fact]
    public void Rss1_items_use_dc_date()
    {
        var item = Assert.Single(Read("rss1.rdf")).Item!;
        Assert.Equal("New cycle lanes approved", item.Title);
        Assert.Equal(new PartialDate(2021, 3, 16), item.Published?.Date);
        Assert.Equal("Coastal Courier (RDF)", item.FeedTitle);
        Assert.Equal("The council approved three new cycle lanes for the centre.", item.Body);
    }

    [Fact]
    public void Atom_entries_use_the_alternate_link_and_published_before_updated()
    {
        var items = Read("atom.xml");
        var first = items[0].Item!;
        Assert.Equal("https://courier.example/news/lighthouse", first.Link);
        Assert.Equal(new PartialDate(2021, 3, 17), first.Published?.Date);
        Assert.Equal("Sam Roe", first.Author);
        Assert.Equal("The old lighthouse shines again after a volunteer restoration.", first.Body);
        var second = items[1].Item!;
        Assert.Equal(new PartialDate(2021, 3, 18), second.Published?.Date);
        Assert.Equal("High tide at 06:12 today.", second.Body);
    }

    [Fact]
    public void Feed_articles_have_ids_metadata_basis_and_distinct_hashes()
    {
        using var stream = File.OpenRead(Fixture.PathOf("rss2.xml"));
        var articles = Reader.ReadArticles(stream, "courier").Select(r => r.Article!).ToList();
        Assert.Equal(["courier#1", "courier#2"], articles.Select(a => a.Id));
        Assert.All(articles, a => Assert.Equal(PublishedBasis.Metadata, a.Basis));
        Assert.NotEqual(articles[0].ContentHash, articles[1].ContentHash);
    }

    [Fact]
    public void A_truncated_feed_yields_the_items_before_the_fault_and_then_an_error()
    {
        var text = Fixture.Text("rss2.xml");
        var cut = text[..text.IndexOf("<title>Ferry", StringComparison.Ordinal)] + "<title>Ferry &bogus; <";
        var results = Reader.ReadItems(new MemoryStream(Encoding.UTF8.GetBytes(cut))).ToList();
        Assert.Equal("Harbour bridge reopens", results[0].Item?.Title);
        Assert.Contains("malformed feed", results[^1].Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_that_is_not_a_feed_is_an_error_value()
    {
        var result = Assert.Single(Reader.ReadItems(new MemoryStream("<html><body/></html>"u8.ToArray())));
        Assert.NotNull(result.Error);
    }
}
