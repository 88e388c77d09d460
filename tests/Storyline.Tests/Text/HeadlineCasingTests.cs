using FsCheck;
using FsCheck.Fluent;
using Storyline.Text;

namespace Storyline.Tests.Text;

public class HeadlineCasingTests
{
    [Fact]
    public void A_shouted_headline_takes_the_case_the_body_writes_its_words_in()
    {
        const string text = "CHRISSY TEIGEN AND JOHN LEGEND WELCOME A SON\n\nThe couple said Chrissy Teigen and John Legend were thrilled; the son arrived Friday.";
        var restored = HeadlineCasing.Restore(text);
        Assert.StartsWith("Chrissy Teigen and John Legend welcome a son\n\n", restored);
        Assert.EndsWith(text[text.IndexOf("\n\n", StringComparison.Ordinal)..], restored);
    }

    [Fact]
    public void Recasing_keeps_every_offset()
    {
        const string text = "U.S. SENATE PASSES BUDGET BILL\nThe U.S. Senate passed the bill on Tuesday.";
        var restored = HeadlineCasing.Restore(text);
        Assert.Equal(text.Length, restored.Length);
        Assert.Equal(text.ToLowerInvariant(), restored.ToLowerInvariant());
        Assert.StartsWith("U.S. Senate passes budget bill", restored);
    }

    [Fact]
    public void A_word_opening_a_sentence_teaches_its_case_only_when_it_is_not_a_stopword()
    {
        const string text = "THE TEIGEN FAMILY GROWS\nTeigen posted a photo. The family grows.";
        Assert.StartsWith("The Teigen family grows", HeadlineCasing.Restore(text));
    }

    [Fact]
    public void Ordinary_text_short_shouts_and_an_all_capitals_text_are_left_alone()
    {
        const string ordinary = "Chrissy Teigen shares a photo\nThe model posted it on Friday.";
        const string brief = "BREAKING NEWS\nThe model posted it on Friday.";
        const string allCaps = "A TEXT WRITTEN ALL IN CAPITALS\nWITH NOTHING TO LEARN FROM";
        Assert.Same(ordinary, HeadlineCasing.Restore(ordinary));
        Assert.Same(brief, HeadlineCasing.Restore(brief));
        Assert.Same(allCaps, HeadlineCasing.Restore(allCaps));
    }

    [Theory]
    [InlineData("NASA LAUNCHES NEW PROBE", true)]
    [InlineData("NASA launches a new probe", false)]
    [InlineData("WASHINGTON (Reuters) - The Senate voted on Tuesday.", false)]
    [InlineData("TOP NEWS", false)]
    public void A_line_is_shouted_when_nearly_all_its_letters_over_three_words_are_capitals(string line, bool shouted)
        => Assert.Equal(shouted, HeadlineCasing.IsShouted(line));

    [Fact]
    public void Recasing_any_text_changes_only_letter_case()
        => Prop.ForAll(ArbMap.Default.ArbFor<string[]>(), lines =>
        {
            // Shouted lines mixed with ordinary ones, from arbitrary strings (control characters, surrogates, empty lines).
            var text = string.Join("\n", lines.Select((l, i) => i % 2 == 0 ? (l ?? "").ToUpperInvariant() + " SAYS THE TEXT" : (l ?? "") + " says the text"));
            var restored = HeadlineCasing.Restore(text);
            return restored.Length == text.Length && string.Equals(restored, text, StringComparison.OrdinalIgnoreCase);
        }).QuickCheckThrowOnFailure();
}
