using System.Globalization;
using System.IO.Compression;
using System.Text;
using Storyline.Articles;

namespace Storyline.Html.Warc;

/// <summary>
/// Streams the HTML response records of a WARC archive (plain, or gzip with one member per record as
/// Common Crawl ships them), one record in memory at a time. A malformed record yields an error value with its
/// offset and reading resumes at the next record; nothing throws.
/// </summary>
public sealed class WarcReader
{
    private readonly WarcReaderOptions _options;

    /// <summary>Creates a reader; <paramref name="options"/> defaults to <see cref="WarcReaderOptions.Default"/>.</summary>
    public WarcReader(WarcReaderOptions? options = null) => _options = options ?? WarcReaderOptions.Default;

    /// <summary>HTML response records in archive order; other record types and non-HTML responses are passed over.</summary>
    public IEnumerable<WarcRecordResult> ReadResponses(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadCore(stream);
    }

    /// <summary>The HTML responses as articles: the target URI is the url, the id is <c>{idPrefix}@{offset}</c>.</summary>
    public IEnumerable<ArticleReadResult> ReadArticles(Stream stream, HtmlArticleExtractor extractor, string idPrefix, string? origin = null)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        foreach (var record in ReadResponses(stream))
        {
            var location = $"{origin ?? idPrefix}@{record.Offset.ToString(CultureInfo.InvariantCulture)}";
            if (record.Response is not { } response)
            {
                yield return ArticleReadResult.Fail(location, record.Error ?? "unreadable record");
                continue;
            }
            var extraction = extractor.Extract(response.Body, response.TargetUri, response.Charset);
            var id = $"{idPrefix}@{response.Offset.ToString(CultureInfo.InvariantCulture)}";
            var article = extraction.ToArticle(id, response.Body, location) with { Url = extraction.CanonicalUrl ?? response.TargetUri };
            yield return ArticleReadResult.Ok(article, location);
        }
    }

    private IEnumerable<WarcRecordResult> ReadCore(Stream stream)
    {
        var (source, openError) = Open(stream);
        if (source is null)
        {
            yield return new WarcRecordResult(null, 0, openError);
            yield break;
        }
        var reader = new ByteLineReader(source);
        while (true)
        {
            var step = Step(reader);
            if (step.Result is not null) yield return step.Result;
            if (step.Done) yield break;
        }
    }

    private static (Stream? Source, string? Error) Open(Stream stream)
    {
        var magic = new byte[2];
        int read;
        try
        {
            read = stream.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        }
        catch (IOException e)
        {
            return (null, e.Message);
        }
        Stream source = new PrefixedStream(magic[..read], stream);
        // GZipStream reads concatenated members, so a per-record .warc.gz decompresses as one stream.
        if (read == 2 && magic[0] == 0x1F && magic[1] == 0x8B) source = new GZipStream(source, CompressionMode.Decompress);
        return (source, null);
    }

    private (WarcRecordResult? Result, bool Done) Step(ByteLineReader reader)
    {
        long offset = reader.Position;
        try
        {
            byte[]? line;
            do
            {
                offset = reader.Position;
                line = reader.ReadLine(_options.MaxHeaderLineBytes, out _);
                if (line is null) return (null, true);
            } while (line.Length == 0);

            if (!line.AsSpan().StartsWith("WARC/"u8))
            {
                var error = new WarcRecordResult(null, offset, "expected a WARC/1.x version line");
                return Resync(reader) ? (error, false) : (error, true);
            }
            var headers = ReadHeaders(reader, out var headerError);
            if (headers is null)
            {
                var error = new WarcRecordResult(null, offset, headerError);
                return Resync(reader) ? (error, false) : (error, true);
            }
            if (!long.TryParse(headers.GetValueOrDefault("content-length"), NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            {
                var error = new WarcRecordResult(null, offset, "missing or invalid Content-Length");
                return Resync(reader) ? (error, false) : (error, true);
            }
            var type = headers.GetValueOrDefault("warc-type");
            if (length > _options.MaxRecordBytes)
                return (new WarcRecordResult(null, offset, $"record of {length} bytes exceeds the limit"), !reader.Skip(length));
            if (!string.Equals(type, "response", StringComparison.OrdinalIgnoreCase))
                return (null, !reader.Skip(length));
            var block = reader.ReadExactly(length);
            if (block is null) return (new WarcRecordResult(null, offset, "truncated record: the archive ends inside it"), true);
            var uri = headers.GetValueOrDefault("warc-target-uri")?.Trim('<', '>', ' ');
            if (string.IsNullOrEmpty(uri)) return (new WarcRecordResult(null, offset, "response record without WARC-Target-URI"), false);
            var response = ParseHttp(block, offset, uri, headers, out var httpError);
            return response is null
                ? (httpError is null ? null : new WarcRecordResult(null, offset, httpError), false)
                : (new WarcRecordResult(response, offset, null), false);
        }
        catch (InvalidDataException e)
        {
            return (new WarcRecordResult(null, offset, "corrupt compressed data: " + e.Message), true);
        }
        catch (IOException e)
        {
            return (new WarcRecordResult(null, offset, "read error: " + e.Message), true);
        }
    }

    /// <summary>Skips to the next line that starts a record and leaves it to be read; false at the end of the archive.</summary>
    private bool Resync(ByteLineReader reader)
    {
        while (true)
        {
            var line = reader.ReadLine(_options.MaxHeaderLineBytes, out _);
            if (line is null) return false;
            if (line.AsSpan().StartsWith("WARC/"u8))
            {
                reader.PushBack(line);
                return true;
            }
        }
    }

    private Dictionary<string, string>? ReadHeaders(ByteLineReader reader, out string? error)
    {
        error = null;
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var count = 0; ; count++)
        {
            if (count > _options.MaxHeaderLines) { error = "too many header lines"; return null; }
            var line = reader.ReadLine(_options.MaxHeaderLineBytes, out var tooLong);
            if (line is null) { error = "archive ends inside a record header"; return null; }
            if (tooLong) { error = "header line too long"; return null; }
            if (line.Length == 0) return headers;
            var text = Encoding.UTF8.GetString(line);
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0) continue;
            headers.TryAdd(text[..colon].Trim().ToLowerInvariant(), text[(colon + 1)..].Trim());
        }
    }

    private WarcResponse? ParseHttp(byte[] block, long offset, string uri, Dictionary<string, string> warcHeaders, out string? error)
    {
        error = null;
        var span = block.AsSpan();
        var headerEnd = span.IndexOf("\r\n\r\n"u8);
        var separator = 4;
        if (headerEnd < 0) { headerEnd = span.IndexOf("\n\n"u8); separator = 2; }
        if (headerEnd < 0 || !span.StartsWith("HTTP/"u8)) { error = "response block is not an HTTP message"; return null; }
        var headerText = Encoding.Latin1.GetString(span[..headerEnd]);
        var lines = headerText.Split('\n');
        if (lines.Length > _options.MaxHeaderLines) { error = "too many HTTP header lines"; return null; }
        var http = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0) http.TryAdd(line[..colon].Trim().ToLowerInvariant(), line[(colon + 1)..].Trim());
        }
        var body = block[(headerEnd + separator)..];
        var contentType = http.GetValueOrDefault("content-type");
        var isHtml = contentType is null
            ? InputSniffer.Sniff(body.AsSpan(0, Math.Min(body.Length, InputSniffer.HeadLength))) == InputKind.Html
            : contentType.Contains("html", StringComparison.OrdinalIgnoreCase);
        if (!isHtml) return null;
        if (http.GetValueOrDefault("transfer-encoding")?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true)
            body = HttpBody.Dechunk(body) ?? body;
        var encoding = http.GetValueOrDefault("content-encoding");
        if (encoding is not null && (encoding.Contains("gzip", StringComparison.OrdinalIgnoreCase) || encoding.Contains("deflate", StringComparison.OrdinalIgnoreCase)))
        {
            var decoded = HttpBody.Decompress(body, encoding);
            if (decoded is null) { error = $"undecodable {encoding} body"; return null; }
            body = decoded;
        }
        return new WarcResponse(offset, uri, warcHeaders.GetValueOrDefault("warc-date"), warcHeaders.GetValueOrDefault("warc-record-id"),
            contentType, CharsetOf(contentType), body);
    }

    private static string? CharsetOf(string? contentType)
    {
        if (contentType is null) return null;
        var index = contentType.IndexOf("charset=", StringComparison.OrdinalIgnoreCase);
        if (index < 0) return null;
        var value = contentType[(index + "charset=".Length)..].Split(';')[0].Trim().Trim('"', '\'');
        return value.Length == 0 ? null : value;
    }
}
