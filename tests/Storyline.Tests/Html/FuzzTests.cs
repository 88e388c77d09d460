using System.IO.Compression;
using System.Text;
using Storyline.Html;
using Storyline.Html.Feeds;
using Storyline.Html.Warc;

namespace Storyline.Tests.Html;

/// <summary>Mutated inputs must give a result or an error value, never an exception or a hang (10,000 mutations in all).</summary>
public class FuzzTests
{
    private const int Seed = 20211;
    private const int HtmlMutations = 4000;
    private const int FeedMutations = 3500;
    private const int WarcMutations = 2500;

    private static readonly byte[][] Snippets =
    [
        .. new[]
        {
            "<", ">", "</div>", "<div class='article-body'>", "<p>", "</p>", "<![CDATA[", "]]>", "&", "&#x;", "&#99999999;", "<!--",
            "-->", "<script>", "</script>", "<style>", "<meta charset='utf-16'>", "<meta charset='x-bogus'>", "<table><tr><td>",
            "<?xml version='1.0' encoding='shift_jis'?>", "<!DOCTYPE x [<!ENTITY a 'aaaa'>]>", "&a;", "<item>", "</item>", "<entry>",
            "<pubDate>Feb 31, 2021</pubDate>", "WARC/1.0\r\n", "Content-Length: 99999999999\r\n", "Content-Length: -5\r\n",
            "WARC-Type: response\r\n", "\r\n\r\n", "HTTP/1.1 200 OK\r\n", "Transfer-Encoding: chunked\r\n", "Content-Encoding: gzip\r\n",
            "fffffff\r\n", "<script type='application/ld+json'>{\"datePublished\":[{\"@type\":", "<time datetime='9999-99-99'>",
        }.Select(Encoding.UTF8.GetBytes),
        [0x00], [0xFF, 0xFE], [0xEF, 0xBB, 0xBF], [0x1F, 0x8B, 0x08], [0xC3], [0xE2, 0x82],
    ];

    private static byte[] Mutate(byte[] seed, Random random)
    {
        var data = new List<byte>(seed);
        var operations = random.Next(1, 6);
        for (var i = 0; i < operations; i++)
        {
            var at = data.Count == 0 ? 0 : random.Next(data.Count);
            switch (random.Next(6))
            {
                case 0 when data.Count > 0:
                    data[at] = (byte)random.Next(256);
                    break;
                case 1:
                    data.InsertRange(at, Snippets[random.Next(Snippets.Length)]);
                    break;
                case 2 when data.Count > 0:
                    data.RemoveRange(at, Math.Min(data.Count - at, random.Next(1, 200)));
                    break;
                case 3 when data.Count > 0:
                    var length = Math.Min(data.Count - at, random.Next(1, 400));
                    data.InsertRange(random.Next(data.Count), data.GetRange(at, length));
                    break;
                case 4:
                    data.RemoveRange(at, data.Count - at);
                    break;
                default:
                    data.Insert(at, (byte)random.Next(256));
                    break;
            }
        }
        return [.. data];
    }

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gz = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true)) gz.Write(data);
        return output.ToArray();
    }

    [Fact]
    public void Mutated_pages_always_give_a_result()
    {
        var extractor = new HtmlArticleExtractor();
        var seeds = new[]
        {
            Fixture.Bytes("article.html"),
            "<html><head><title>A | B</title></head><body><div><p>Short text, with commas, in a paragraph of some length.</p></div></body></html>"u8.ToArray(),
        };
        var random = new Random(Seed);
        for (var i = 0; i < HtmlMutations; i++)
        {
            var page = Mutate(seeds[i % seeds.Length], random);
            var result = extractor.Extract(page, i % 3 == 0 ? "https://x.example/2020/01/02/a" : null);
            Assert.NotNull(result.Body);
            if (InputSniffer.Sniff(page, "page.html") == InputKind.Other) Assert.NotNull(result.Encoding);
        }
    }

    [Fact]
    public void Mutated_feeds_always_give_items_or_an_error()
    {
        var reader = new FeedReader(new HtmlArticleExtractor());
        var seeds = new[] { Fixture.Bytes("rss2.xml"), Fixture.Bytes("rss1.rdf"), Fixture.Bytes("atom.xml") };
        var random = new Random(Seed);
        for (var i = 0; i < FeedMutations; i++)
        {
            var feed = Mutate(seeds[i % seeds.Length], random);
            foreach (var result in reader.ReadItems(new MemoryStream(feed)))
                Assert.True(result.Item is not null ^ result.Error is not null);
        }
    }

    [Fact]
    public void Mutated_warc_records_always_give_records_or_errors()
    {
        var reader = new WarcReader();
        var extractor = new HtmlArticleExtractor();
        var archive = WarcReaderTests.Archive();
        var random = new Random(Seed);
        for (var i = 0; i < WarcMutations; i++)
        {
            var mutated = Mutate(archive, random);
            // Every third case is compressed, and every sixth damaged after compression, to reach the gzip paths.
            if (i % 3 == 0) mutated = Gzip(mutated);
            if (i % 6 == 0) mutated = Mutate(mutated, random);
            // Extraction is covered by the page fuzzing; every fifth archive also goes through it end to end.
            if (i % 5 == 0)
            {
                foreach (var result in reader.ReadArticles(new MemoryStream(mutated), extractor, "fuzz"))
                    Assert.True(result.Article is not null ^ result.Error is not null);
            }
            else
            {
                foreach (var result in reader.ReadResponses(new MemoryStream(mutated)))
                    Assert.True(result.Response is not null ^ result.Error is not null);
            }
        }
    }

    [Fact]
    public void Deeply_nested_markup_does_not_overflow_the_stack()
    {
        var extractor = new HtmlArticleExtractor();
        var deep = string.Concat(Enumerable.Repeat("<div>", 3000)) + "<p>Deep text that is long enough to be a paragraph, surely.</p>"
            + string.Concat(Enumerable.Repeat("<b>", 3000));
        var result = extractor.Extract(Encoding.UTF8.GetBytes(deep));
        Assert.Contains("Deep text", result.Body, StringComparison.Ordinal);
    }
}
