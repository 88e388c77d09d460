using Storyline.Time;

namespace Storyline.Tests.Time;

public class TimexLexiconTests
{
    [Fact]
    public void Short_words_are_compared_alike_with_vectors_and_one_at_a_time()
    {
        Assert.True(TimexLexicon.BucketPathsAgree());
    }
}
