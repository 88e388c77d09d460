using Storyline.Fingerprints;

namespace Storyline.Tests.Fingerprints;

public class ShinglerTests
{
    private static readonly Fingerprinter Default = new();

    [Theory]
    [InlineData("", 0, 0)]
    [InlineData("... -- !", 0, 0)]
    [InlineData("one", 1, 1)]
    [InlineData("one two three four", 4, 1)]
    [InlineData("one two three four five", 5, 1)]
    [InlineData("one two three four five six seven", 7, 3)]
    public void Shingles_are_five_word_windows_and_a_short_text_gets_one(string text, int words, int shingles)
    {
        var fingerprint = Default.Compute(text);
        Assert.Equal(words, fingerprint.Words);
        Assert.Equal(shingles, fingerprint.Signature.Shingles);
    }

    [Fact]
    public void Shingle_hashes_are_the_same_windows_hashed_from_scratch()
    {
        // Rolling hashes must equal what each window gives on its own: compare each window with a one-shingle text.
        var words = "alpha beta gamma delta epsilon zeta eta theta".Split(' ');
        var text = string.Join(' ', words);
        var buffer = new uint[Shingler.MaxShingles(text)];
        var counts = Shingler.Shingle(text, 5, buffer);
        for (var i = 0; i < counts.Shingles; i++)
        {
            var single = new uint[8];
            Shingler.Shingle(string.Join(' ', words[i..(i + 5)]), 5, single);
            Assert.Equal(single[0], buffer[i]);
        }
    }

    [Fact]
    public void Exact_fingerprint_ignores_whitespace_punctuation_and_case()
        => Assert.Equal(
            ExactFingerprint.Of("Chrissy Teigen, 35, opened up.\n\nShe said: \"It's a process.\""),
            ExactFingerprint.Of("chrissy   TEIGEN 35 opened up she said it’s a process"));

    [Fact]
    public void Exact_fingerprint_changes_with_one_word_or_the_word_order()
    {
        var original = ExactFingerprint.Of("the minister said on Tuesday");
        Assert.NotEqual(original, ExactFingerprint.Of("the minister said on Wednesday"));
        Assert.NotEqual(original, ExactFingerprint.Of("the said minister on Tuesday"));
    }

    [Fact]
    public void Exact_fingerprint_is_the_one_the_fingerprinter_computes()
    {
        var text = TestTexts.Article(3);
        Assert.Equal(ExactFingerprint.Of(text), Default.Compute(text).Exact);
    }
}
