using System.Globalization;
using System.Text;
using System.Text.Json;
using Storyline.Articles;
using Storyline.Reading;
using Storyline.Time;

namespace Storyline.Tests.Reading;

/// <summary>
/// The JSON Lines reader parses bytes with a fast scan and falls back to Utf8JsonReader; these tests hold it to
/// what a reading through StreamReader and JsonDocument gives, field by field and message by message.
/// </summary>
public class JsonLinesEquivalenceTests
{
    private static readonly JsonFieldMap Fields = new();
    private static readonly JsonLinesFormat Format = new(Fields);

    private static readonly string[] Lines =
    [
        """{"id":"a","title":"T","text":"Body.","date":"2020-01-02","url":"u","source":"s"}""",
        """{"id":"a","text":"esc \" \\ \/ \b \f \n \r \t \u0041\u00e9\u20AC\u0000 \ud83d\ude00 end"}""",
        """{"te\u0078t":"escaped key","i\u0064":"e"}""",
        """{"text":"first","text":"last","id":null,"id":"second"}""",
        """{"text":"x","text":null,"body":"body wins"}""",
        """{"id":-12.5e-3,"text":0,"date":1600000000}""",
        """{"id":"n","text":"nested","x":{"text":"inner"},"y":[{"id":"no"},true,false,null,[]]}""",
        """ { "id" : "sp" , "text" : "  padded  " , "date" : " 2021-03-04 " }  """,
        """{"id":"d","text":"x","date":"yesterday"}""",
        """{"id":"lone","text":"half \udc00 only"}""",
        "{}", "[1,2]", "[1,2", "\"s\"", "{not json", """{"text":"t"} x""", """{"text":"a"}{"text":"b"}""",
        """{"id":"c", /* c */ "text":"x"}""", """{"id":"t",}""", """{"id":"x","text":"v","v":01}""", """{"text":"x","v":1.}""",
        """{"text":"x","v":truex}""", """{"text":"x","v":nul}""", """{"text":"bad \x escape"}""", """{"text":"short \u12"}""",
        "{\"text\":\"raw\ttab\"}", """{"text":"open""", """{"text":"x" "v":1}""", """{"text":"   "}""",
        "{\"id\":\"deep\",\"text\":\"d\",\"z\":" + new string('[', 70) + new string(']', 70) + "}",
        "{\"id\":\"deep\",\"text\":\"d\",\"z\":" + new string('[', 40) + new string(']', 40) + "}",
    ];

    [Fact]
    public void Each_line_reads_as_a_JsonDocument_reading_gives()
    {
        foreach (var line in Lines) AssertSame(line);
    }

    [Fact]
    public void Mutated_lines_read_as_a_JsonDocument_reading_gives()
    {
        // Deleting, doubling or swapping in JSON punctuation makes lines that are malformed in many different ways.
        const int Mutations = 3000;
        const string Alphabet = "{}[]\":,\\ u0-.e1tfn/";
        var random = new Random(17);
        for (var m = 0; m < Mutations; m++)
        {
            var chars = Lines[random.Next(Lines.Length)].ToCharArray().ToList();
            var edits = 1 + random.Next(3);
            for (var e = 0; e < edits && chars.Count > 0; e++)
            {
                var at = random.Next(chars.Count);
                switch (random.Next(3))
                {
                    case 0: chars.RemoveAt(at); break;
                    case 1: chars.Insert(at, Alphabet[random.Next(Alphabet.Length)]); break;
                    default: chars[at] = Alphabet[random.Next(Alphabet.Length)]; break;
                }
            }
            var line = new string([.. chars]);
            if (!string.IsNullOrWhiteSpace(line)) AssertSame(line);
        }
    }

    [Fact]
    public void Lines_end_at_LF_CR_or_CRLF_and_are_numbered_as_StreamReader_numbers_them()
    {
        var text = "\uFEFF{\"id\":\"a\",\"text\":\"1\"}\r{\"text\":\"2\"}\r\n\r\n  \n{\"text\":\"3\"}\n\r{\"text\":\"4\"}\r";
        var origins = ReadAll(Encoding.UTF8.GetBytes(text)).Select(r => (r.Article?.Origin, r.Article?.Id)).ToArray();
        Assert.Equal([("f.jsonl:1", "a"), ("f.jsonl:2", "f#2"), ("f.jsonl:5", "f#5"), ("f.jsonl:7", "f#7")], origins);
    }

