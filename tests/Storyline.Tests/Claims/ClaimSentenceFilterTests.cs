using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
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

    [Property(MaxTest = 300)]
    public bool The_vectorized_letter_mask_equals_the_character_by_character_one(string text)
    {
        text ??= "";
        for (var start = 0; start < text.Length; start += 64)
        {
            var block = text.AsSpan(start, Math.Min(64, text.Length - start));
            if (ClaimScan.LetterMask(block, vectorize: true) != ClaimScan.LetterMask(block, vectorize: false)) return false;
        }
        return true;
    }

    [Property(MaxTest = 500)]
    public Property The_filter_agrees_with_a_walk_of_the_characters_on_both_paths() =>
        Prop.ForAll(NewsLike().ToArbitrary(), sentence =>
        {
            var expected = ReferenceWalk(sentence);
            return ClaimScan.MayHoldAgeOrCount(sentence, vectorize: true) == expected && ClaimScan.MayHoldAgeOrCount(sentence, vectorize: false) == expected;
        });

    // Sentences of cue words, near misses and separators, long enough to cross the filter's 64-character blocks.
    private static Gen<string> NewsLike()
    {
        string[] pieces = [.. CueWords, "Twelve", "SIXTEEN", "often", "seventies", "tenth", "a", "the", "birthdays", "ſix", "é", "tw", "ele",
            " ", " ", " ", ", ", "-", "'", "“", "é", "\u00A0", "ten\u00E9", "x"];
        return Gen.Elements(pieces).ListOf().Select(l => string.Concat(l));
    }

    // The filter as a walk over every character: the definition the searches must keep.
    private static bool ReferenceWalk(string s)
    {
        for (var i = 0; i < s.Length;)
        {
            var c = s[i];
            if (!char.IsAsciiLetter(c))
            {
                if (char.IsDigit(c) || (!char.IsAscii(c) && char.IsAscii(char.ToUpperInvariant(c)))) return true;
                i++;
                continue;
            }
            var start = i;
            while (++i < s.Length && char.IsAsciiLetter(s[i])) { }
            if ((start > 0 && char.IsLetterOrDigit(s[start - 1])) || (i < s.Length && char.IsLetterOrDigit(s[i]))) continue;
            if (CueWords.Contains(s[start..i], StringComparer.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
