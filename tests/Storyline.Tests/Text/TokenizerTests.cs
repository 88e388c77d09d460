using Storyline.Text;

namespace Storyline.Tests.Text;

public class TokenizerTests
{
    private static string[] Words(string text) => Tokenizer.Tokenize(text).Select(t => text.Substring(t.Start, t.Length)).ToArray();

    [Fact]
    public void Tokenizer_keeps_inner_apostrophes_hyphens_and_periods()
        => Assert.Equal(["Teigen's", "well-known", "U.S", "grew", "3.5", "percent"], Words("Teigen's well-known U.S. grew 3.5 percent."));

    [Fact]
    public void Tokenizer_drops_punctuation_and_trailing_joiners()
        => Assert.Equal(["To", "our", "Jack", "I'm", "so", "sorry"], Words("\"To our Jack – I'm so sorry...\""));

    [Fact]
    public void Tokenizer_returns_nothing_for_text_without_words() => Assert.Empty(Words(" -- ... !? "));
}

public class TokenizerTokenEndTests
{
    // Characters that decide token ends: ASCII letters and digits and their neighbours in the code table (which the
    // vector test must turn down), joiners, punctuation, spaces, letters and digits outside ASCII, a combining mark.
    private const string Alphabet = "aAzZ09@[`{/:'’-.&, \n\"éÄ٣\u0301\u00ADЖ一ā\u212A";

    [Fact]
    public void TokenEnd_splits_random_text_where_the_tokenizer_does()
    {
        var random = new Random(17);
        for (var round = 0; round < 2_000; round++)
        {
            var chars = new char[random.Next(0, 80)];
            for (var k = 0; k < chars.Length; k++)
                chars[k] = random.Next(3) == 0 ? Alphabet[random.Next(Alphabet.Length)] : (char)('a' + random.Next(26));
            var text = new string(chars);
            Assert.Equal(Expected(text), BlockScanned(text));
        }
    }

    [Fact]
    public void TokenEnd_reads_long_words_and_joined_words_whole()
    {
        const string text = "internationalization well-known-and-loved U.S.A.B.C.D.E. café\u0301s 1234567890123 mañana";
        Assert.Equal(Expected(text), BlockScanned(text));
        Assert.Contains((0, "internationalization".Length), BlockScanned(text));
    }

    private static List<(int, int)> Expected(string text) => Tokenizer.Tokenize(text).Select(t => (t.Start, t.Length)).ToList();

    private static List<(int, int)> BlockScanned(string text)
    {
        var found = new List<(int, int)>();
        var i = 0;
        while (true)
        {
            while (i < text.Length && !Tokenizer.IsWordChar(text[i])) i++;
            if (i >= text.Length) return found;
            var end = Tokenizer.TokenEnd(text, i + 1);
            found.Add((i, end - i));
            i = end;
        }
    }
}
