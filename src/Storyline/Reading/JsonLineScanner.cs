using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Storyline.Reading;

/// <summary>Where a key's value sits in a line: its token kind, the token start and the raw (still escaped) value length.</summary>
internal struct JsonValueSpan
{
    /// <summary>String, Number, or another kind that no field takes; None when the key was absent.</summary>
    public JsonTokenType Kind;
    /// <summary>The token's first byte: the opening quote of a string.</summary>
    public int Start;
    /// <summary>The value's length without quotes, escapes as written.</summary>
    public int Length;
    /// <summary>True when the string holds a backslash escape.</summary>
    public bool Escaped;
}

/// <summary>
/// A fast scan of one JSON object line for the top-level values of given keys. Utf8JsonReader checks a string
/// byte by byte once it has met an escape, and article text is full of escaped newlines; this scan jumps from
/// one quote, backslash or control byte to the next. It accepts only plain well-formed JSON — a strict subset of
/// what Utf8JsonReader accepts — and answers false for anything else (malformed lines, escaped keys, deep nesting,
/// a root that is not an object), which the caller then reads with Utf8JsonReader for the exact verdict and message.
/// </summary>
internal static class JsonLineScanner
{
    // Far below the reader's limit of 64, so that whatever this scan accepts the reader accepts too.
    private const int MaxDepth = 32;
    private const int UnicodeEscapeDigits = 4;
    private const int FirstSurrogate = 0xD800, LastSurrogate = 0xDFFF;

    // Bytes that end a run of plain string content: the closing quote, an escape, or a control byte that JSON forbids.
    private static readonly SearchValues<byte> StringStops = SearchValues.Create(
        "\"\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"u8);

    /// <summary>
    /// Fills <paramref name="found"/> (indexed like <see cref="JsonFieldKeys.Utf8"/>) with each key's last top-level
    /// value; false when the line is not plain well-formed JSON with an object root.
    /// </summary>
    public static bool TryScan(ReadOnlySpan<byte> line, JsonFieldKeys keys, Span<JsonValueSpan> found)
    {
        var i = SkipSpace(line, 0);
        if (i >= line.Length || line[i] != (byte)'{') return false;
        i = SkipSpace(line, i + 1);
        if (i < line.Length && line[i] == (byte)'}') return SkipSpace(line, i + 1) == line.Length;
        while (true)
        {
            if (i >= line.Length || line[i] != (byte)'"' || !TryString(line, i, out var nameEnd, out var nameEscaped) || nameEscaped) return false;
            var key = keys.Match(line[(i + 1)..nameEnd]);
            i = SkipSpace(line, nameEnd + 1);
            if (i >= line.Length || line[i] != (byte)':') return false;
            i = SkipSpace(line, i + 1);
            var start = i;
            if (i >= line.Length) return false;
            JsonValueSpan value;
            if (line[i] == (byte)'"')
            {
                if (!TryString(line, i, out var end, out var escaped)) return false;
                value = new JsonValueSpan { Kind = JsonTokenType.String, Start = start, Length = end - start - 1, Escaped = escaped };
                i = end + 1;
            }
            else if (IsNumberStart(line[i]))
            {
                if (!TryNumber(line, i, out var end)) return false;
                value = new JsonValueSpan { Kind = JsonTokenType.Number, Start = start, Length = end - start };
                i = end;
            }
            else
            {
                if (!TrySkipValue(line, ref i, 1)) return false;
                value = new JsonValueSpan { Kind = JsonTokenType.Null };
            }
            if (key >= 0) found[key] = value;
            i = SkipSpace(line, i);
            if (i >= line.Length) return false;
            if (line[i] == (byte)'}') return SkipSpace(line, i + 1) == line.Length;
            if (line[i] != (byte)',') return false;
            i = SkipSpace(line, i + 1);
        }
    }

