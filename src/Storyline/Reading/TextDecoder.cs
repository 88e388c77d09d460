using System.Text;

namespace Storyline.Reading;

/// <summary>Decoded text, or why the bytes are not text.</summary>
/// <param name="Text">The text when decoding succeeded.</param>
/// <param name="Note">A remark for the user, e.g. that a legacy encoding was assumed.</param>
/// <param name="Error">Why the bytes could not be taken as text.</param>
public readonly record struct DecodeResult(string? Text, string? Note, string? Error);

/// <summary>
/// Turns raw bytes into text: UTF-8 (with or without BOM), UTF-16 by BOM, and — for bytes
/// that are not valid UTF-8 but look like text — Windows-1252, which is a superset of the
/// printable Latin-1 range. Binary content is refused rather than decoded into garbage.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Share of control characters (other than tab, CR, LF, FF) above which bytes are binary.</summary>
    public const double MaxControlShare = 0.01;

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="bytes"/>.</summary>
    public static DecodeResult Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty) return new(null, null, "empty file");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Checked(Encoding.Unicode.GetString(bytes[2..]), null);
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Checked(Encoding.BigEndianUnicode.GetString(bytes[2..]), null);

        if (bytes.IndexOf((byte)0) >= 0) return new(null, null, "binary content (contains NUL bytes)");
        try
        {
            return Checked(StrictUtf8.GetString(bytes), null);
        }
        catch (DecoderFallbackException)
        {
            var text = Encoding.GetEncoding(1252).GetString(bytes);
            return Checked(text, "not valid UTF-8; decoded as Windows-1252 (Latin-1)");
        }
    }

    private static DecodeResult Checked(string text, string? note)
    {
        if (string.IsNullOrWhiteSpace(text)) return new(null, null, "no text (only whitespace)");
        var control = 0;
        foreach (var c in text)
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')) control++;
        if (control > MaxControlShare * text.Length) return new(null, null, "binary content (control characters)");
        return new(text, note, null);
    }
}
