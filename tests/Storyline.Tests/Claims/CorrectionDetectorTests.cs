using Storyline.Claims;
using Storyline.Entities;
using Storyline.Time;

namespace Storyline.Tests.Claims;

public class CorrectionDetectorTests
{
    private static readonly EntityRecognizer Recognizer = new();

    private static Correction? Detect(string text) =>
        CorrectionDetector.Default.Detect("x", text, Recognizer.Recognize("x", text)).SingleOrDefault();

    [Theory]
    [InlineData("The mayor later said the fire was caused by arson, not an accident as officials previously reported.", "accident", "arson")]
    [InlineData("Coach Ray Dunn said the injury was a fracture, not a sprain as the team had stated.", "sprain", "fracture")]
    [InlineData("Dana Cruz clarified that the payment was not a loan but a gift.", "loan", "gift")]
    [InlineData("An earlier version of this article gave the wrong figure; the budget is 45 million rather than 54 million.", "54 million", "45 million")]
    [InlineData("Contrary to earlier reports, the museum received a donation instead of a loan.", "loan", "donation")]
    public void Correction_patterns_give_the_corrected_and_the_correct_term(string sentence, string wrong, string right)
    {
        var c = Detect(sentence);
        Assert.NotNull(c);
        Assert.Equal("correction", c.Kind);
        Assert.Equal(wrong, c.CorrectedTerm);
        Assert.Equal(right, c.CorrectTerm);
    }

    [Theory]
    [InlineData("The mayor later said the fire was caused by ARSON, NOT AN ACCIDENT AS officials previously REPORTED.", "ACCIDENT", "ARSON")]
    [InlineData("Contrary to earlier reports, the museum received a donation INSTEAD OF a loan.", "loan", "donation")]
    [InlineData("The mayor later said the fire was caused by arson, not an accident li\u212Ae officials previously reported.", "accident", "arson")]
    [InlineData("Correction: the paper mista\u212Aenly reported the toll as 40 people.", "40", null)]
    public void Pattern_words_are_found_in_any_case_and_through_the_Kelvin_sign(string sentence, string wrong, string? right)
    {
        var c = Detect(sentence);
        Assert.NotNull(c);
        Assert.Equal(wrong, c.CorrectedTerm);
        Assert.Equal(right, c.CorrectTerm);
    }

    [Theory]
    [InlineData("An earlier version of this article misstated the location of the meeting.")]
    [InlineData("This article has been corrected to show the date of the vote.")]
    [InlineData("The newspaper retracted the story on Friday.")]
    public void Correction_notices_without_terms_are_still_found(string sentence)
    {
        var c = Detect(sentence);
        Assert.NotNull(c);
        Assert.Equal("correction", c.Kind);
    }

    [Fact]
    public void A_contrast_without_a_correction_cue_is_not_a_correction()
        => Assert.Null(Detect("I have to agree with Obama that it is more important to see how they will handle the job in a few months, not their current jobs as two of 500 lawmakers that will fashion an economic bailout."));

    [Fact]
    public void A_run_on_list_is_not_read_as_a_correction()
    {
        var list = string.Join(", ", Enumerable.Range(0, 20_000).Select(i => i % 7 == 0 ? "not 1.5" : "2,500.75"));
        Assert.Empty(CorrectionDetector.Default.Detect("x", list + " as previously reported.", null));
    }

    [Fact]
    public void A_denial_gives_the_content_words_of_what_was_denied()
    {
        var c = Detect("Senator Helen Marsh denied that she had resigned from the committee.");
        Assert.NotNull(c);
        Assert.Equal("denial", c.Kind);
        Assert.Equal("Helen Marsh", c.Subject);
        Assert.Contains("resigned", c.CorrectedTerm, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("She chose to walk rather than drive to the office.")]
    [InlineData("It was not once but twice that the team lost.")]
    [InlineData("The council approved the budget on Tuesday.")]
    [InlineData("The unemployed are being denied funds by the state.")]
    [InlineData("Nobody denies that the city was unprepared for the flood.")]
    [InlineData("The officers corrected the course of the convoy.")]
    public void Ordinary_contrasts_are_not_corrections(string sentence) => Assert.Null(Detect(sentence));

    [Fact]
    public void A_correction_concerns_the_articles_that_used_the_corrected_term_about_the_subject()
    {
        var early = "Boxer Leo Grant withdrew from the fight after he was injured. Grant suffered a sprained wrist in training, his camp said.";
        var other = "Boxer Tom Vale was injured in training. Vale sprained his wrist.";
        var later = "Leo Grant said the injury was a fracture, not a sprain as his team previously stated.";
        StoryArticle Story(string id, string text, int month) => new(id, new PartialDate(2022, month), text, Recognizer.Recognize(id, text));
        var articles = new[] { Story("later", later, 6), Story("early", early, 3), Story("other", other, 4) };
        var correction = Assert.Single(CorrectionDetector.Default.Detect("later", later, articles[0].Entities));
        var conflict = Assert.Single(new ConflictFinder().Find(articles, [correction], []));
        Assert.Equal("correction", conflict.Kind);
        Assert.Equal(["later", "early"], conflict.Articles);
        Assert.Equal("later", conflict.Evidence[0].Article);
        Assert.Contains(conflict.Evidence, e => e.Article == "early" && e.Sentence.Contains("sprained wrist", StringComparison.Ordinal));
    }

    [Fact]
    public void Sentences_that_repeat_the_correction_are_not_evidence_against_it()
    {
        var text1 = "Leo Grant said the injury was a fracture, not a sprain as his team previously stated.";
        var text2 = "Leo Grant has a fracture and not a sprain, his doctor confirmed.";
        StoryArticle Story(string id, string text) => new(id, new PartialDate(2022, 6), text, Recognizer.Recognize(id, text));
        var articles = new[] { Story("a", text1), Story("b", text2) };
        var correction = Assert.Single(CorrectionDetector.Default.Detect("a", text1, articles[0].Entities));
        Assert.Empty(new ConflictFinder().Find(articles, [correction], []));
    }
}
