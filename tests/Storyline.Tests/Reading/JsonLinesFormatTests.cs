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
}
