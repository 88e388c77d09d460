using Storyline.Text;

namespace Storyline.Tests.Text;

public class PorterStemmerTests
{
    private static readonly string GoldenPath = Path.Combine(AppContext.BaseDirectory, "Specs", "porter2.tsv");

    private static IEnumerable<(string Word, string Stem)> Golden()
        => File.ReadLines(GoldenPath)
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t'))
            .Select(f => (f[0], f[1]));

    [Fact]
    public void Stemmer_agrees_with_the_snowball_reference_on_every_golden_word()
    {
        var golden = Golden().ToList();
        Assert.True(golden.Count >= 5000, $"golden file has only {golden.Count} words");
        var mismatches = golden.Where(g => PorterStemmer.Stem(g.Word) != g.Stem)
            .Select(g => $"{g.Word}: expected {g.Stem}, got {PorterStemmer.Stem(g.Word)}")
            .Take(30).ToList();
        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches));
    }

    [Fact]
    public void Span_overloads_agree_with_the_string_overload()
    {
        Span<char> buffer = stackalloc char[64];
        foreach (var (word, stem) in Golden().Take(2000))
        {
            var length = PorterStemmer.Stem(word.AsSpan(), buffer);
            Assert.Equal(stem, buffer[..length].ToString());
            Assert.Equal(stem, PorterStemmer.Stem(word.AsSpan()));
        }
    }

    [Theory]
    [InlineData("generously", "generous")]
    [InlineData("communication", "communic")]
    [InlineData("skies", "sky")]
    [InlineData("dying", "die")]
    [InlineData("hopping", "hop")]
    [InlineData("hoped", "hope")]
    [InlineData("cried", "cri")]
    [InlineData("ties", "tie")]
    [InlineData("gaps", "gap")]
    [InlineData("gas", "gas")]
    [InlineData("succeeding", "succeed")]
    [InlineData("yelling", "yell")]
    [InlineData("sayings", "say")]
    [InlineData("teigen's", "teigen")]
    [InlineData("'tis", "tis")]
    public void Stemmer_handles_exceptions_y_and_short_syllables(string word, string expected)
        => Assert.Equal(expected, PorterStemmer.Stem(word));

    [Fact]
    public void Stemmer_returns_the_same_instance_for_a_word_that_is_its_own_stem()
    {
        var word = new string("news".AsSpan());
        Assert.Same(word, PorterStemmer.Stem(word));
    }

    [Fact]
    public void Stemmer_handles_words_longer_than_the_stack_buffer()
    {
        var word = string.Concat(Enumerable.Repeat("nation", 20)) + "alization";
        Assert.Equal(PorterStemmer.Stem(word.AsSpan()), PorterStemmer.Stem(word));
        Assert.True(PorterStemmer.Stem(word).Length < word.Length);
    }

    [Fact]
    public void Stemmer_leaves_empty_and_short_words_alone()
    {
        Assert.Equal("", PorterStemmer.Stem(""));
        Assert.Equal("is", PorterStemmer.Stem("is"));
        Assert.Equal("'", PorterStemmer.Stem("'"));
    }
}
