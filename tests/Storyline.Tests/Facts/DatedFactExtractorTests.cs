using Storyline.Articles;
using Storyline.Facts;
using Storyline.Time;

namespace Storyline.Tests.Facts;

public class DatedFactExtractorTests
{
    private static readonly DatedFactExtractor Extractor = DatedFactExtractor.Default;
    private static readonly PartialDate Published = new(2022, 5, 18);

    private static IReadOnlyList<DatedFact> Facts(string body, PartialDate? published = null, string? title = null) =>
        Extractor.Extract(new Article("a", title, null, null, null, body, null, null, "-"), published ?? Published);

    [Fact]
    public void Extractor_makes_a_fact_of_each_sentence_with_a_resolved_date()
    {
        var facts = Facts("The mayor took office on Jan. 4, 2021. He resigned on Tuesday after a dispute over the budget. Aides were not surprised.");
        Assert.Equal(2, facts.Count);
        Assert.Equal(new PartialDate(2021, 1, 4), facts[0].Date);
        Assert.Equal("The mayor took office on Jan. 4, 2021.", facts[0].Sentence);
        Assert.False(facts[0].IsRelative);
        Assert.Equal(new PartialDate(2022, 5, 17), facts[1].Date);
        Assert.Equal("Tuesday", facts[1].Expression);
        Assert.Equal("2022-05-17", facts[1].TimexValue);
        Assert.Equal(1, facts[1].SentenceIndex);
        Assert.True(facts[1].IsRelative);
    }

    [Fact]
    public void Extractor_skips_durations_sets_and_vague_references()
    {
        Assert.Empty(Facts("The talks lasted 10 days. The council meets every week. Prices are rising now. Recently, things changed."));
    }

    [Fact]
    public void Extractor_skips_relative_dates_inside_quotes_but_keeps_absolute_ones()
    {
        var facts = Facts("\u201CA year ago I lost everything,\u201D he said. \u201CIn 2019 I was rich,\u201D he added. \"Yesterday was hard,\" she said.");
        var fact = Assert.Single(facts);
        Assert.Equal(new PartialDate(2019), fact.Date);
    }

    [Fact]
    public void Extractor_keeps_a_relative_date_resolved_in_narration()
    {
        var fact = Assert.Single(Facts("A year ago, the mayor lost the election."));
        Assert.Equal(new PartialDate(2021), fact.Date);
    }

    [Fact]
    public void Extractor_keeps_today_in_narration_as_the_day_of_the_report()
    {
        var fact = Assert.Single(Facts("The company announced today that it will close the plant."));
        Assert.Equal(Published, fact.Date);
        Assert.Empty(Facts("\"We close the plant today,\" the company said."));
    }

    [Fact]
    public void Extractor_skips_references_to_the_current_period()
    {
        Assert.Empty(Facts("This year, the city welcomed more tourists. Crime fell this month."));
        var fact = Assert.Single(Facts("The city welcomed more tourists last year."));
        Assert.Equal(new PartialDate(2021), fact.Date);
    }

    [Fact]
    public void Extractor_anchors_later_to_the_last_mentioned_date()
    {
        var facts = Facts("Back in 2015, the company was founded. Two years later, it went public.");
        Assert.Equal([new PartialDate(2015), new PartialDate(2017)], facts.Select(f => f.Date));
    }

    [Fact]
    public void Extractor_makes_one_fact_per_sentence_and_date_and_keeps_the_most_precise()
    {
        var facts = Facts("The plant closed in 2020, on Sept. 30, 2020, and on Sept. 30, 2020 the workers left.");
        var fact = Assert.Single(facts);
        Assert.Equal(new PartialDate(2020, 9, 30), fact.Date);
    }

    [Fact]
    public void Extractor_against_a_month_trusts_no_relative_day()
    {
        var facts = Facts("The mayor resigned on Tuesday. He took office on Jan. 4, 2021. Last year he won the vote.", new PartialDate(2022, 5));
        Assert.Equal([new PartialDate(2021, 1, 4), new PartialDate(2021)], facts.Select(f => f.Date));
    }

    [Fact]
    public void Extractor_without_a_published_date_keeps_absolute_dates_only()
    {
        var article = new Article("a", null, null, null, null, "The mayor resigned on Tuesday. He took office on Jan. 4, 2021.", null, null, "-");
        var fact = Assert.Single(Extractor.Extract(article));
        Assert.Equal(new PartialDate(2021, 1, 4), fact.Date);
    }

    [Fact]
    public void Extractor_leaves_out_a_dateline_and_a_seed_header_left_in_the_text()
    {
        Assert.Empty(Facts("Updated: May 18, 2022\n\nThe mayor resigned after a dispute over the budget."));
        Assert.Empty(Facts("date 2022-05-18 The mayor resigned\n\nThe mayor resigned after a dispute over the budget."));
        var fact = Assert.Single(Facts("NEW YORK, May 18, 2022 \u2014 The mayor, who took office on Jan. 4, 2021, resigned."));
        Assert.Equal(new PartialDate(2021, 1, 4), fact.Date);
    }

    [Fact]
    public void Extractor_leaves_out_time_stamps_of_posts_and_comments()
    {
        var facts = Facts("The protest began on Jan. 25, 2011 in Cairo.\nJanuary 28, 2011 at 12:32 pm | Reply\nWhat will the U.S. do?\nJanuary 26, 2011 | By Jane Doe, CNN\nPosted Jan. 29, 2011 4:10 PM EST\nJanuary 30, 2011 09:05 pm at 9:05 pm | Good.\nThe army deployed on Jan. 28, 2011 at 6 p.m., witnesses said.");
        Assert.Equal(["2011-01-25", "2011-01-28"], facts.Select(f => f.Date.ToString()));
        Assert.Contains("army deployed", facts[1].Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Extractor_reads_the_title_and_gives_offsets_into_the_full_text()
    {
        var article = new Article("a", "Mayor quits on Tuesday", "A dispute over the budget", null, null, "The mayor took office on Jan. 4, 2021.", null, null, "-");
        var facts = Extractor.Extract(article, Published);
        Assert.Equal(2, facts.Count);
        Assert.All(facts, f => Assert.Equal(f.Sentence, article.FullText.Substring(f.SentenceStart, f.Sentence.Length)));
        Assert.Equal("Mayor quits on Tuesday", facts[0].Sentence);
    }

    [Fact]
    public void Extractor_returns_nothing_for_empty_or_timeless_text()
    {
        Assert.Empty(Facts(""));
        Assert.Empty(Facts("   \n\n  "));
        Assert.Empty(Facts("The cat sat on the mat."));
    }
}
