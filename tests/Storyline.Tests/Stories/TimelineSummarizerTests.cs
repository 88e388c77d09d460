using Storyline.Stories;

namespace Storyline.Tests.Stories;

public class TimelineSummarizerTests
{
    private static readonly DateOnly March3 = new(2011, 3, 3), March9 = new(2011, 3, 9);

    private static TimelineArticle Article(string id, DateOnly published, params string[] sentences) =>
        new(id, published, string.Join("\n", sentences));

    private static List<TimelineArticle> Corpus() =>
    [
        Article("a1", new(2011, 3, 4), "Rebels seized the oil port of Brega on March 3, 2011, after heavy fighting with loyalist troops.",
            "The town had been shelled for days before the assault began."),
        Article("a2", new(2011, 3, 5), "On March 3, 2011, rebel fighters drove government forces out of the oil port of Brega.",
            "Doctors in Ajdabiya treated dozens of wounded fighters overnight."),
        Article("a3", new(2011, 3, 6), "The capture of Brega on March 3, 2011 gave the rebels control of a key oil terminal.",
            "Foreign workers were evacuated by ship from Benghazi."),
        Article("a4", new(2011, 3, 10), "Diplomats met in Paris on March 9, 2011 to discuss a no-fly zone over Libya.",
            "Rebels said they still held Brega, which they took on March 3, 2011 after a long battle."),
    ];

    [Fact]
    public void The_date_most_articles_refer_to_is_chosen_first()
    {
        var timeline = TimelineSummarizer.Default.Summarize(Corpus(), new TimelineRequest(1, 1));
        Assert.Null(timeline.Problem);
        var entry = Assert.Single(timeline.Entries);
        Assert.Equal(March3, entry.Date);
        Assert.Contains("Brega", entry.Sentences[0].Text);
        Assert.True(entry.Sentences[0].MentionsDate);
    }

    [Fact]
    public void Dates_outside_the_requested_span_are_never_chosen()
    {
        var timeline = TimelineSummarizer.Default.Summarize(Corpus(), new TimelineRequest(3, 1, Start: new(2011, 3, 7)));
        Assert.NotEmpty(timeline.Entries);
        Assert.All(timeline.Entries, e => Assert.True(e.Date >= new DateOnly(2011, 3, 7)));
        Assert.Contains(timeline.Entries, e => e.Date == March9);
    }

    [Fact]
    public void Near_duplicate_sentences_are_not_both_chosen()
    {
        var copy = "Rebels seized the oil port of Brega on March 3, 2011, after heavy fighting with loyalist troops.";
        var articles = Corpus();
        articles.Add(Article("copy1", new(2011, 3, 4), copy.Replace("heavy", "fierce", StringComparison.Ordinal)));
        articles.Add(Article("copy2", new(2011, 3, 4), copy.Replace("loyalist", "government", StringComparison.Ordinal)));
        var timeline = TimelineSummarizer.Default.Summarize(articles, new TimelineRequest(1, 3));
        var sentences = timeline.Entries.Single(e => e.Date == March3).Sentences;
        Assert.True(sentences.Count >= 2);
        var copies = sentences.Count(s => s.Text.StartsWith("Rebels seized the oil port of Brega", StringComparison.Ordinal));
        Assert.Equal(1, copies);
    }

    [Fact]
    public void The_same_articles_in_any_order_and_on_any_number_of_threads_give_the_same_timeline()
    {
        var request = new TimelineRequest(3, 2);
        var expected = Flatten(TimelineSummarizer.Default.Summarize(Corpus(), request));
        var reversed = Corpus();
        reversed.Reverse();
        var oneThread = new TimelineSummarizer(new TimelineSummarizerOptions { MaxDegreeOfParallelism = 1 });
        Assert.Equal(expected, Flatten(oneThread.Summarize(reversed, request)));
        Assert.Equal(expected, Flatten(TimelineSummarizer.Default.Summarize(reversed, request)));
    }

    [Fact]
    public void Lead_sentences_stand_for_their_published_day_when_nothing_names_a_date()
    {
        TimelineArticle[] articles =
        [
            Article("b1", new(2012, 5, 1), "Workers marched through the capital demanding higher wages and shorter hours.", "Police watched from side streets."),
            Article("b2", new(2012, 5, 1), "Thousands of workers marched in the capital to demand higher wages.", "Shops stayed closed."),
        ];
        var timeline = TimelineSummarizer.Default.Summarize(articles, new TimelineRequest(1, 1));
        var entry = Assert.Single(timeline.Entries);
        Assert.Equal(new DateOnly(2012, 5, 1), entry.Date);
        Assert.False(entry.Sentences[0].MentionsDate);
        Assert.Contains("workers", entry.Sentences[0].Text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    public void Bad_requests_return_a_problem_instead_of_throwing(int dates, int sentences)
    {
        var timeline = TimelineSummarizer.Default.Summarize(Corpus(), new TimelineRequest(dates, sentences));
        Assert.Empty(timeline.Entries);
        Assert.NotNull(timeline.Problem);
    }

    [Fact]
    public void No_articles_is_a_problem_not_an_exception()
        => Assert.NotNull(TimelineSummarizer.Default.Summarize([], new TimelineRequest(2, 1)).Problem);

    [Fact]
    public void Knee_value_is_the_first_similarity_of_the_flat_tail()
        => Assert.Equal(0.12, TimelineSummarizer.KneeValue([0.1, 0.9, 0.85, 0.8, 0.12, 0.11, 0.1, 0.09]));

    private static string[] Flatten(SummaryTimeline timeline) =>
        timeline.Entries.SelectMany(e => e.Sentences.Select(s => $"{e.Date:O} {s.ArticleId} {s.Start} {s.Text}")).ToArray();
}
