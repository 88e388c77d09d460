using Storyline.Time;

namespace Storyline.Tests.Time;

public class TimexTokensTests
{
    /// <summary>Every character once, between ASCII words and digits, so that each falls at every place of a 64-character block.</summary>
    private static string EveryCharacter()
    {
        var b = new System.Text.StringBuilder();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            b.Append((char)c);
            if (c % 7 == 0) b.Append(" ab1");
            if (c % 11 == 0) b.Append("\n\tZ9");
        }
        return b.ToString();
    }

    [Fact]
    public void Character_masks_are_the_same_on_the_vector_and_the_scalar_path()
    {
        var text = EveryCharacter();
        var vector = new ulong[TimexCharMasks.LengthFor(text.Length)];
        var scalar = new ulong[vector.Length];
        Assert.Equal(TimexCharMasks.Fill(text, scalar, scalar: true), TimexCharMasks.Fill(text, vector));
        Assert.Equal(scalar, vector);
    }

    [Fact]
    public void Character_masks_class_letters_digits_and_white_space_as_char_does()
    {
        var text = EveryCharacter();
        var masks = new ulong[TimexCharMasks.LengthFor(text.Length)];
        Assert.True(TimexCharMasks.Fill(text, masks));
        bool Bit(int kind, int i) => (masks[(i >> 6) * TimexCharMasks.Kinds + kind] & (1ul << i)) != 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            Assert.Equal(char.IsAsciiLetter(c) || (c >= 128 && char.IsLetter(c)), Bit(TimexCharMasks.Letter, i));
            Assert.Equal(char.IsAsciiDigit(c), Bit(TimexCharMasks.Digit, i));
            Assert.Equal(char.IsWhiteSpace(c), Bit(TimexCharMasks.White, i));
            Assert.Equal(c >= 128, Bit(TimexCharMasks.NonAscii, i));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("x ")]
    [InlineData("pad pad ")]
    public void A_word_has_the_same_entry_in_a_text_as_alone_wherever_it_ends(string before)
    {
        // Short words near the end of a text are looked up without the packed keys: both ways must agree.
        foreach (var key in new[] { "a", "an", "the", "March", "MAY", "sept", "monday", "tomorrow", "quarter", "decades", "year", "years", "presently", "approximately", "marc", "marchx", "zzzz" })
        {
            foreach (var after in new[] { "", ".", " and more words after it" })
            {
                var text = before + key + after;
                using var tokens = TimexTokens.Create(text);
                var at = tokens.Items.ToArray().Single(t => t.Start == before.Length);
                Assert.Equal(key.Length, at.Length);
                Assert.Equal(TimexLexicon.FindWord(key), at.LexId);
            }
        }
    }

    [Fact]
    public void A_short_text_after_a_long_one_is_tagged_as_before()
    {
        var reference = new DateOnly(2020, 10, 1);
        const string Short = "On Sept. 30, 2020, a week later, he said the Q3 results were due in the fall.";
        var first = TemporalTagger.Default.Tag(Short, reference).Select(e => (e.Start, e.Value)).ToArray();
        const string Sentence = "Three years ago, on Monday, March 3, 2019, the company said. ";
        var perSentence = TemporalTagger.Default.Tag(Sentence, reference).Count;
        // Over 85 KB of tokens: the thread's arrays grow, and the short text after it must not see the long one's tokens.
        Assert.Equal(perSentence * 5000, TemporalTagger.Default.Tag(string.Concat(Enumerable.Repeat(Sentence, 5000)), reference).Count);
        Assert.Equal(first, TemporalTagger.Default.Tag(Short, reference).Select(e => (e.Start, e.Value)).ToArray());
        Assert.NotEmpty(first);
    }
}
