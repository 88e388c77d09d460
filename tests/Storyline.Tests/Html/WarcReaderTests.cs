using System.IO.Compression;
using System.Text;
using Storyline.Html;
using Storyline.Html.Warc;

namespace Storyline.Tests.Html;

public class WarcReaderTests
{
    private static readonly WarcReader Reader = new();

    internal static byte[] Record(string type, string uri, string http)
    {
        var block = Encoding.UTF8.GetBytes(http);
        var header = $"WARC/1.0\r\nWARC-Type: {type}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2021-03-14T10:00:00Z\r\n"
            + $"WARC-Record-ID: <urn:uuid:{Math.Abs(uri.GetHashCode(StringComparison.Ordinal))}>\r\nContent-Length: {block.Length}\r\n\r\n";
        return [.. Encoding.UTF8.GetBytes(header), .. block, .. "\r\n\r\n"u8];
    }

    internal static string Http(string contentType, string body) =>
        $"HTTP/1.1 200 OK\r\nContent-Type: {contentType}\r\n\r\n{body}";

    internal static byte[] Archive() =>
    [
        .. Record("warcinfo", "", "software: test\r\n"),
        .. Record("request", "https://a.example/story", "GET /story HTTP/1.1\r\n\r\n"),
        .. Record("response", "https://a.example/story", Http("text/html; charset=utf-8",
            "<html><head><title>Storm</title></head><body><p>The storm reached the coast late on Sunday night, flooding streets.</p></body></html>")),
        .. Record("response", "https://a.example/logo.png", Http("image/png", "PNG")),
        .. Record("response", "https://b.example/2021/03/15/news", Http("text/html", "<p>Second page with enough words to be an article body.</p>")),
    ];

    private static byte[] Gzip(params byte[][] members)
    {
        using var output = new MemoryStream();
        foreach (var member in members)
        {
            using var gz = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true);
            gz.Write(member);
        }
        return output.ToArray();
    }

    [Fact]
    public void Only_html_responses_are_yielded_with_their_target_uri()
    {
        var results = Reader.ReadResponses(new MemoryStream(Archive())).ToList();
        Assert.All(results, r => Assert.Null(r.Error));
        Assert.Equal(["https://a.example/story", "https://b.example/2021/03/15/news"], results.Select(r => r.Response!.TargetUri));
        Assert.Equal("utf-8", results[0].Response!.Charset);
        Assert.StartsWith("<html>", Encoding.UTF8.GetString(results[0].Response!.Body), StringComparison.Ordinal);
    }

    [Fact]
    public void Gzip_archives_with_one_member_per_record_are_read_through()
    {
        var records = new[]
        {
            Record("response", "https://a.example/one", Http("text/html", "<p>One</p>")),
            Record("response", "https://a.example/two", Http("text/html", "<p>Two</p>")),
            Record("response", "https://a.example/three", Http("text/html", "<p>Three</p>")),
        };
        var results = Reader.ReadResponses(new MemoryStream(Gzip(records))).ToList();
        Assert.Equal(["https://a.example/one", "https://a.example/two", "https://a.example/three"], results.Select(r => r.Response?.TargetUri));
    }

    [Fact]
    public void Articles_take_the_target_uri_as_url_and_url_dates()
    {
        var articles = Reader.ReadArticles(new MemoryStream(Archive()), new HtmlArticleExtractor(), "crawl").ToList();
        Assert.All(articles, a => Assert.True(a.IsSuccess));
        Assert.Equal("https://a.example/story", articles[0].Article!.Url);
        Assert.Equal("Storm", articles[0].Article!.Title);
        Assert.Equal(new Storyline.Time.PartialDate(2021, 3, 15), articles[1].Article!.Published);
        Assert.StartsWith("crawl@", articles[0].Article!.Id, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_record_is_an_error_with_its_offset_and_reading_resumes()
    {
        var good = Record("response", "https://a.example/ok", Http("text/html", "<p>OK</p>"));
        var damaged = Encoding.UTF8.GetBytes("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: banana\r\n\r\n<p>lost</p>\r\n\r\n");
        var results = Reader.ReadResponses(new MemoryStream([.. damaged, .. good])).ToList();
        Assert.Equal(0, results[0].Offset);
        Assert.Contains("Content-Length", results[0].Error, StringComparison.Ordinal);
        Assert.Equal("https://a.example/ok", results[^1].Response?.TargetUri);
        Assert.Equal(damaged.Length, results[^1].Offset);
    }

    [Fact]
    public void A_truncated_archive_ends_with_an_error()
    {
        var archive = Archive();
        var results = Reader.ReadResponses(new MemoryStream(archive[..^40])).ToList();
        Assert.Contains("truncated", results[^1].Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Chunked_and_gzip_encoded_bodies_are_decoded()
    {
        var html = "<p>Decoded body text</p>";
        var chunked = $"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n{html.Length:x}\r\n{html}\r\n0\r\n\r\n";
        var result = Assert.Single(Reader.ReadResponses(new MemoryStream(Record("response", "https://c.example/", chunked))));
        Assert.Equal(html, Encoding.UTF8.GetString(result.Response!.Body));
    }
}
