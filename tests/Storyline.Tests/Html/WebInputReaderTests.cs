using System.IO.Compression;
using System.Text;
using Storyline.Html;

namespace Storyline.Tests.Html;

public class WebInputReaderTests
{
    private static readonly WebInputReader Reader = new(new HtmlArticleExtractor());

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gz = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true)) gz.Write(data);
        return output.ToArray();
    }

    [Fact]
    public void Pages_feeds_and_archives_are_told_apart_and_read()
    {
        var page = Assert.Single(Reader.Read(new MemoryStream(Fixture.Bytes("article.html")), "article.html", "bridge"));
        Assert.Equal("bridge", page.Article?.Id);
        var feed = Reader.Read(new MemoryStream(Fixture.Bytes("atom.xml")), "atom.xml", "atom").ToList();
        Assert.Equal(["atom#1", "atom#2"], feed.Select(r => r.Article?.Id));
        var warc = Reader.Read(new MemoryStream(Gzip(WarcReaderTests.Archive())), "crawl.warc.gz", "crawl").ToList();
        Assert.Equal(2, warc.Count(r => r.IsSuccess));
    }

    [Fact]
    public void A_gzip_page_is_inflated_and_its_hash_is_of_the_page_bytes()
    {
        var bytes = Fixture.Bytes("article.html");
        var result = Assert.Single(Reader.Read(new MemoryStream(Gzip(bytes)), "article.html.gz", "bridge"));
        Assert.Equal(Storyline.Articles.ContentHash.Of(bytes), result.Article?.ContentHash);
    }

    [Fact]
    public void Other_input_is_one_error_with_the_file_name()
    {
        var result = Assert.Single(Reader.Read(new MemoryStream(Encoding.UTF8.GetBytes("just words")), "notes.txt", "notes"));
        Assert.False(result.IsSuccess);
        Assert.Equal("notes.txt", result.Location);
    }
}
