using System.IO.Compression;
using Storyline.Html.Feeds;
using Storyline.Html.Warc;

namespace Storyline.Html;

/// <summary>
/// One entry point for web input: sniffs a stream (HTML page, RSS/Atom feed, WARC archive, each possibly gzip)
/// and reads it as articles. Page ids are the given id; feed items get <c>id#n</c>, WARC records <c>id@offset</c>.
/// Built once; thread-safe; failures are values.
/// </summary>
public sealed class WebInputReader
{
    private readonly HtmlArticleExtractor _extractor;
    private readonly FeedReader _feeds;
    private readonly WarcReader _warc;

    /// <summary>Creates a reader that extracts pages with <paramref name="extractor"/>.</summary>
    public WebInputReader(HtmlArticleExtractor extractor, WarcReaderOptions? warcOptions = null)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        _extractor = extractor;
        _feeds = new FeedReader(extractor);
        _warc = new WarcReader(warcOptions);
    }

    /// <summary>The kind of a stream's content, from its first bytes and its name; the stream is read from its current position and not rewound.</summary>
    public static InputKind Sniff(Stream stream, string? fileName, out Stream replay)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var head = new byte[InputSniffer.HeadLength];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        replay = new PrefixedStream(head[..read], stream);
        return InputSniffer.Sniff(head.AsSpan(0, read), fileName);
    }

    /// <summary>Reads a page, feed or archive as articles; input of another kind yields one error.</summary>
    /// <param name="stream">The input, positioned at its start.</param>
    /// <param name="fileName">File name, for sniffing by extension and for messages.</param>
    /// <param name="id">Article id (pages) or id prefix (feeds, archives).</param>
    /// <param name="url">The page URL when known (pages only).</param>
    public IEnumerable<ArticleReadResult> Read(Stream stream, string fileName, string id, string? url = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(id);
        return ReadCore(stream, fileName, id, url);
    }

    private IEnumerable<ArticleReadResult> ReadCore(Stream stream, string fileName, string id, string? url)
    {
        InputKind kind;
        Stream replay;
        try
        {
            kind = Sniff(stream, fileName, out replay);
        }
        catch (IOException e)
        {
            return [ArticleReadResult.Fail(fileName, e.Message)];
        }
        if (kind == InputKind.Warc) return _warc.ReadArticles(replay, _extractor, id, fileName);
        if (kind == InputKind.Other) return [ArticleReadResult.Fail(fileName, "not an HTML page, feed or WARC archive")];
        var (bytes, error) = ReadAll(replay);
        if (bytes is null) return [ArticleReadResult.Fail(fileName, error ?? "unreadable")];
        if (kind == InputKind.Html) return [ArticleReadResult.Ok(_extractor.ToArticle(id, bytes, url, fileName), fileName)];
        return _feeds.ReadArticles(new MemoryStream(bytes), id, fileName);
    }

    /// <summary>All bytes of the input, inflated when it is gzip.</summary>
    private static (byte[]? Bytes, string? Error) ReadAll(Stream stream)
    {
        try
        {
            var magic = new byte[2];
            var read = stream.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
            Stream source = new PrefixedStream(magic[..read], stream);
            if (read == 2 && magic[0] == 0x1F && magic[1] == 0x8B) source = new GZipStream(source, CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            source.CopyTo(buffer);
            return (buffer.ToArray(), null);
        }
        catch (InvalidDataException e)
        {
            return (null, "corrupt gzip data: " + e.Message);
        }
        catch (IOException e)
        {
            return (null, e.Message);
        }
    }
}
