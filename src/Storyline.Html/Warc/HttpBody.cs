using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Storyline.Html.Warc;

/// <summary>Undoes HTTP transfer and content encodings that some crawlers leave in the stored body.</summary>
internal static class HttpBody
{
    /// <summary>Joins the chunks of a chunked body; null when the body is not well-formed chunked data (crawlers often store it already joined).</summary>
    public static byte[]? Dechunk(byte[] body)
    {
        using var output = new MemoryStream(body.Length);
        var position = 0;
        while (position < body.Length)
        {
            var lineEnd = body.AsSpan(position).IndexOf("\r\n"u8);
            if (lineEnd < 0) return null;
            var sizeText = Encoding.ASCII.GetString(body, position, lineEnd).Split(';')[0].Trim();
            if (!int.TryParse(sizeText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size) || size < 0) return null;
            position += lineEnd + 2;
            if (size == 0) return output.ToArray();
            if (position + size > body.Length) return null;
            output.Write(body, position, size);
            position += size + 2;
        }
        return output.ToArray();
    }

    /// <summary>Inflates a gzip or deflate body; null when it does not inflate.</summary>
    public static byte[]? Decompress(byte[] body, string encoding)
    {
        var isGzip = encoding.Contains("gzip", StringComparison.OrdinalIgnoreCase);
        // Crawlers usually store the body already decoded while keeping the header.
        if (isGzip && (body.Length < 2 || body[0] != 0x1F || body[1] != 0x8B)) return body;
        try
        {
            using var input = new MemoryStream(body);
            using Stream inflater = isGzip
                ? new GZipStream(input, CompressionMode.Decompress)
                : new ZLibStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            inflater.CopyTo(output);
            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