    [Fact]
    public void A_line_longer_than_the_read_buffer_is_read_whole()
    {
        const int Repeats = 600_000;
        var body = string.Concat(Enumerable.Repeat("abc\\n", Repeats));
        var results = ReadAll(Encoding.UTF8.GetBytes($"{{\"id\":\"big\",\"text\":\"{body}\"}}\r\n{{\"id\":\"next\",\"text\":\"y\"}}"));
        Assert.Equal(["big", "next"], results.Select(r => r.Article!.Id));
        Assert.Equal(Repeats * "abc\n".Length - 1, results[0].Article!.Body.Length);
        Assert.Equal("f.jsonl:2", results[1].Article!.Origin);
    }

    [Fact]
    public void Bytes_that_are_not_UTF8_are_read_as_replacement_characters()
    {
        byte[] line = [.. "{\"id\":\"x\",\"text\":\"caf"u8, 0xE9, .. "\"}"u8];
        var article = Assert.Single(ReadAll(line)).Article!;
        Assert.Equal("caf\uFFFD", article.Body);
        Assert.Equal(ContentHash.Of("{\"id\":\"x\",\"text\":\"caf\uFFFD\"}"), article.ContentHash);
    }

    [Fact]
    public void A_UTF16_file_with_a_byte_order_mark_is_read_as_text()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("{\"id\":\"w\",\"text\":\"wide\"}\n{bad")).ToArray();
        var results = ReadAll(bytes);
        Assert.Equal("wide", results[0].Article!.Body);
        Assert.Equal("f.jsonl:2", results[1].Failure!.Origin);
        Assert.StartsWith("malformed JSON", results[1].Failure!.Reason, StringComparison.Ordinal);
    }

    private static List<ReadResult> ReadAll(byte[] bytes)
        => Format.Read(new ArticleInput("f.jsonl", "f.jsonl", "f", () => new MemoryStream(bytes))).ToList();

    private static void AssertSame(string line)
    {
        // The old reader threw on a lone surrogate escape and ended the run; that line now fails on its own.
        var expected = Describe(() => Reference(line)) is var old && (old.StartsWith("throws Cannot read invalid UTF-16", StringComparison.Ordinal) || old.StartsWith("throws Cannot read incomplete UTF-16", StringComparison.Ordinal))
            ? "fail f:1 malformed JSON (a string escapes half of a surrogate pair)"
            : old;
        var actual = Describe(() => Format.ParseLine(line, "f:1", "f#1"));
        Assert.True(expected == actual, $"line {line}\nexpected {expected}\nactual   {actual}");
    }

    private static string Describe(Func<ReadResult> read)
    {
        try
        {
            var r = read();
            if (r.Failure is { } f) return $"fail {f.Origin} {f.Reason}";
            var a = r.Article!;
            return string.Join("|", a.Id, a.Title, a.Dek, a.Source, a.Url, a.Body, a.Published, a.Basis, a.ContentHash, a.Origin, string.Join(";", a.Notes));
        }
        catch (InvalidOperationException e)
        {
            return "throws " + e.Message;
        }
    }

    // The reading through a document tree that the byte parser replaced.
    private static ReadResult Reference(string line)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            var dot = e.Message.IndexOf(". ", StringComparison.Ordinal);
            return ReadResult.Fail("f:1", $"malformed JSON ({(dot < 0 ? e.Message.TrimEnd('.') : e.Message[..dot])})");
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return ReadResult.Fail("f:1", "a JSON line must be an object");
            var text = Get(root, Fields.Text);
            if (string.IsNullOrWhiteSpace(text)) return ReadResult.Fail("f:1", $"no article text (looked for {string.Join(", ", Fields.Text)})");
            var id = Get(root, Fields.Id) ?? "f#1";
            PartialDate? published = null;
            var dateText = Get(root, Fields.Date);
            if (dateText is not null && JsonLinesFormat.TryParseDate(dateText, out var date)) published = date;
            var article = new Article(id, Get(root, Fields.Title), Get(root, Fields.Dek), Get(root, Fields.Source), Get(root, Fields.Url),
                text.Trim(), published, published is null ? null : PublishedBasis.Metadata, ContentHash.Of(line)) { Origin = "f:1" };
            if (dateText is not null && published is null) article = article with { Notes = [string.Create(CultureInfo.InvariantCulture, $"date '{dateText}' not understood")] };
            return ReadResult.Success(article);
        }
    }

    private static string? Get(JsonElement root, IReadOnlyList<string> keys)
    {
        foreach (var key in keys)
        {
            if (!root.TryGetProperty(key, out var value)) continue;
            if (value.ValueKind == JsonValueKind.String) return value.GetString();
            if (value.ValueKind == JsonValueKind.Number) return value.GetRawText();
        }
        return null;
    }
}
