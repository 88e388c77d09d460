using Storyline.Articles;
using Storyline.Reading;

namespace Storyline.Tests.Reading;

public class SeedTextFormatTests
{
    [Fact]
    public void A_date_line_gives_the_published_date_and_the_dek()
    {
        var article = SeedTextFormat.Parse("a", " date 2021-09-29 The dek line.\n\nFirst paragraph.\n\nSecond.", "h", "a.txt").Article!;
        Assert.Equal("2021-09-29", article.Published.ToString());
        Assert.Equal(PublishedBasis.Header, article.Basis);
        Assert.Null(article.Title);
        Assert.Equal("The dek line.", article.Dek);
        Assert.Equal("First paragraph.\n\nSecond.", article.Body);
    }

    [Fact]
    public void A_title_may_be_followed_by_a_one_line_dek()
    {
        var article = SeedTextFormat.Parse("a", "Headline Here\n\nA short dek.\n\nBody one.\nstill body.\n\nBody two.", "h", "a.txt").Article!;
        Assert.Equal("Headline Here", article.Title);
        Assert.Equal("A short dek.", article.Dek);
        Assert.StartsWith("Body one.", article.Body);
        Assert.Null(article.Published);
    }

    [Fact]
    public void A_long_second_paragraph_is_body_not_dek()
    {
        var longParagraph = string.Join(' ', Enumerable.Repeat("Words of a long opening paragraph.", 12));
        var article = SeedTextFormat.Parse("a", $"Headline\n\n{longParagraph}\n\nMore.", "h", "a.txt").Article!;
        Assert.Null(article.Dek);
        Assert.StartsWith("Words of", article.Body);
    }

    [Fact]
    public void Whitespace_only_text_is_a_failure_with_a_reason()
    {
        var result = SeedTextFormat.Parse("a", "  \n \n", "h", "a.txt");
        Assert.False(result.IsSuccess);
        Assert.Equal("a.txt", result.Failure!.Origin);
    }
}
