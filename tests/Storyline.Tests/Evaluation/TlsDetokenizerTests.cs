using Storyline.Evaluation;

namespace Storyline.Tests.Evaluation;

public class TlsDetokenizerTests
{
    [Theory]
    [InlineData("Egypt 's state media -LRB- MENA -RRB- said `` no '' , on 1\\/26\\/11 .", "Egypt's state media (MENA) said \"no\", on 1/26/11.")]
    [InlineData("They did n't leave Washington , D.C. .", "They didn't leave Washington, D.C.")]
    [InlineData("Jan. 25 , 2011", "Jan. 25, 2011")]
    public void Detokenizer_restores_ordinary_text(string tokenized, string expected)
        => Assert.Equal(expected, TlsDetokenizer.Detokenize(tokenized));
}
