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
