using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Storyline.Text;

namespace Storyline.Tests.Text;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("\u201CTo the son we almost had\u201D", "\"To the son we almost had\"")]
    [InlineData("Teigen\u2019s \u2018blessing\u2019", "Teigen's 'blessing'")]
    [InlineData("\u00ABoui\u00BB \u201Elow\u201C", "\"oui\" \"low\"")]
    [InlineData("1990\u20132000 and \u22125 degrees", "1990-2000 and -5 degrees")]
    [InlineData("To our Jack \u2013 I'm so sorry\u2026", "To our Jack - I'm so sorry...")]
    [InlineData("her son\u2014Jack\u2014was", "her son - Jack - was")]
    [InlineData("a \u2014 b", "a - b")]
    public void Normalizer_straightens_quotes_dashes_and_ellipses(string input, string expected)
        => Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Theory]
    [InlineData("a\u00A0b\u2009c\u202Fd\u3000e\tf", "a b c d e f")]
    [InlineData("one   two    three", "one two three")]
    [InlineData("line one   \nline two\t\n", "line one\nline two")]
    [InlineData("  indented\n    more", "indented\nmore")]
    [InlineData("a\r\nb\rc", "a\nb\nc")]
    [InlineData("para one\n\n\n\n\npara two", "para one\n\npara two")]
    [InlineData("para one\n   \n \t \n\npara two", "para one\n\npara two")]
    [InlineData("\n\n\ntitle\n\n", "title")]
    [InlineData("a\u2029b\u2028c", "a\n\nb\nc")]
    public void Normalizer_cleans_spaces_and_line_breaks(string input, string expected)
        => Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Theory]
    [InlineData("\uFEFFHeadline", "Headline")]
    [InlineData("ket\u00ADamine", "ketamine")]
    [InlineData("zero\u200Bwidth\u2060joiner\u200E", "zerowidthjoiner")]
    [InlineData("bell\u0007 char", "bell char")]
    public void Normalizer_strips_invisible_characters(string input, string expected)
        => Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Theory]
    [InlineData("Ame\u0301lie", "Am\u00E9lie")]
    [InlineData("\u212Bngstr\u00F6m", "\u00C5ngstr\u00F6m")]
    [InlineData("a\u0302\u0323", "\u1EAD")]
    [InlineData("a\u0323\u0302", "\u1EAD")]
    [InlineData("\u1100\u1161\u11A8", "\uAC01")]
    [InlineData("\uFB01nance of\uFB02ine", "finance offline")]
    [InlineData("\uFF26\uFF55\uFF4C\uFF4C\uFF0D\uFF57\uFF49\uFF44\uFF54\uFF48", "Full-width")]
    [InlineData("\U0001D401\U0001D428\U0001D425\U0001D41D", "Bold")]
    [InlineData("co\u00F6perate e\u200B\u0301", "co\u00F6perate \u00E9")]
    public void Normalizer_composes_to_NFC_and_folds_ligatures_and_wide_letters(string input, string expected)
        => Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Theory]
    [InlineData("Blessed \U0001F64F\U0001F3FD and \u2764\uFE0F")]
    [InlineData("family \U0001F468\u200D\U0001F469\u200D\U0001F467 flag \U0001F1FA\U0001F1F8")]
    [InlineData("\U0001F3F4\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F England")]
    public void Normalizer_keeps_emoji_intact(string input)
        => Assert.Equal(input, TextNormalizer.Normalize(input));

    [Fact]
    public void Normalizer_returns_the_same_instance_when_nothing_changes()
    {
        var text = new string("Chrissy Teigen, 35, shared a tribute on Sept. 28.\n\nJohn Legend\u00E9 said \"thank you\".".AsSpan());
        Assert.Same(text, TextNormalizer.Normalize(text));
    }

    [Fact]
    public void Normalizer_returns_empty_for_empty_and_null_input()
    {
        Assert.Equal("", TextNormalizer.Normalize(""));
        Assert.Equal("", TextNormalizer.Normalize(null!));
    }

    [Property(MaxTest = 500)]
    public bool Normalizer_is_idempotent(string text)
    {
        var once = TextNormalizer.Normalize(text ?? "");
        return TextNormalizer.Normalize(once) == once;
    }

    [Property(MaxTest = 300)]
    public bool Normalized_text_has_no_carriage_returns_tabs_or_double_spaces(string text)
    {
        var n = TextNormalizer.Normalize(text ?? "");
        return !n.Contains('\r') && !n.Contains('\t') && !n.Contains("  ", StringComparison.Ordinal)
            && !n.Contains(" \n", StringComparison.Ordinal) && !n.Contains("\n\n\n", StringComparison.Ordinal);
    }

    // Characters the normalizer treats specially, so random texts exercise every rule together.
    private static readonly string[] Alphabet =
    [
        "a", "e", "Z", "1", ".", " ", "  ", "\t", "\n", "\r", "\r\n", "\u00A0", "\u2009", "\u3000", "\u2028", "\u2029",
        "\u2018", "\u2019", "\u201C", "\u201D", "\u00AB", "\u2013", "\u2014", "\u2212", "\u2026", "\u00AD", "\u200B",
        "\u200D", "\uFEFF", "\u0301", "\u0323", "\u0302", "\u1100", "\u1161", "\u11A8", "\uFB01", "\uFF21", "\u212B",
        "\U0001F468", "\U0001F469", "\uFE0F", "\u2764", "\U0001D400", "\u0007", "\u00E9",
    ];

    private static Arbitrary<string> TrickyText()
        => Gen.Elements(Alphabet).ArrayOf().Select(parts => string.Concat(parts)).ToArbitrary();

    [Property(MaxTest = 1000)]
    public Property Normalizer_is_idempotent_on_texts_full_of_special_characters()
        => Prop.ForAll(TrickyText(), text =>
        {
            var once = TextNormalizer.Normalize(text);
            return TextNormalizer.Normalize(once) == once;
        });
}
