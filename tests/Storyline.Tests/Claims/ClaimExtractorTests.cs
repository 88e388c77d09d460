using Storyline.Claims;
using Storyline.Entities;
using Storyline.Time;

namespace Storyline.Tests.Claims;

public class ClaimExtractorTests
{
    private static readonly EntityRecognizer Recognizer = new();
    private static readonly ClaimExtractor Extractor = new();

    private static IReadOnlyList<Claim> Extract(string text, PartialDate? published) =>
        Extractor.Extract("t", text, Recognizer.Recognize("t", text), published);

    [Fact]
    public void A_birthday_with_a_stated_date_holds_as_of_that_date()
    {
        var claim = Assert.Single(Extract("Novelist Hannah Fox celebrated her 60th birthday on March 4, 2019, in Dublin.", new PartialDate(2019, 3, 20)),
            c => c.Attribute == "age");
        Assert.Equal("Hannah Fox", claim.Subject);
        Assert.Equal(new PartialDate(2019, 3, 4), claim.AsOf);
        Assert.Equal(60, claim.Number);
    }

    [Fact]
    public void An_age_without_a_stated_date_holds_as_of_the_published_date()
    {
        var claim = Assert.Single(Extract("Pitcher Sam Ortiz, 33, signed a new contract.", new PartialDate(2020, 2, 2)), c => c.Attribute == "age");
        Assert.Equal(new PartialDate(2020, 2, 2), claim.AsOf);
    }

    [Fact]
    public void A_pronoun_possessor_resolves_to_the_nearest_fitting_person()
    {
        var claims = Extract("Activist Greta Lund spoke on Monday. She thanked her 2.1 million followers for their support.", new PartialDate(2021, 5, 5));
        var count = Assert.Single(claims, c => c.Attribute == "count:followers");
        Assert.Equal("Greta Lund", count.Subject);
        Assert.Equal(2.1e6, count.Number);
        Assert.Equal("2.1 million", count.Value);
    }

    [Fact]
    public void The_same_happening_keeps_one_key_whether_the_date_comes_before_or_after_the_verb()
    {
        var a = Extract("Rancher Owen Tate sold the farm in June 2012.", new PartialDate(2015, 1, 1));
        var b = Extract("In 2012, Owen Tate sold the farm to a developer.", new PartialDate(2015, 1, 1));
        Assert.Equal("date:sell:farm", Assert.Single(a, c => c.Family == "date").Attribute);
        Assert.Equal(Assert.Single(a, c => c.Family == "date").Attribute, Assert.Single(b, c => c.Family == "date").Attribute);
    }

    [Fact]
    public void A_date_next_to_a_reporting_verb_dates_nothing_else()
    {
        var claims = Extract("Mayor Joan Pike resigned last year, she said on Tuesday.", new PartialDate(2022, 3, 3));
        Assert.DoesNotContain(claims, c => c.Family == "date" && c.Value == "2022-03-01");
    }

    [Fact]
    public void Years_and_durations_are_not_counts()
    {
        var claims = Extract("Coach Rob Lane spent 12 years at the club and won 2015 titles in his dreams.", new PartialDate(2022, 3, 3));
        Assert.DoesNotContain(claims, c => c.Family == "count");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("1, 2, 3, 4.")]
    [InlineData("’s , ( ) 35-year-old birthday 38th")]
    public void Odd_text_gives_no_claims_and_does_not_throw(string text) => Assert.Empty(Extract(text, null));

    [Fact]
    public void Claims_without_a_published_date_have_no_as_of_date()
    {
        var claim = Assert.Single(Extract("Pitcher Sam Ortiz, 33, signed a new contract.", null), c => c.Attribute == "age");
        Assert.Null(claim.AsOf);
    }
}

public class ClaimExtractorDateTests
{
    [Fact]
    public void A_past_verb_is_not_dated_after_the_published_date()
    {
        const string text = "Senator Alma Reyes resigned, and the vote is set for March 3, 2030.";
        var claims = new ClaimExtractor().Extract("t", text, new EntityRecognizer().Recognize("t", text), new PartialDate(2022, 1, 1));
        Assert.DoesNotContain(claims, c => c.Family == "date" && c.Value.StartsWith("2030", StringComparison.Ordinal));
    }
}