    /// <summary>
    /// Valid UTF-8 as a string, with white space trimmed from both ends when <paramref name="trim"/> is set: trimming
    /// before the string is made spares a second copy of a whole article body.
    /// </summary>
    public static string Decode(ReadOnlySpan<byte> utf8, bool trim)
    {
        if (!trim) return Encoding.UTF8.GetString(utf8);
        // UTF-8 never takes fewer bytes than UTF-16 takes chars.
        var chars = ArrayPool<char>.Shared.Rent(utf8.Length);
        try
        {
            var length = Encoding.UTF8.GetChars(utf8, chars);
            return new string(chars.AsSpan(0, length).Trim());
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>
    /// The string value <paramref name="raw"/> (between the quotes, escapes as written) unescaped; false when it holds
    /// an escaped surrogate, which the caller leaves to Utf8JsonReader and its own rules for unpaired halves.
    /// </summary>
    public static bool TryUnescape(ReadOnlySpan<byte> raw, bool trim, out string value)
    {
        value = "";
        var bytes = ArrayPool<byte>.Shared.Rent(raw.Length);
        try
        {
            var length = 0;
            while (true)
            {
                var slash = raw.IndexOf((byte)'\\');
                if (slash < 0)
                {
                    raw.CopyTo(bytes.AsSpan(length));
                    length += raw.Length;
                    break;
                }
                raw[..slash].CopyTo(bytes.AsSpan(length));
                length += slash;
                var escape = raw[slash + 1];
                if (escape == (byte)'u')
                {
                    var code = ParseHex(raw.Slice(slash + 2, UnicodeEscapeDigits));
                    if (code is >= FirstSurrogate and <= LastSurrogate) return false;
                    length += new Rune(code).EncodeToUtf8(bytes.AsSpan(length));
                    raw = raw[(slash + 2 + UnicodeEscapeDigits)..];
                    continue;
                }
                bytes[length++] = escape switch
                {
                    (byte)'n' => (byte)'\n',
                    (byte)'t' => (byte)'\t',
                    (byte)'r' => (byte)'\r',
                    (byte)'b' => (byte)'\b',
                    (byte)'f' => (byte)'\f',
                    _ => escape, // the scan let only \" \\ and \/ through besides these
                };
                raw = raw[(slash + 2)..];
            }
            value = Decode(bytes.AsSpan(0, length), trim);
            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    // A string whose opening quote is at start: where its closing quote is, and whether it holds escapes.
    private static bool TryString(ReadOnlySpan<byte> line, int start, out int end, out bool escaped)
    {
        escaped = false;
        var i = start + 1;
        while (true)
        {
            end = -1;
            var stop = line[i..].IndexOfAny(StringStops);
            if (stop < 0) return false;
            i += stop;
            var b = line[i];
            if (b == (byte)'"')
            {
                end = i;
                return true;
            }
            if (b != (byte)'\\' || i + 1 >= line.Length) return false;
            escaped = true;
            switch (line[i + 1])
            {
                case (byte)'"' or (byte)'\\' or (byte)'/' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t':
                    i += 2;
                    break;
                case (byte)'u':
                    if (i + 2 + UnicodeEscapeDigits > line.Length) return false;
                    foreach (var h in line.Slice(i + 2, UnicodeEscapeDigits))
                        if (!char.IsAsciiHexDigit((char)h)) return false;
                    i += 2 + UnicodeEscapeDigits;
                    break;
                default:
                    return false;
            }
        }
    }

    private static bool IsNumberStart(byte b) => b == (byte)'-' || char.IsAsciiDigit((char)b);

    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? ; what follows is checked by the caller.
    private static bool TryNumber(ReadOnlySpan<byte> line, int start, out int end)
    {
        var i = start;
        if (line[i] == (byte)'-') i++;
        if (i >= line.Length || !char.IsAsciiDigit((char)line[i])) { end = i; return false; }
        if (line[i] == (byte)'0') i++;
        else i = Digits(line, i);
        if (i < line.Length && line[i] == (byte)'.')
        {
            var after = Digits(line, i + 1);
            if (after == i + 1) { end = i; return false; }
            i = after;
        }
        if (i < line.Length && (line[i] | 0x20) == (byte)'e')
        {
            i++;
            if (i < line.Length && (line[i] == (byte)'+' || line[i] == (byte)'-')) i++;
            var after = Digits(line, i);
            if (after == i) { end = i; return false; }
            i = after;
        }
        end = i;
        return true;
    }

    private static int Digits(ReadOnlySpan<byte> line, int i)
    {
        while (i < line.Length && char.IsAsciiDigit((char)line[i])) i++;
        return i;
    }

    // Any value at i (depth counts the enclosing containers), leaving i after it.
    private static bool TrySkipValue(ReadOnlySpan<byte> line, ref int i, int depth)
    {
        if (i >= line.Length) return false;
        switch (line[i])
        {
            case (byte)'"':
                if (!TryString(line, i, out var end, out _)) return false;
                i = end + 1;
                return true;
            case (byte)'{' or (byte)'[':
                return TrySkipContainer(line, ref i, depth + 1);
            case (byte)'t': return TryLiteral(line, ref i, "true"u8);
            case (byte)'f': return TryLiteral(line, ref i, "false"u8);
            case (byte)'n': return TryLiteral(line, ref i, "null"u8);
            default:
                if (!IsNumberStart(line[i]) || !TryNumber(line, i, out var numberEnd)) return false;
                i = numberEnd;
                return true;
        }
    }

    private static bool TrySkipContainer(ReadOnlySpan<byte> line, ref int i, int depth)
    {
        if (depth > MaxDepth) return false;
        var isObject = line[i] == (byte)'{';
        var close = isObject ? (byte)'}' : (byte)']';
        i = SkipSpace(line, i + 1);
        if (i < line.Length && line[i] == close)
        {
            i++;
            return true;
        }
        while (true)
        {
            if (isObject)
            {
                if (i >= line.Length || line[i] != (byte)'"' || !TryString(line, i, out var nameEnd, out _)) return false;
                i = SkipSpace(line, nameEnd + 1);
                if (i >= line.Length || line[i] != (byte)':') return false;
                i = SkipSpace(line, i + 1);
            }
            if (!TrySkipValue(line, ref i, depth)) return false;
            i = SkipSpace(line, i);
            if (i >= line.Length) return false;
            if (line[i] == close)
            {
                i++;
                return true;
            }
            if (line[i] != (byte)',') return false;
            i = SkipSpace(line, i + 1);
        }
    }

    private static bool TryLiteral(ReadOnlySpan<byte> line, ref int i, ReadOnlySpan<byte> literal)
    {
        if (!line[i..].StartsWith(literal)) return false;
        i += literal.Length;
        return true;
    }

    // JSON white space; a line holds no CR or LF, but the scan does not rely on that.
    private static int SkipSpace(ReadOnlySpan<byte> line, int i)
    {
        while (i < line.Length && line[i] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r') i++;
        return i;
    }

    private static int ParseHex(ReadOnlySpan<byte> digits)
    {
        var code = 0;
        foreach (var d in digits) code = (code << 4) | HexValue(d);
        return code;
    }

    private static int HexValue(byte d) => d <= (byte)'9' ? d - '0' : (d | 0x20) - 'a' + 10;
}
