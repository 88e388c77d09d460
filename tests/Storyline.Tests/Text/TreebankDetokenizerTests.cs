using Storyline.Text;

namespace Storyline.Tests.Text;

public class TreebankDetokenizerTests
{
    [Theory]
    [InlineData("Egypt 's state media -LRB- MENA -RRB- said `` no '' , on 1\\/26\\/11 .", "Egypt's state media (MENA) said \"no\", on 1/26/11.")]
    [InlineData("They did n't leave Washington , D.C. .", "They didn't leave Washington, D.C.")]
    [InlineData("Jan. 25 , 2011", "Jan. 25, 2011")]
    public void Detokenizer_restores_ordinary_text(string tokenized, string expected)
        => Assert.Equal(expected, TreebankDetokenizer.Detokenize(tokenized));

    [Theory]
    [InlineData("Protesters -LRB- thousands -RRB- gathered.")]
    [InlineData("He said `` no '' to them.")]
    [InlineData("One , two , three , four , five , and six .")]
    public void Tokenized_text_is_recognized(string text) => Assert.True(TreebankDetokenizer.LooksTokenized(text));

    [Theory]
    [InlineData("Protesters (thousands) gathered.")]
    [InlineData("The code -LRB-x was odd, and ``quoted'' too.")]
    [InlineData("One, two, three, four, five, and six.")]
    [InlineData("A list , oddly spaced, here, there, and everywhere.")]
    public void Ordinary_text_is_left_alone(string text) => Assert.False(TreebankDetokenizer.LooksTokenized(text));

    [Fact]
    public void Detokenizing_keeps_the_lines()
        => Assert.Equal("Egypt's army (SCAF) spoke.\n\nIt's over.", TreebankDetokenizer.DetokenizeLines("Egypt 's army -LRB- SCAF -RRB- spoke .\n\nIt 's over ."));
}
