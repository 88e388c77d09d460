using System.IO.Compression;
using System.Text;
using Storyline.Html;

namespace Storyline.Tests.Html;

public class InputSnifferTests
{
    [Theory]
    [InlineData("<!DOCTYPE html><html><head>", null, InputKind.Html)]
    [InlineData("  <div>fragment</div>", null, InputKind.Html)]
    [InlineData("<?xml version=\"1.0\"?><rss version=\"2.0\">", null, InputKind.Rss)]
    [InlineData("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"x\">", null, InputKind.Rss)]
    [InlineData("<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">", null, InputKind.Atom)]
    [InlineData("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">", null, InputKind.Html)]
    [InlineData("WARC/1.1\r\nWARC-Type: warcinfo", null, InputKind.Warc)]
    [InlineData("plain words", "notes.txt", InputKind.Other)]
    [InlineData("plain words", "page.htm", InputKind.Html)]
    [InlineData("{\"id\":1}", "feed.json", InputKind.Other)]
    public void Kind_comes_from_content_then_from_the_extension(string head, string? name, InputKind expected) =>
        Assert.Equal(expected, InputSniffer.Sniff(Encoding.UTF8.GetBytes(head), name));

    [Fact]
    public void Gzip_input_is_sniffed_inside()
    {
        using var buffer = new MemoryStream();
        using (var gz = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            gz.Write(WarcReaderTests.Archive());
        Assert.Equal(InputKind.Warc, InputSniffer.Sniff(buffer.ToArray().AsSpan(0, Math.Min(64, (int)buffer.Length)), "crawl.warc.gz"));
        Assert.Equal(InputKind.Warc, InputSniffer.Sniff(buffer.ToArray(), null));
    }
}
