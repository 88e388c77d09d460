using Storyline.Articles;
using Storyline.Events;
using Storyline.Facts;
using Storyline.Reading;
using Storyline.Time;

namespace Storyline.Tests.Facts;

public class SeedTimelineTests
{
    private static readonly Lazy<Article[]> Seeds = new(() => Directory.GetFiles(Path.Combine(Repo.Root, "samples", "seeds"), "*.txt")
        .Order(StringComparer.Ordinal)
        .Select(path => SeedTextFormat.Parse(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path), "-", path).Article!)
        .ToArray());

    private static Article Seed(string prefix) => Seeds.Value.Single(a => a.Id.StartsWith(prefix, StringComparison.Ordinal));

    // The clusterer makes these two events of the seeds; the timeline stage takes the events as given.
    private static EventCluster[] Events() =>
    [
        new("ketamine", [Seed("000").Id, Seed("001").Id]),
        new("blessings", [Seed("002").Id, Seed("003").Id]),
    ];

    private static readonly Lazy<TimelineResult> Result = new(() => Timeline.Default.Build(Seeds.Value, Events()));

    private static FactGroup GroupAt(string date) =>
        Result.Value.Groups.SingleOrDefault(g => g.Date.ToString() == date)
        ?? throw new Xunit.Sdk.XunitException($"no entry at {date}; timeline: " + string.Join(" | ", Result.Value.Groups.Select(g => $"{g.Date} {string.Join(",", g.ArticleIds)}")));

    private static string[] Short(IEnumerable<string> ids) => ids.Select(id => id[..3]).ToArray();

    [Fact]
    public void Seed_001_gets_December_2023_inferred_from_its_sibling_000()
    {
        var date = Result.Value.InferredDates[Seed("001").Id];
        Assert.Equal(new PartialDate(2023, 12), date.Date);
        Assert.Equal(PublishedBasis.Inferred, date.Basis);
        Assert.Contains(Seed("000").Id, date.Evidence, StringComparison.Ordinal);
        Assert.InRange(date.Confidence, 0.01, 0.99);
    }

    [Fact]
    public void Seed_002_gets_Thursday_2021_09_30_from_its_sibling_week_and_on_Thursday()
    {
        var date = Result.Value.InferredDates[Seed("002").Id];
        Assert.Equal(new PartialDate(2021, 9, 30), date.Date);
        Assert.Equal(PublishedBasis.Inferred, date.Basis);
        Assert.Contains("Thursday", date.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Seeds_with_a_header_date_get_no_inferred_date()
    {
        Assert.Equal(2, Result.Value.InferredDates.Count);
        Assert.DoesNotContain(Seed("000").Id, Result.Value.InferredDates.Keys);
        Assert.DoesNotContain(Seed("003").Id, Result.Value.InferredDates.Keys);
    }

    [Fact]
    public void Seed_timeline_has_hospital_admission_on_2020_09_27_from_003()
    {
        var g = GroupAt("2020-09-27");
        Assert.Contains("003", Short(g.ArticleIds));
        Assert.Contains("admitted to the hospital", g.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_timeline_has_the_loss_on_2020_09_30_from_003_with_the_month_facts_of_001_and_002()
    {
        var g = GroupAt("2020-09-30");
        Assert.Contains("lost baby Jack on Sept. 30", g.Text, StringComparison.Ordinal);
        Assert.Contains("003", Short(g.ArticleIds));
        Assert.Contains(g.Facts, f => f.ArticleId.StartsWith("001", StringComparison.Ordinal) && f.Date == new PartialDate(2020, 9));
        Assert.Contains(g.Facts, f => f.ArticleId.StartsWith("002", StringComparison.Ordinal) && f.Date == new PartialDate(2020, 9));
        Assert.DoesNotContain(Result.Value.Groups, x => x.Date == new PartialDate(2020) || x.Date == new PartialDate(2020, 9));
    }

    [Fact]
    public void Seed_timeline_has_the_tribute_on_National_Sons_Day_2021_09_28_from_002_and_003()
    {
        var g = GroupAt("2021-09-28");
        Assert.Equal(["002", "003"], Short(g.ArticleIds));
        Assert.Contains("Instagram", string.Join(" ", g.Facts.Select(f => f.Sentence)), StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_timeline_has_the_blessings_ceremony_on_Thursday_2021_09_30_from_002()
    {
        var g = GroupAt("2021-09-30");
        Assert.Equal(["002"], Short(g.ArticleIds));
        Assert.Contains("blessings ceremony", g.Text, StringComparison.Ordinal);
        Assert.Equal("Thursday", Assert.Single(g.Facts).Expression);
    }

    [Fact]
    public void Seed_timeline_has_the_2022_summit_remarks_from_000_as_one_entry()
    {
        var g = GroupAt("2022");
        Assert.Equal(["000"], Short(g.ArticleIds));
        Assert.Contains(g.Facts, f => f.Expression == "Two years later");
        Assert.Contains(g.Facts, f => f.Sentence.Contains("summit in 2022", StringComparison.Ordinal));
    }

    [Fact]
    public void Seed_timeline_has_the_birthday_post_on_Saturday_2023_12_02_from_000()
    {
        var g = GroupAt("2023-12-02");
        Assert.Equal(["000"], Short(g.ArticleIds));
        Assert.StartsWith("On Saturday, Teigen shared", g.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_timeline_is_in_date_order_and_every_fact_keeps_its_sentence()
    {
        var groups = Result.Value.Groups;
        Assert.Equal(groups.Select(g => g.Date).Order(), groups.Select(g => g.Date));
        foreach (var f in Result.Value.Facts)
        {
            var article = Seeds.Value.Single(a => a.Id == f.ArticleId);
            Assert.Equal(f.Sentence, article.FullText.Substring(f.SentenceStart, f.Sentence.Length));
            Assert.Contains(f.Expression, f.Sentence, StringComparison.Ordinal);
        }
        Assert.All(groups, g => Assert.All(g.Facts, f => Assert.True(f.Date.IsCompatibleWith(g.Date))));
    }

    [Fact]
    public void Seed_timeline_is_the_same_whatever_the_article_order()
    {
        static string Render(TimelineResult r) => string.Join("\n", r.Groups.Select(g => $"{g.Date}|{g.Text}|{string.Join(",", g.ArticleIds)}|{g.Facts.Count}"));
        var expected = Render(Result.Value);
        var random = new Random(17);
        for (var i = 0; i < 5; i++)
        {
            var shuffled = Seeds.Value.OrderBy(_ => random.Next()).ToArray();
            Assert.Equal(expected, Render(Timeline.Default.Build(shuffled, Events().Reverse().ToArray())));
        }
    }
}
