using Storyline.Web.Pages;

namespace Storyline.Tests.Web;

public sealed class TimelineSvgTests
{
    [Theory]
    [InlineData("2020-09-01", "2023-12-31", "year")]
    [InlineData("2020-01-01", "2020-09-30", "month")]
    [InlineData("2020-09-01", "2020-09-30", "day")]
    public void Ticks_step_by_years_months_or_days_and_stay_within_the_range(string from, string to, string unit)
    {
        var f = DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture);
        var t = DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture);
        var ticks = TimelineSvg.Ticks(f, t).ToArray();
        Assert.InRange(ticks.Length, 1, 12);
        Assert.All(ticks, tick => Assert.InRange(tick.Day, f.DayNumber, t.DayNumber));
        var expectedLength = unit switch { "year" => 4, "month" => 7, _ => 10 };
        Assert.All(ticks, tick => Assert.Equal(expectedLength, tick.Label.Length));
        Assert.True(ticks.Select(x => x.Day).SequenceEqual(ticks.Select(x => x.Day).Order()));
    }

    [Fact]
    public void A_fact_at_the_start_of_the_calendar_still_draws()
    {
        var storyline = new Storyline.Web.Data.StorylineView("st-1", "Old news", [], [],
            [new("0001", "Founded in the year 1.", ["a"]), new("2011-02-11", "Mubarak resigned.", ["b"])]);
        var html = new Storyline.Web.Pages.Html();
        TimelineSvg.Write(html, storyline, [], ServerLinks.Instance, i => "fact-" + i);
        Assert.Contains("</svg>", html.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, html.ToString().Split("<circle").Length - 1);
    }

    [Fact]
    public void Paragraphs_split_at_blank_lines_only()
    {
        const string text = "One line\nsame paragraph\n\n  Second\n \nThird";
        var parts = TextMarkup.Paragraphs(text).Select(p => text[p.Start..p.End]).ToArray();
        Assert.Equal(["One line\nsame paragraph", "Second", "Third"], parts);
    }

    [Fact]
    public void Marks_never_overlap_and_never_cross_a_paragraph()
    {
        const string text = "Alpha beta\n\ngamma delta";
        var html = new Storyline.Web.Pages.Html();
        TextMarkup.Write(html, text, [new(0, 5, "date", "x"), new(3, 4, "person", "y"), new(6, 11, "place", "<z>")]);
        Assert.Equal("<p><mark class=\"m-date\" title=\"x\">Alpha</mark> <mark class=\"m-place\" title=\"&lt;z&gt;\">beta</mark></p>"
            + "<p><mark class=\"m-place\" title=\"&lt;z&gt;\">gamma</mark> delta</p>", html.ToString());
    }
}
