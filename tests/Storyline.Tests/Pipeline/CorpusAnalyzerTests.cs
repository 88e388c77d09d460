using Storyline.Pipeline;
using Storyline.Reading;

namespace Storyline.Tests.Pipeline;

public class CorpusAnalyzerTests
{
    [Fact]
    public void A_prepared_article_keeps_its_quotes_but_no_copy_of_its_text()
    {
        var article = new ArticleReader(ArticleReader.DefaultFormats()).Read([Seeds.Folder])
            .Select(r => Storyline.Articles.ArticleNormalization.Normalize(r.Article!))
            .Single(a => a.Id == Seeds.Ceremony);

        var prepared = new CorpusAnalyzer(new StorylineOptions { Analyses = Analyses.Entities }).Prepare(article);

        Assert.Contains(prepared.Quotes, q => q.Text.StartsWith("To the son we almost had", StringComparison.Ordinal));
        Assert.NotEmpty(prepared.Entities.Entities);
        Assert.Null(prepared.Entities.QuoteSpans);
    }
}
