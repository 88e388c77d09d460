using System.IO.Compression;
using System.Text;

namespace Storyline.Html;

/// <summary>The kinds of web input Storyline reads.</summary>
public enum InputKind
{
    /// <summary>None of the kinds below.</summary>
    Other,
    /// <summary>An HTML page.</summary>
    Html,
    /// <summary>An RSS 2.0 or RSS 1.0 (RDF) feed.</summary>
    Rss,
    /// <summary>An Atom feed.</summary>
    Atom,
    /// <summary>A WARC archive (plain or gzip).</summary>
    Warc,
}

/// <summary>Tells HTML pages, feeds and WARC archives apart from their first bytes, with the file name as a tie-breaker.</summary>
public static class InputSniffer
{
    /// <summary>How many leading bytes <see cref="Sniff"/> wants (more are ignored, fewer work).</summary>
    public const int HeadLength = 2048;

    /// <summary>Classifies an input from its first bytes and, when the content is not conclusive, its file name.</summary>
    public static InputKind Sniff(ReadOnlySpan<byte> head, string? fileName = null)
    {
        var name = (fileName ?? "").ToLowerInvariant();
        if (head.Length >= 2 && head[0] == 0x1F && head[1] == 0x8B)
        {
            var inflated = SniffContent(Inflate(head));
            if (inflated != InputKind.Other) return inflated;
            return ByExtension(name.EndsWith(".gz", StringComparison.Ordinal) ? name[..^3] : name);
        }
        var kind = SniffContent(head);
        return kind != InputKind.Other ? kind : ByExtension(name);
    }

    private static InputKind ByExtension(string name) => Path.GetExtension(name) switch
    {
        ".warc" or ".arc" => InputKind.Warc,
        ".html" or ".htm" or ".xhtml" or ".shtml" => InputKind.Html,
        ".rss" or ".rdf" => InputKind.Rss,
        ".atom" => InputKind.Atom,
        _ => InputKind.Other,
    };

    private static byte[] Inflate(ReadOnlySpan<byte> gzipHead)
    {
        // Only the head of the archive is at hand, so the stream ends early; whatever inflated before that is enough.
        using var input = new MemoryStream(gzipHead.ToArray());
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        var buffer = new byte[HeadLength];
        var total = 0;
        try
        {
            int read;
            while (total < buffer.Length && (read = gzip.Read(buffer, total, buffer.Length - total)) > 0) total += read;
        }
        catch (InvalidDataException)
        {
        }
        catch (EndOfStreamException)
        {
        }
        return buffer[..total];
    }

    private static InputKind SniffContent(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) head = head[3..];
        var text = head.Length >= 2 && (head[0] == 0xFF && head[1] == 0xFE || head[0] == 0xFE && head[1] == 0xFF)
            ? (head[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(head[2..])
            : Encoding.Latin1.GetString(head[..Math.Min(head.Length, HeadLength)]);
        text = text.TrimStart().ToLowerInvariant();
        if (text.StartsWith("warc/", StringComparison.Ordinal)) return InputKind.Warc;
        var rss = IndexOf(text, "<rss");
        var rdf = IndexOf(text, "<rdf:rdf");
        var feed = IndexOf(text, "<feed");
        var html = Math.Min(IndexOf(text, "<html"), Math.Min(IndexOf(text, "<!doctype html"), IndexOf(text, "<head")));
        var first = Math.Min(Math.Min(rss, rdf), Math.Min(feed, html));
        if (first == int.MaxValue)
        {
            foreach (var tag in (ReadOnlySpan<string>)["<body", "<meta", "<title", "<div", "<p>", "<article", "<script", "<link"])
                if (text.Contains(tag, StringComparison.Ordinal)) return InputKind.Html;
            return InputKind.Other;
        }
        if (first == html) return InputKind.Html;
        if (first == feed) return InputKind.Atom;
        return InputKind.Rss;
    }

    private static int IndexOf(string text, string tag)
    {
        var i = text.IndexOf(tag, StringComparison.Ordinal);
        while (i >= 0)
        {
            var end = i + tag.Length;
            if (end >= text.Length || !char.IsAsciiLetterOrDigit(text[end]) && text[end] != '-') return i;
            i = text.IndexOf(tag, end, StringComparison.Ordinal);
        }
        return int.MaxValue;
    }
}
