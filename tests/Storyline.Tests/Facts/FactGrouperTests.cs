using FsCheck;
using FsCheck.Fluent;
using Storyline.Facts;
using Storyline.Time;

namespace Storyline.Tests.Facts;

public class FactGrouperTests
{
    private static readonly FactGrouper Grouper = FactGrouper.Default;

    private static DatedFact Fact(string article, PartialDate date, string sentence, string expression, int index = 0, bool relative = false) =>
        new(article, date, sentence, index * 100, index, expression, date.ToString(), relative);

    private static readonly DatedFact[] Sample =
    [
        Fact("a", new PartialDate(2021, 3, 2), "The factory in Leeds closed on March 2, 2021, leaving 400 workers without jobs.", "March 2, 2021"),
        Fact("b", new PartialDate(2021, 3, 2), "Some 400 workers lost their jobs when the Leeds factory closed on Tuesday.", "Tuesday", relative: true),
        Fact("c", new PartialDate(2021, 3, 2), "On March 2, 2021, the central bank raised interest rates by half a point.", "March 2, 2021"),
        Fact("c", new PartialDate(2021, 3), "The Leeds factory closure in March 2021 hit the town hard.", "March 2021", 5),
        Fact("d", new PartialDate(2021), "The factory closed in 2021 after decades of losses.", "2021"),
        Fact("d", new PartialDate(2019, 6, 1), "The factory owner bought a rival firm on June 1, 2019.", "June 1, 2019", 9),
        Fact("e", new PartialDate(2021, 3), "In March 2021, the bank's rate rise surprised markets.", "March 2021"),
    ];

    [Fact]
    public void Facts_of_one_date_about_one_happening_group_and_other_happenings_stay_apart()
    {
        var groups = Grouper.Group(Sample);
        var closure = Assert.Single(groups, g => g.Facts.Any(f => f.ArticleId == "b"));
        Assert.Equal(new PartialDate(2021, 3, 2), closure.Date);
        Assert.Equal(["a", "b", "c", "d"], closure.ArticleIds);
        var rates = Assert.Single(groups, g => g.Text.Contains("interest rates", StringComparison.Ordinal));
        Assert.Equal(new PartialDate(2021, 3, 2), rates.Date);
        Assert.Equal(["c", "e"], rates.ArticleIds);
    }

    [Fact]
    public void Coarser_facts_join_the_precise_happening_they_share_words_with()
    {
        var groups = Grouper.Group(Sample);
        var closure = groups.Single(g => g.Facts.Any(f => f.ArticleId == "b"));
        Assert.Contains(closure.Facts, f => f.Date == new PartialDate(2021, 3) && f.ArticleId == "c");
        Assert.Contains(closure.Facts, f => f.Date == new PartialDate(2021) && f.ArticleId == "d");
        Assert.All(groups, g => Assert.All(g.Facts, f => Assert.True(f.Date.IsCompatibleWith(g.Date))));
    }

    [Fact]
    public void A_group_is_told_by_its_most_precise_absolute_best_supported_sentence()
    {
        var closure = Grouper.Group(Sample).Single(g => g.Facts.Any(f => f.ArticleId == "b"));
        Assert.Equal(Sample[0].Sentence, closure.Text);
    }

    [Fact]
    public void Groups_come_in_date_order()
    {
        var groups = Grouper.Group(Sample);
        Assert.Equal(new PartialDate(2019, 6, 1), groups[0].Date);
        Assert.Equal(groups.Select(g => g.Date).Order(), groups.Select(g => g.Date));
    }

    [Fact]
    public void A_coarse_fact_with_no_matching_precise_group_stays_on_its_own()
    {
        var facts = new[]
        {
            Fact("a", new PartialDate(2021, 3, 2), "The factory in Leeds closed on March 2, 2021.", "March 2, 2021"),
            Fact("b", new PartialDate(2021, 3), "A new opera house opened in Cardiff in March 2021.", "March 2021"),
        };
        var groups = Grouper.Group(facts);
        Assert.Equal(2, groups.Count);
        Assert.Equal(new PartialDate(2021, 3), groups[0].Date);
    }

    [Fact]
    public void Facts_of_one_article_in_adjacent_sentences_with_one_date_group_whatever_their_words()
    {
        var facts = new[]
        {
            Fact("a", new PartialDate(2022), "Two years later, she spoke about the experience.", "Two years later", 6, true),
            Fact("a", new PartialDate(2022), "\"It became clear,\" she said at a summit in 2022.", "2022", 7),
            Fact("a", new PartialDate(2022), "Shares of the group rose in 2022.", "2022", 30),
        };
        var groups = Grouper.Group(facts);
        Assert.Equal(2, groups.Count);
        Assert.Contains(groups, g => g.Facts.Count == 2);
    }

    [Fact]
    public void Grouping_nothing_gives_nothing()
    {
        Assert.Empty(Grouper.Group([]));
    }

    [Fact]
    public void Grouping_is_the_same_whatever_the_input_order()
    {
        static string Render(IReadOnlyList<FactGroup> groups) =>
            string.Join("\n", groups.Select(g => $"{g.Date}|{g.Text}|{string.Join(",", g.ArticleIds)}|{string.Join(";", g.Facts.Select(f => f.ArticleId + f.SentenceIndex))}"));
        var expected = Render(Grouper.Group(Sample));
        Prop.ForAll(Gen.Shuffle(Sample).ToArbitrary(), shuffled => Render(Grouper.Group(shuffled)) == expected)
            .QuickCheckThrowOnFailure();
    }
}
