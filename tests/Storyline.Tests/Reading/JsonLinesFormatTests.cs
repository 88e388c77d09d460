using Storyline.Articles;
using Storyline.Reading;

namespace Storyline.Tests.Reading;

public class JsonLinesFormatTests
{
    private static readonly JsonLinesFormat Format = new();

    [Fact]
    public void Default_fields_are_read_with_metadata_dates()
    {
        var a = Format.ParseLine("""{"id":"x1","title":"T","body":"Text here.","published":"2020-09-30T10:00:00Z","url":"https://e.x/1","source":"Wire"}""", "f:1", "f#1").Article!;
        Assert.Equal(("x1", "T", "Text here.", "https://e.x/1", "Wire"), (a.Id, a.Title, a.Body, a.Url, a.Source));
        Assert.Equal("2020-09-30", a.Published.ToString());
        Assert.Equal(PublishedBasis.Metadata, a.Basis);
    }

    [Fact]
    public void A_field_can_be_remapped()
    {
        var format = new JsonLinesFormat(new JsonFieldMap().With("text", "article_body")!);
        var a = format.ParseLine("""{"id":"x","article_body":"Remapped text."}""", "f:1", "f#1").Article!;
        Assert.Equal("Remapped text.", a.Body);
    }

    [Theory]
    [InlineData("{not json", "malformed JSON")]
    [InlineData("[1,2]", "must be an object")]
    [InlineData("""{"id":"x","title":"no text"}""", "no article text")]
    [InlineData("""{"id":"x","body":"half a pair \ud800 here"}""", "half of a surrogate pair")]
    [InlineData("""{"id":"x","body":"text","title":"\udc00"}""", "half of a surrogate pair")]
    public void Bad_lines_fail_with_a_reason_naming_the_line(string line, string reason)
    {
        var result = Format.ParseLine(line, "dump.jsonl:7", "dump#7");
        Assert.False(result.IsSuccess);
        Assert.Equal("dump.jsonl:7", result.Failure!.Origin);
        Assert.Contains(reason, result.Failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_id_falls_back_to_the_file_and_line()
        => Assert.Equal("dump#3", Format.ParseLine("""{"text":"x"}""", "dump.jsonl:3", "dump#3").Article!.Id);

    [Fact]
    public void An_unknown_field_name_cannot_be_remapped() => Assert.Null(new JsonFieldMap().With("author", "by"));

    [Fact]
    public void A_file_with_a_lone_surrogate_escape_keeps_its_other_lines()
    {
        var path = Path.Combine(Path.GetTempPath(), $"storyline-surrogate-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(path, "{\"id\":\"a\",\"body\":\"First.\"}\n{\"id\":\"b\",\"body\":\"Bad \\ud800.\"}\n{\"id\":\"c\",\"body\":\"Third.\"}\n");
        try
        {
            var results = new ArticleReader([Format]).Read([path]).ToArray();

            Assert.Equal(["a", "c"], results.Where(r => r.IsSuccess).Select(r => r.Article!.Id));
            var failure = Assert.Single(results, r => !r.IsSuccess).Failure!;
            Assert.EndsWith(":2", failure.Origin, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
