using Storyline.Articles;

namespace Storyline.Tests.Articles;

public class ArticleNormalizationTests
{
    private static Article Make(string title, string body) => new("a", title, null, null, null, body, null, null, "-");

    [Fact]
    public void Treebank_tokenized_articles_read_as_ordinary_text()
    {
        var normalized = ArticleNormalization.Normalize(Make("Egypt 's army -LRB- SCAF -RRB- speaks", "The army -LRB- SCAF -RRB- said `` no '' .\nProtests go on ."));
        Assert.Equal("Egypt's army (SCAF) speaks", normalized.Title);
        Assert.Equal("The army (SCAF) said \"no\".\nProtests go on.", normalized.Body);
    }

    [Fact]
    public void Ordinary_articles_keep_their_spacing()
    {
        var article = Make("Egypt's army speaks", "The army said no.\nProtests go on.");
        Assert.Same(article, ArticleNormalization.Normalize(article));
    }
}
