using Storyline.Articles;
using Storyline.Facts;
using Storyline.Time;

namespace Storyline.Tests.Facts;

public class PublicationDateInferenceTests
{
    private static readonly PublicationDateInference Inference = PublicationDateInference.Default;

    private static Article Undated(string id, string body, string? title = null) =>
        new(id, title, null, null, null, body, null, null, "-");

    private static Article Dated(string id, PartialDate date, string body = "The council met.") =>
        new(id, null, null, null, null, body, date, PublishedBasis.Metadata, "-");

    [Fact]
    public void An_updated_line_at_the_top_is_a_text_basis_date()
    {
        var article = Undated("a", "Updated: Dec. 3, 2023 10:05 a.m. ET\n\nThe mayor resigned on Friday after a long dispute over the budget.");
        var date = Inference.Infer(article, []);
        Assert.NotNull(date);
        Assert.Equal(new PartialDate(2023, 12, 3), date.Date);
        Assert.Equal(PublishedBasis.Text, date.Basis);
        Assert.Contains("Updated", date.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wire_dateline_with_a_dash_is_a_text_basis_date()
    {
        var article = Undated("a", "NEW YORK, March 4, 2019 (Reuters) \u2014 Shares of the carmaker fell sharply in early trading as investors weighed the recall.");
        var date = Inference.Infer(article, []);
        Assert.Equal(new PartialDate(2019, 3, 4), date?.Date);
        Assert.Equal(PublishedBasis.Text, date?.Basis);
    }

    [Fact]
    public void A_full_date_inside_a_long_first_sentence_is_not_a_dateline()
    {
        var article = Undated("a", "The bridge, which opened to traffic on March 4, 2019 after years of delays and cost overruns, was closed again for repairs.");
        var date = Inference.Infer(article, []);
        Assert.NotNull(date);
        Assert.Equal(PublishedBasis.Inferred, date.Basis);
        // The latest full date the text reports is only a lower bound: month precision, low confidence.
        Assert.Equal(new PartialDate(2019, 3), date.Date);
        Assert.True(date.Confidence < PublicationDateOptions.Default.SiblingConfidence);
    }

    [Fact]
    public void Nothing_to_go_on_gives_no_date_rather_than_an_invented_one()
    {
        Assert.Null(Inference.Infer(Undated("a", "The mayor resigned on Friday after a long dispute over the budget."), []));
        Assert.Null(Inference.Infer(Undated("a", "The mayor resigned in 2019."), []));
        Assert.Null(Inference.Infer(Undated("a", ""), []));
    }

    [Fact]
    public void Siblings_alone_give_the_month_of_their_dates()
    {
        var article = Undated("b", "The mayor resigned after a long dispute over the budget, aides said.");
        var date = Inference.Infer(article, [Dated("a", new PartialDate(2022, 5, 17))]);
        Assert.Equal(new PartialDate(2022, 5), date?.Date);
        Assert.Equal(PublishedBasis.Inferred, date?.Basis);
        Assert.Contains("a (2022-05-17)", date?.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Monday", "2022-05-16")]
    [InlineData("Tuesday", "2022-05-17")]
    [InlineData("Wednesday", "2022-05-18")]
    [InlineData("Thursday", "2022-05-19")]
    [InlineData("Friday", "2022-05-20")]
    [InlineData("Saturday", "2022-05-14")]
    [InlineData("Sunday", "2022-05-15")]
    public void A_past_tense_weekday_pins_the_day_within_the_siblings_week(string weekday, string expected)
    {
        // The sibling is a Tuesday; three days each side make the week from Saturday 14 to Friday 20.
        var article = Undated("b", $"The mayor resigned on {weekday} after a long dispute over the budget, aides said.");
        var date = Inference.Infer(article, [Dated("a", new PartialDate(2022, 5, 17))]);
        Assert.Equal(expected, date?.Date.ToString());
        Assert.Equal(PublishedBasis.Inferred, date?.Basis);
        Assert.Contains(weekday, date?.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_future_weekday_or_a_quoted_one_does_not_pin_the_day()
    {
        var siblings = new[] { Dated("a", new PartialDate(2022, 5, 17)) };
        var future = Inference.Infer(Undated("b", "The council will vote on Thursday on the budget, aides said."), siblings);
        Assert.Equal(new PartialDate(2022, 5), future?.Date);
        var quoted = Inference.Infer(Undated("b", "\u201CWe talked on Thursday,\u201D the mayor said of the budget talks."), siblings);
        Assert.Equal(new PartialDate(2022, 5), quoted?.Date);
    }

    [Fact]
    public void Siblings_spread_over_months_say_nothing()
    {
        var article = Undated("c", "The mayor resigned on Thursday after a long dispute over the budget.");
        var date = Inference.Infer(article, [Dated("a", new PartialDate(2022, 1, 3)), Dated("b", new PartialDate(2022, 6, 3))]);
        Assert.Null(date);
    }

    [Fact]
    public void A_reported_date_after_the_siblings_window_rules_the_siblings_out()
    {
        var article = Undated("b", "The mayor, who took office on July 9, 2022, resigned on Thursday.");
        var date = Inference.Infer(article, [Dated("a", new PartialDate(2022, 5, 17))]);
        Assert.NotNull(date);
        Assert.True(new PartialDate(2022, 7) == date.Date, date.ToString());
        Assert.StartsWith("not before 2022-07-09", date.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void The_article_itself_among_its_siblings_is_ignored()
    {
        var self = Undated("a", "The mayor resigned after a long dispute over the budget.");
        Assert.Null(Inference.Infer(self, [self with { Published = new PartialDate(2022, 5, 17) }]));
    }
}
