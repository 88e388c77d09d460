using System.Text;

namespace Storyline.Html.Decoding;

/// <summary>
/// Turns page bytes into text: a byte-order mark wins, then a declared charset (HTTP header,
/// <c>&lt;meta charset&gt;</c>, <c>http-equiv</c>, XML declaration), then UTF-8 when the bytes are
/// valid UTF-8, else Windows-1252 (what browsers assume for undeclared legacy pages).
/// </summary>
internal static class CharsetDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static CharsetDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="declared"/> is a charset from outside the page (an HTTP header).</summary>
    public static (string Text, string EncodingName, string? Note) Decode(ReadOnlySpan<byte> bytes, int scanBytes, string? declared = null)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return (Encoding.UTF8.GetString(bytes[3..]), "utf-8", null);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return (Encoding.Unicode.GetString(bytes[2..]), "utf-16le", null);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return (Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be", null);

        var name = declared ?? FindDeclaredCharset(bytes[..Math.Min(bytes.Length, scanBytes)]);
        var encoding = name is null ? null : Resolve(name);
        if (encoding is not null && encoding.CodePage != Encoding.UTF8.CodePage)
        {
            // A page that declares a legacy charset but is valid UTF-8 with multi-byte sequences was re-encoded by its server.
            if (encoding.CodePage is 1252 && LooksLikeUtf8(bytes))
                return (Encoding.UTF8.GetString(bytes), "utf-8", $"declared {name} but the bytes are UTF-8");
            return (encoding.GetString(bytes), encoding.WebName, $"decoded as {encoding.WebName}");
        }
        try
        {
            return (StrictUtf8.GetString(bytes), "utf-8", null);
        }
        catch (DecoderFallbackException)
        {
            var fallback = encoding is null ? Encoding.GetEncoding(1252) : Encoding.UTF8;
            var note = encoding is null ? "no charset declared and not UTF-8: decoded as windows-1252" : "invalid UTF-8 bytes replaced";
            return (fallback.GetString(bytes), fallback.WebName, note);
        }
    }

    private static bool LooksLikeUtf8(ReadOnlySpan<byte> bytes)
    {
        var hasMultiByte = false;
        foreach (var b in bytes)
        {
            if (b >= 0x80) { hasMultiByte = true; break; }
        }
        if (!hasMultiByte) return false;
        try { StrictUtf8.GetCharCount(bytes); return true; }
        catch (DecoderFallbackException) { return false; }
    }

    /// <summary>Maps a charset label to an encoding the way browsers do (latin-1 and ASCII mean Windows-1252).</summary>
    public static Encoding? Resolve(string label)
    {
        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        name = name switch
        {
            "iso-8859-1" or "latin1" or "latin-1" or "l1" or "us-ascii" or "ascii" or "iso8859-1" or "cp1252" or "x-cp1252" => "windows-1252",
            "utf8" => "utf-8",
            "gb2312" or "gbk" => "gb18030",
            "shift-jis" or "sjis" or "x-sjis" => "shift_jis",
            _ => name,
        };
        try { return Encoding.GetEncoding(name); }
        catch (ArgumentException) { return null; }
    }

    /// <summary>Finds a charset declared in the first bytes: meta charset, http-equiv content, or the XML declaration.</summary>
    internal static string? FindDeclaredCharset(ReadOnlySpan<byte> head)
    {
        // Declarations are ASCII, so a Latin-1 view of the head is exact for them whatever the real encoding.
        var text = Encoding.Latin1.GetString(head);
        var index = 0;
        while ((index = text.IndexOf("charset", index, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            index += "charset".Length;
            var i = index;
            while (i < text.Length && text[i] is ' ' or '\t') i++;
            if (i >= text.Length || text[i] != '=') continue;
            i++;
            while (i < text.Length && text[i] is ' ' or '\t' or '"' or '\'') i++;
            var start = i;
            while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '-' or '_' or ':' or '.')) i++;
            if (i > start) return text[start..i];
        }
        if (text.StartsWith("<?xml", StringComparison.Ordinal))
        {
            var end = text.IndexOf("?>", StringComparison.Ordinal);
            var enc = end > 0 ? text.IndexOf("encoding=", 0, end, StringComparison.Ordinal) : -1;
            if (enc > 0)
            {
                var start = enc + "encoding=".Length + 1;
                var stop = start < end ? text.IndexOfAny(['"', '\''], start, end - start) : -1;
                if (stop > start) return text[start..stop];
            }
        }
        return null;
    }
}
