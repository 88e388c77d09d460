using Storyline.Pipeline;
using Storyline.Reading;

namespace Storyline.Tests.Pipeline;

public class AnalysesTests
{
    private static Storyline.Storage.CorpusAnalysis Analyze(Analyses analyses)
    {
        var articles = new ArticleReader(ArticleReader.DefaultFormats()).Read([Seeds.Folder])
            .Select(r => Storyline.Articles.ArticleNormalization.Normalize(r.Article!)).ToArray();
        return new CorpusAnalyzer(new StorylineOptions { Analyses = analyses }).Analyze(articles);
    }

    [Fact]
    public void Events_alone_give_the_same_events_without_the_other_analyses()
    {
        var all = Analyze(Analyses.All);
        var events = Analyze(Analyses.None);
        Assert.Equal(all.Events.Select(e => string.Join(",", e.ArticleIds)), events.Events.Select(e => string.Join(",", e.ArticleIds)));
        Assert.Empty(events.Entities);
        Assert.Empty(events.Quotes);
        Assert.Empty(events.Facts);
        Assert.Empty(events.Storylines);
        Assert.NotEmpty(all.Entities);
        Assert.Single(all.Storylines);
    }

    [Fact]
    public void Storylines_bring_the_dates_and_entities_they_need()
    {
        Assert.Equal(Analyses.All, AnalysesNames.TryParse("storylines", out _));
        Assert.Equal(Analyses.Dates | Analyses.Entities, AnalysesNames.TryParse("events, dates,ENTITIES", out _));
        Assert.Equal(Analyses.None, AnalysesNames.TryParse("events", out _));
    }

    [Fact]
    public void An_unknown_analysis_is_named()
    {
        Assert.Null(AnalysesNames.TryParse("dates,sentiment", out var error));
        Assert.Contains("'sentiment'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_without_entities_still_give_the_timeline_facts()
    {
        var dates = Analyze(Analyses.Dates);
        Assert.NotEmpty(dates.Facts);
        Assert.Empty(dates.Claims);
    }
}
