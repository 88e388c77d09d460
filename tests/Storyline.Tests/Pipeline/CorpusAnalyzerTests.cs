using Storyline.Pipeline;
using Storyline.Reading;

namespace Storyline.Tests.Pipeline;

public class CorpusAnalyzerTests
{
    private static Storyline.Articles.Article Seed(string id) => new ArticleReader(ArticleReader.DefaultFormats()).Read([Seeds.Folder])
        .Select(r => Storyline.Articles.ArticleNormalization.Normalize(r.Article!))
        .Single(a => a.Id == id);

    [Fact]
    public void A_prepared_article_keeps_its_quotes_but_no_copy_of_its_text()
    {
        var article = Seed(Seeds.Ceremony);

        var prepared = new CorpusAnalyzer(new StorylineOptions { Analyses = Analyses.Entities }).Prepare(article);

        Assert.Contains(prepared.Quotes, q => q.Text.StartsWith("To the son we almost had", StringComparison.Ordinal));
        Assert.NotEmpty(prepared.Entities.Entities);
        Assert.Null(prepared.Entities.QuoteSpans);
    }

    [Fact]
    public void Corrections_are_looked_for_only_with_the_storylines_they_are_found_within()
    {
        var article = Seed(Seeds.Birthday);

        var entitiesOnly = new CorpusAnalyzer(new StorylineOptions { Analyses = Analyses.Entities }).Prepare(article).Findings!;
        var all = new CorpusAnalyzer(new StorylineOptions { Analyses = Analyses.All }).Prepare(article).Findings!;

        Assert.NotEmpty(entitiesOnly.Claims);
        Assert.Empty(entitiesOnly.Corrections);
        Assert.Null(entitiesOnly.Sentences);
        Assert.Contains(all.Corrections, c => c.Kind == "correction");
        Assert.NotNull(all.Sentences);
    }

    [Fact]
    public void A_dated_article_keeps_its_mentions_only_when_storylines_will_read_them()
    {
        var article = Seed(Seeds.Birthday);

        var entitiesOnly = new CorpusAnalyzer(new StorylineOptions { Analyses = Analyses.Entities }).Prepare(article);
        var all = new CorpusAnalyzer(new StorylineOptions { Analyses = Analyses.All }).Prepare(article);

        Assert.NotNull(entitiesOnly.Findings);
        Assert.Empty(entitiesOnly.Entities.Mentions);
        Assert.Equal(all.Entities.Entities.Select(e => (e.Name, e.Type, e.MentionCount)), entitiesOnly.Entities.Entities.Select(e => (e.Name, e.Type, e.MentionCount)));
        Assert.NotEmpty(all.Entities.Mentions);
    }

    [Fact]
    public void An_undated_article_keeps_its_mentions_for_the_study_its_inferred_date_brings()
    {
        var article = Seed(Seeds.Birthday) with { Published = null };

        var prepared = new CorpusAnalyzer(new StorylineOptions { Analyses = Analyses.Entities }).Prepare(article);

        Assert.Null(prepared.Findings);
        Assert.NotEmpty(prepared.Entities.Mentions);
    }
}
