using Storyline.Time;

namespace Storyline.Tests.Time;

public class PartialDateTests
{
    [Theory]
    [InlineData("2020", "2020")]
    [InlineData("2020-09", "2020-09")]
    [InlineData("2020-09-30", "2020-09-30")]
    [InlineData("2020-09-30T12:00:00Z", "2020-09-30")]
    public void PartialDate_round_trips_iso_at_its_precision(string text, string expected)
    {
        Assert.True(PartialDate.TryParse(text, out var date));
        Assert.Equal(expected, date.ToString());
    }

    [Theory]
    [InlineData("20")]
    [InlineData("2020-13")]
    [InlineData("2021-02-29")]
    [InlineData("2020-09-30x")]
    public void PartialDate_rejects_malformed_text(string text) => Assert.False(PartialDate.TryParse(text, out _));

    [Fact]
    public void Dates_at_different_precision_are_compatible_when_one_contains_the_other()
    {
        var day = new PartialDate(2020, 9, 30);
        Assert.True(new PartialDate(2020).IsCompatibleWith(day));
        Assert.True(new PartialDate(2020, 9).IsCompatibleWith(day));
        Assert.False(new PartialDate(2020, 8).IsCompatibleWith(day));
    }
}
