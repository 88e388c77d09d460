using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Storyline.Articles;
using Storyline.Time;

namespace Storyline.Reading;

/// <summary>JSON Lines: one article object per line; a bad line is reported with its number and the rest is read.</summary>
public sealed class JsonLinesFormat(JsonFieldMap fields) : IArticleFormat
{
    // How lines were decoded before they were parsed as bytes: bad bytes become U+FFFD, never an error.
    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];
    // Byte order marks that StreamReader would take as UTF-16 or UTF-32 (UTF-32 LE starts like UTF-16 LE).
    private static ReadOnlySpan<byte> Utf16BigEndianBom => [0xFE, 0xFF];
    private static ReadOnlySpan<byte> Utf16LittleEndianBom => [0xFF, 0xFE];
    private static ReadOnlySpan<byte> Utf32BigEndianBom => [0x00, 0x00, 0xFE, 0xFF];
    private const int LongestBom = 4;
    // The ASCII white space that can occur inside a line (CR and LF end it).
    private static readonly System.Buffers.SearchValues<byte> AsciiBlanks = System.Buffers.SearchValues.Create(" \t\v\f"u8);

    private readonly JsonFieldKeys keys = new(fields);

    /// <summary>A reader with the default field names.</summary>
    public JsonLinesFormat() : this(new JsonFieldMap()) { }

    /// <inheritdoc />
    public string Name => "jsonl";

    /// <inheritdoc />
    public bool Accepts(string fileName, ReadOnlySpan<byte> head)
    {
        var ext = Path.GetExtension(fileName).ToLowerInvariant();
        if (ext is ".jsonl" or ".ndjson" or ".json") return true;
        var trimmed = head.TrimStart((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF, (byte)' ', (byte)'\n', (byte)'\r', (byte)'\t']);
        return !trimmed.IsEmpty && trimmed[0] == (byte)'{' && ext is not (".txt" or ".text");
    }

    /// <inheritdoc />
    public IEnumerable<ReadResult> Read(ArticleInput input)
    {
        // Lines are parsed from their bytes: no line string, no document tree, one copy of each field. The input is
        // opened only when enumerated, so that opening and reading errors reach the reader's guard.
        var lineNumber = 0;
        var any = false;
        bool wide;
        using (var stream = input.Open())
        {
            var lines = new Utf8LineReader(stream);
            wide = !StartsAsUtf8(lines);
            while (!wide)
            {
                var result = NextLine(lines, input, ref lineNumber, ref any, out var done);
                if (done) break;
                if (result is { } r) yield return r;
            }
        }
        if (wide)
        {
            foreach (var r in ReadWideText(input)) yield return r;
            yield break;
        }
        if (!any) yield return ReadResult.Fail(input.Origin, "empty file (no JSON lines)");
    }

    // False for a UTF-16 or UTF-32 byte order mark; skips a UTF-8 one, as StreamReader would.
    private static bool StartsAsUtf8(Utf8LineReader lines)
    {
        var head = lines.Peek(LongestBom);
        if (head.StartsWith(Utf16BigEndianBom) || head.StartsWith(Utf16LittleEndianBom) || head.StartsWith(Utf32BigEndianBom)) return false;
        if (head.StartsWith(Utf8Bom)) lines.Skip(Utf8Bom.Length);
        return true;
    }

    // One line: null for a blank one. Separate from the iterator because spans cannot live across a yield.
    private ReadResult? NextLine(Utf8LineReader lines, ArticleInput input, ref int lineNumber, ref bool any, out bool done)
    {
        done = !lines.TryReadLine(out var line);
        if (done) return null;
        lineNumber++;
        if (!Utf8.IsValid(line))
        {
            // Bytes that are not UTF-8 were read as U+FFFD, so such a line is parsed as that text.
            var text = LenientUtf8.GetString(line);
            if (string.IsNullOrWhiteSpace(text)) return null;
            any = true;
            return ParseLine(text, Origin(input, lineNumber), FallbackId(input, lineNumber));
        }
        if (IsBlank(line)) return null;
        any = true;
        return ParseUtf8(line, Origin(input, lineNumber), FallbackId(input, lineNumber));
    }

    private static string Origin(ArticleInput input, int lineNumber) => $"{input.Origin}:{lineNumber}";

    private static string FallbackId(ArticleInput input, int lineNumber) => $"{input.DefaultId}#{lineNumber}";

    // Text with a UTF-16 or UTF-32 byte order mark: decoded as text, line by line.
    private IEnumerable<ReadResult> ReadWideText(ArticleInput input)
    {
        using var reader = new StreamReader(input.Open(), LenientUtf8, detectEncodingFromByteOrderMarks: true);
        var lineNumber = 0;
        var any = false;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            any = true;
            yield return ParseLine(line, Origin(input, lineNumber), FallbackId(input, lineNumber));
        }
        if (!any) yield return ReadResult.Fail(input.Origin, "empty file (no JSON lines)");
    }

    // string.IsNullOrWhiteSpace on the decoded line: ASCII is decided here, anything else by decoding the line.
    private static bool IsBlank(ReadOnlySpan<byte> line)
    {
        var first = line.IndexOfAnyExcept(AsciiBlanks);
        if (first < 0) return true;
        if (line[first] < 0x80) return false;
        return string.IsNullOrWhiteSpace(Encoding.UTF8.GetString(line));
    }

    /// <summary>Parses one JSON object into an article.</summary>
    public ReadResult ParseLine(string line, string origin, string fallbackId)
        => ParseUtf8(Encoding.UTF8.GetBytes(line), origin, fallbackId);

    // Keys a field map has at most, for the stack buffer; a longer map uses the heap.
    private const int StackKeys = 32;

    /// <summary>Parses one line of valid UTF-8 holding a JSON object into an article.</summary>
    internal ReadResult ParseUtf8(ReadOnlySpan<byte> line, string origin, string fallbackId)
    {
        var count = keys.Utf8.Length;
        Span<JsonValueSpan> found = count <= StackKeys ? stackalloc JsonValueSpan[StackKeys] : new JsonValueSpan[count];
        found = found[..count];
        found.Clear();
        if (!JsonLineScanner.TryScan(line, keys, found) && ReadExactly(line, found, origin) is { } failure) return failure;
        try
        {
            return ToArticle(line, found, origin, fallbackId);
        }
        catch (InvalidOperationException)
        {
            // The reader parses "\ud800" alone, but no string can hold half a surrogate pair: the line fails, the run goes on.
            return ReadResult.Fail(origin, "malformed JSON (a string escapes half of a surrogate pair)");
        }
    }

    private ReadResult ToArticle(ReadOnlySpan<byte> line, ReadOnlySpan<JsonValueSpan> found, string origin, string fallbackId)
    {
        // Trimmed as it is decoded: white space only is then the empty string.
        var text = Get(line, found, JsonFieldKeys.Text, trim: true);
        if (string.IsNullOrEmpty(text))
            return ReadResult.Fail(origin, $"no article text (looked for {string.Join(", ", fields.Text)})");
        var id = Get(line, found, JsonFieldKeys.Id) ?? fallbackId;
        PartialDate? published = null;
        var dateText = Get(line, found, JsonFieldKeys.Date);
        if (dateText is not null && TryParseDate(dateText, out var date)) published = date;
        var article = new Article(id, Get(line, found, JsonFieldKeys.Title), Get(line, found, JsonFieldKeys.Dek),
            Get(line, found, JsonFieldKeys.Source), Get(line, found, JsonFieldKeys.Url),
            text, published, published is null ? null : PublishedBasis.Metadata, ContentHash.Of(line)) { Origin = origin };
        if (dateText is not null && published is null)
            article = article with { Notes = [$"date '{dateText}' not understood"] };
        return ReadResult.Success(article);
    }

    // The reader's verdict on a line the fast scan turned down: null when it is an object after all (its values then
    // in found), else the failure with the reader's own message.
    private ReadResult? ReadExactly(ReadOnlySpan<byte> line, Span<JsonValueSpan> found, string origin)
    {
        found.Clear();
        var reader = new Utf8JsonReader(line);
        bool isObject;
        try
        {
            // The whole line is read before anything is judged, so a malformed line is reported as malformed
            // whatever its root is.
            reader.Read();
            isObject = reader.TokenType == JsonTokenType.StartObject;
            while (reader.Read())
            {
                if (!isObject || reader.CurrentDepth != 1 || reader.TokenType != JsonTokenType.PropertyName) continue;
                var key = keys.Match(ref reader);
                reader.Read();
                if (key >= 0)
                {
                    found[key] = new JsonValueSpan
                    {
                        Kind = reader.TokenType,
                        Start = (int)reader.TokenStartIndex,
                        Length = reader.ValueSpan.Length,
                        Escaped = reader.ValueIsEscaped,
                    };
                }
            }
        }
        catch (JsonException e)
        {
            return ReadResult.Fail(origin, $"malformed JSON ({FirstSentence(e.Message)})");
        }
        return isObject ? null : ReadResult.Fail(origin, "a JSON line must be an object");
    }

    /// <summary>ISO dates at any precision, ISO and RFC 1123 date-times, and Unix seconds.</summary>
    public static bool TryParseDate(string text, out PartialDate date)
    {
        if (PartialDate.TryParse(text, out date)) return true;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var dto))
        {
            date = PartialDate.FromDateOnly(DateOnly.FromDateTime(dto.UtcDateTime));
            return true;
        }
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds is > 0 and < 32503680000)
        {
            date = PartialDate.FromDateOnly(DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime));
            return true;
        }
        return false;
    }

    // The field's first key whose (last) value is a string or a number: a string unescaped, a number as written;
    // trimmed of white space at both ends when asked.
    private string? Get(ReadOnlySpan<byte> line, ReadOnlySpan<JsonValueSpan> found, int field, bool trim = false)
    {
        foreach (var key in keys.Fields[field])
        {
            var value = found[key];
            switch (value.Kind)
            {
                case JsonTokenType.String:
                    if (!value.Escaped) return JsonLineScanner.Decode(line.Slice(value.Start + 1, value.Length), trim);
                    if (JsonLineScanner.TryUnescape(line.Slice(value.Start + 1, value.Length), trim, out var unescaped)) return unescaped;
                    // An escaped surrogate: the token with its quotes is read again on its own, so that unpaired halves
                    // fare as they do in the reader.
                    var token = new Utf8JsonReader(line.Slice(value.Start, value.Length + 2));
                    token.Read();
                    return trim ? token.GetString()!.Trim() : token.GetString();
                case JsonTokenType.Number:
                    // A number token holds no white space, so there is nothing to trim.
                    return Encoding.UTF8.GetString(line.Slice(value.Start, value.Length));
            }
        }
        return null;
    }

    private static string FirstSentence(string message)
    {
        var dot = message.IndexOf(". ", StringComparison.Ordinal);
        return dot < 0 ? message.TrimEnd('.') : message[..dot];
    }
}
