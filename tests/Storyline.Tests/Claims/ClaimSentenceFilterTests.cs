using Storyline.Claims;

namespace Storyline.Tests.Claims;

public class ClaimSentenceFilterTests
{
    private static readonly string[] CueWords = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "birthday"];

    [Theory]
    [InlineData("Teigen, 35, shared the news.")]
    [InlineData("The 35-year-old model shared the news.")]
    [InlineData("She celebrated her fortieth birthday in Rome.")]
    [InlineData("The firm has twelve employees.")]
    [InlineData("The firm has Twelve employees.")]
    [InlineData("(two)")]
    [InlineData("Revenue reached ٣ million.")]
    public void A_sentence_with_a_digit_a_number_word_or_a_birthday_is_kept(string sentence) =>
        Assert.True(ClaimScan.MayHoldAgeOrCount(sentence));

    [Theory]
    [InlineData("The mayor said the network was often down.")]
    [InlineData("Attention turned to the seventies revival.")]
    [InlineData("No numbers here, only words.")]
    [InlineData("")]
    public void A_sentence_without_any_of_them_is_skipped(string sentence) =>
        Assert.False(ClaimScan.MayHoldAgeOrCount(sentence));

    [Fact]
    public void Every_cue_word_in_any_letter_case_is_kept()
    {
        foreach (var word in CueWords)
        {
            Assert.True(ClaimScan.MayHoldAgeOrCount($"They had {word} dogs."), word);
            Assert.True(ClaimScan.MayHoldAgeOrCount(word.ToUpperInvariant()), word);
            Assert.True(ClaimScan.MayHoldAgeOrCount(char.ToUpperInvariant(word[0]) + word[1..] + ","), word);
        }
    }

    [Fact]
    public void A_character_that_equals_a_letter_of_a_cue_word_ignoring_case_is_kept()
    {
        // Word lookups ignore case, under which some non-ASCII letters equal ASCII ones ("ſix" is "six").
        for (var c = (char)128; c < char.MaxValue; c++)
            foreach (var word in CueWords)
                foreach (var letter in word.Distinct())
                    if (string.Equals(c.ToString(), letter.ToString(), StringComparison.OrdinalIgnoreCase))
                        Assert.True(ClaimScan.MayHoldAgeOrCount("they had " + word.Replace(letter, c) + " dogs"), $"U+{(int)c:X4} in {word}");
    }

    [Fact]
    public void Every_digit_of_any_script_is_kept()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
            if (char.IsDigit(c)) Assert.True(ClaimScan.MayHoldAgeOrCount("about " + c + " people"), $"U+{(int)c:X4}");
    }
}
