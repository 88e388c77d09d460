using Storyline.Time;

namespace Storyline.Tests.Time;

public class TemporalTaggerTests
{
    private static readonly TemporalTagger Tagger = TemporalTagger.Default;

    private static (string Body, DateOnly? Date) Seed(string name)
    {
        var path = SharedData.PathOf(Path.Combine("..", "seeds", name));
        Assert.NotNull(path);
        var text = File.ReadAllText(path);
        var firstLine = text.TrimStart().Split('\n')[0].Trim();
        DateOnly? date = firstLine.StartsWith("date ", StringComparison.Ordinal) && PartialDate.TryParse(firstLine.AsSpan(5, 10), out var d) ? d.Start : null;
        return (text, date);
    }

    private static TemporalExpression Find(IReadOnlyList<TemporalExpression> found, string text, int occurrence = 0) =>
        found.Where(e => e.Text == text).Skip(occurrence).FirstOrDefault()
        ?? throw new Xunit.Sdk.XunitException($"'{text}' not tagged; found: {string.Join("; ", found.Select(e => $"[{e.Text}] {e.Value}"))}");

    [SharedDataFact("../seeds/000_f8fa96c15ec7eaf5.txt")]
    public void Seed_000_resolves_Saturday_2020_and_two_years_later()
    {
        var (body, date) = Seed("000_f8fa96c15ec7eaf5.txt");
        Assert.Equal(new DateOnly(2023, 12, 3), date);
        var found = Tagger.Tag(body, date);
        Assert.Equal("2023-12-02", Find(found, "Saturday").Value);
        Assert.Equal(new PartialDate(2023, 12, 2), Find(found, "Saturday").Date);
        var backIn2020 = found.Single(e => e.Text == "2020" && body[..e.Start].EndsWith("Back in ", StringComparison.Ordinal));
        Assert.Equal("2020", backIn2020.Value);
        Assert.False(backIn2020.IsRelative);
        var later = Find(found, "Two years later");
        Assert.Equal("2022", later.Value);
        Assert.True(later.IsRelative);
        Assert.Equal("2023-W48", Find(found, "earlier this week").Value);
        Assert.Equal("2023", Find(found, "This year").Value);
        Assert.Equal("P20W", Find(found, "20 weeks", 1).Value);
    }

    [SharedDataFact("../seeds/003_dee5a88d4e77ef59.txt")]
    public void Seed_003_resolves_September_dates_of_2020_and_2021()
    {
        var (body, date) = Seed("003_dee5a88d4e77ef59.txt");
        Assert.Equal(new DateOnly(2021, 9, 29), date);
        var found = Tagger.Tag(body, date);
        Assert.Equal("2021-09-28", Find(found, "National Son’s Day").Value);
        Assert.Equal("2021-09-28", Find(found, "Sept. 28").Value);
        Assert.Equal("2020-09-27", Find(found, "Sept. 27, 2020").Value);
        Assert.Equal("2020-09-30", Find(found, "Sept. 30").Value);
        Assert.Equal("P10D", Find(found, "10 days").Value);
    }

    [SharedDataFact("../seeds/002_60567d66df40948c.txt")]
    public void Seed_002_resolves_on_Thursday_against_its_inferred_date()
    {
        var (body, _) = Seed("002_60567d66df40948c.txt");
        var found = Tagger.Tag(body, new DateOnly(2021, 9, 30));
        Assert.Equal("2021-09-30", Find(found, "Thursday").Value);
        Assert.Equal("2020-09", Find(found, "Sept. 2020").Value);
        Assert.Equal("2020-09", Find(found, "September 2020").Value);
        Assert.Equal("2020-11", Find(found, "Two months later").Value);
    }

    [Fact]
    public void Tagger_resolves_on_Tuesday_to_the_day_before_a_Wednesday_reference()
    {
        var found = Tagger.Tag("Teigen posted the tribute on Tuesday.", new DateOnly(2021, 9, 29));
        Assert.Equal("2021-09-28", Find(found, "Tuesday").Value);
    }

    [Fact]
    public void Tagger_returns_nothing_for_null_empty_or_timeless_text()
    {
        Assert.Empty(Tagger.Tag(null, new DateOnly(2020, 1, 1)));
        Assert.Empty(Tagger.Tag("", new DateOnly(2020, 1, 1)));
        Assert.Empty(Tagger.Tag("The cat sat on the mat and purred.", new DateOnly(2020, 1, 1)));
    }

    [Fact]
    public void Tagger_leaves_years_unknown_without_a_reference_and_drops_what_cannot_be_said()
    {
        var found = Tagger.Tag("The vote was held on Sept. 30, a day after talks ended yesterday.", null);
        Assert.Equal("XXXX-09-30", Find(found, "Sept. 30").Value);
        Assert.Null(Find(found, "Sept. 30").Date);
        Assert.DoesNotContain(found, e => e.Text == "yesterday");
    }

    [Fact]
    public void Tagger_does_not_throw_on_dates_outside_the_calendar()
    {
        var found = Tagger.Tag("The rocks formed 10,000 years ago, or 9999 years ago, or 5000 years later.", new DateOnly(2020, 1, 1));
        Assert.All(found, e => Assert.False(string.IsNullOrEmpty(e.Value)));
    }

    [Fact]
    public void Tagger_gives_offsets_into_the_text()
    {
        const string text = "Shares fell 3% on Friday, Oct. 13, 1989, in New York.";
        var found = Tagger.Tag(text, new DateOnly(1989, 10, 16));
        Assert.All(found, e => Assert.Equal(text.Substring(e.Start, e.Length), e.Text));
        Assert.Equal("1989-10-13", Assert.Single(found).Value);
    }

    [Fact]
    public void Tagger_is_deterministic_across_threads()
    {
        const string text = "On Saturday she said that two years later, in 2022, she spoke; last week and 10 days ago too.";
        var reference = new DateOnly(2023, 12, 3);
        var expected = string.Join("|", Tagger.Tag(text, reference).Select(e => e.Value));
        var results = new string[64];
        Parallel.For(0, results.Length, i => results[i] = string.Join("|", Tagger.Tag(text, reference).Select(e => e.Value)));
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Named_days_data_file_is_embedded_and_lists_National_Sons_Day()
    {
        var found = Tagger.Tag("She posted on National Son's Day.", new DateOnly(2022, 10, 1));
        Assert.Equal("2022-09-28", Find(found, "National Son's Day").Value);
    }

    [Fact]
    public void Named_days_without_a_fixed_rule_are_not_listed()
    {
        var found = Tagger.Tag("They celebrated Easter Sunday with family.", new DateOnly(2022, 4, 20));
        Assert.DoesNotContain(found, e => e.Text.Contains("Easter", StringComparison.Ordinal));
    }
}
