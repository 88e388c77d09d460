using System.Globalization;
using System.Text;
using System.Text.Json;
using Storyline.Articles;
using Storyline.Time;

namespace Storyline.Reading;

/// <summary>JSON Lines: one article object per line; a bad line is reported with its number and the rest is read.</summary>
public sealed class JsonLinesFormat(JsonFieldMap fields) : IArticleFormat
{
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
        using var reader = new StreamReader(input.Open(), new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true);
        var lineNumber = 0;
        var any = false;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            any = true;
            yield return ParseLine(line, $"{input.Origin}:{lineNumber}", $"{input.DefaultId}#{lineNumber}");
        }
        if (!any) yield return ReadResult.Fail(input.Origin, "empty file (no JSON lines)");
    }

    /// <summary>Parses one JSON object into an article.</summary>
    public ReadResult ParseLine(string line, string origin, string fallbackId)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return ReadResult.Fail(origin, $"malformed JSON ({FirstSentence(e.Message)})");
        }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object) return ReadResult.Fail(origin, "a JSON line must be an object");
            var root = doc.RootElement;
            var text = Get(root, fields.Text);
            if (string.IsNullOrWhiteSpace(text))
                return ReadResult.Fail(origin, $"no article text (looked for {string.Join(", ", fields.Text)})");
            var id = Get(root, fields.Id) ?? fallbackId;
            PartialDate? published = null;
            var dateText = Get(root, fields.Date);
            if (dateText is not null && TryParseDate(dateText, out var date)) published = date;
            var article = new Article(id, Get(root, fields.Title), Get(root, fields.Dek), Get(root, fields.Source), Get(root, fields.Url),
                text.Trim(), published, published is null ? null : PublishedBasis.Metadata, ContentHash.Of(line)) { Origin = origin };
            if (dateText is not null && published is null)
                article = article with { Notes = [$"date '{dateText}' not understood"] };
            return ReadResult.Success(article);
        }
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

    private static string? Get(JsonElement root, IReadOnlyList<string> keys)
    {
        foreach (var key in keys)
        {
            if (!root.TryGetProperty(key, out var value)) continue;
            switch (value.ValueKind)
            {
                case JsonValueKind.String: return value.GetString();
                case JsonValueKind.Number: return value.GetRawText();
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
