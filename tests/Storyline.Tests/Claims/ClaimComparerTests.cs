using Storyline.Claims;
using Storyline.Time;

namespace Storyline.Tests.Claims;

public class ClaimComparerTests
{
    private static Claim Age(string article, int age, PartialDate? asOf, string subject = "Dana Cruz") =>
        new(subject, 0, "age", age.ToString(System.Globalization.CultureInfo.InvariantCulture), age, asOf, article, $"{subject}, {age}, spoke.", 0);

    private static Claim Count(string article, string value, double number, PartialDate asOf) =>
        new("Orbit Labs", 0, "count:employees", value, number, asOf, article, $"Orbit Labs has {value} employees.", 0);

    private static Claim Date(string article, string attribute, string value) =>
        new("Dana Cruz", 0, attribute, value, null, new PartialDate(2022, 1, 1), article, "Dana Cruz did it.", 0);

    private static ClaimComparison Single(params Claim[] claims) => Assert.Single(new ClaimComparer().Compare(claims));

    [Fact]
    public void Ages_a_year_apart_with_a_birthday_between_agree_on_the_birth_year()
    {
        var cmp = Single(Age("a", 41, new PartialDate(2019, 3, 1)), Age("b", 42, new PartialDate(2020, 2, 1)));
        Assert.Equal(ClaimVerdict.Agree, cmp.Verdict);
        Assert.Contains("1977", cmp.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_age_three_years_apart_disagrees()
    {
        var cmp = Single(Age("a", 50, new PartialDate(2015, 6, 1)), Age("b", 50, new PartialDate(2018, 6, 1)));
        Assert.Equal(ClaimVerdict.Disagree, cmp.Verdict);
    }

    [Fact]
    public void An_age_as_of_a_year_only_widens_the_birth_interval()
    {
        // 30 at some point of 2020 fits 31 on 2021-12-31 (born 1990) only through the year's width.
        var cmp = Single(Age("a", 30, new PartialDate(2020)), Age("b", 31, new PartialDate(2021, 12, 31)));
        Assert.Equal(ClaimVerdict.Agree, cmp.Verdict);
    }

    [Fact]
    public void Ages_without_as_of_dates_are_undetermined_when_they_differ()
    {
        Assert.Equal(ClaimVerdict.Undetermined, Single(Age("a", 30, null), Age("b", 33, null)).Verdict);
        Assert.Equal(ClaimVerdict.Agree, Single(Age("a", 30, null), Age("b", 30, null)).Verdict);
    }

    [Fact]
    public void Claims_of_one_article_alone_are_not_compared()
    {
        Assert.Empty(new ClaimComparer().Compare([Age("a", 30, new PartialDate(2020)), Age("a", 60, new PartialDate(2020))]));
    }

    [Fact]
    public void Counts_agree_as_rounded_and_disagree_beyond_rounding()
    {
        var day = new PartialDate(2022, 5, 1);
        Assert.Equal(ClaimVerdict.Agree, Single(Count("a", "2.4 million", 2.4e6, day), Count("b", "2 million", 2e6, day)).Verdict);
        Assert.Equal(ClaimVerdict.Agree, Single(Count("a", "12400", 12400, day), Count("b", "12000", 12000, day)).Verdict);
        var differ = Single(Count("a", "120", 120, day), Count("b", "150", 150, day));
        Assert.Equal(ClaimVerdict.Disagree, differ.Verdict);
    }

    [Fact]
    public void Counts_stated_far_apart_may_have_changed()
    {
        var cmp = Single(Count("a", "120", 120, new PartialDate(2020, 1, 1)), Count("b", "150", 150, new PartialDate(2022, 1, 1)));
        Assert.Equal(ClaimVerdict.Undetermined, cmp.Verdict);
    }

    [Fact]
    public void Dates_at_different_precision_are_compatible_and_different_days_disagree()
    {
        Assert.Equal(ClaimVerdict.CompatiblePrecision,
            Single(Date("a", "date:resign", "2019-03-03"), Date("b", "date:resign", "2019")).Verdict);
        Assert.Equal(ClaimVerdict.Disagree,
            Single(Date("a", "date:resign", "2019-03-03"), Date("b", "date:resign", "2019-03-05")).Verdict);
    }

    [Fact]
    public void An_objectless_event_that_may_recur_is_undetermined_when_dates_differ()
    {
        var cmp = Single(Date("a", "date:speak", "2019-03-03"), Date("b", "date:speak", "2021"));
        Assert.Equal(ClaimVerdict.Undetermined, cmp.Verdict);
    }

    [Fact]
    public void A_date_without_object_joins_the_only_keyed_claim_of_its_event()
    {
        var cmp = Single(Date("a", "date:sell", "2018-07"), Date("b", "date:sell:hous", "2018"));
        Assert.Equal("date:sell:hous", cmp.Attribute);
        Assert.Equal(ClaimVerdict.CompatiblePrecision, cmp.Verdict);
    }

    [Fact]
    public void Disagreements_become_numeric_and_date_conflicts_with_both_sentences()
    {
        var comparisons = new ClaimComparer().Compare([
            Age("a", 50, new PartialDate(2015, 6, 1)), Age("b", 50, new PartialDate(2018, 6, 1)),
            Date("a", "date:resign", "2019-03-03"), Date("b", "date:resign", "2019-03-05")]);
        var conflicts = new ConflictFinder().Find([], [], comparisons);
        Assert.Equal(["date", "numeric"], conflicts.Select(c => c.Kind).Order(StringComparer.Ordinal));
        Assert.All(conflicts, c => Assert.Equal(["a", "b"], c.Articles));
        Assert.All(conflicts, c => Assert.Equal(2, c.Evidence.Count));
    }
}
