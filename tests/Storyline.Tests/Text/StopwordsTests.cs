using Storyline.Text;

namespace Storyline.Tests.Text;

public class StopwordsTests
{
    [Theory]
    [InlineData("the")]
    [InlineData("was")]
    [InlineData("don't")]
    [InlineData("themselves")]
    public void Common_function_words_are_stopwords(string word) => Assert.True(Stopwords.IsStopword(word));

    [Theory]
    [InlineData("teigen")]
    [InlineData("ketamine")]
    [InlineData("said")]
    [InlineData("The")]
    [InlineData("")]
    public void Content_words_and_non_lowercase_forms_are_not_stopwords(string word) => Assert.False(Stopwords.IsStopword(word));

    [Fact]
    public void Stopword_list_is_a_standard_sized_lowercase_list()
    {
        Assert.InRange(Stopwords.All.Count, 170, 300);
        Assert.All(Stopwords.All, w => Assert.Equal(w.ToLowerInvariant(), w));
    }

    [Fact]
    public void Stopword_lookup_on_a_slice_does_not_allocate()
    {
        Lookups(); // the first run pays for JIT and tiering
        var before = GC.GetAllocatedBytesForCurrentThread();
        var hits = Lookups();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(1000, hits);
        Assert.Equal(0, allocated);

        static int Lookups()
        {
            var text = "in the house".AsSpan();
            var hits = 0;
            for (var i = 0; i < 1000; i++)
                if (Stopwords.IsStopword(text[3..6])) hits++;
            return hits;
        }
    }
}
