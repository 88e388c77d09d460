using Storyline.Fingerprints;

namespace Storyline.Tests.Fingerprints;

public class LshIndexTests
{
    private static readonly Fingerprinter Default = new();

    private static MinHashSignature Sig(string text) => Default.Compute(text).Signature;

    [Fact]
    public void Candidates_are_the_similar_documents_in_ascending_order_without_repeats()
    {
        var index = new LshIndex(FingerprintOptions.Default);
        var text = TestTexts.Article(5);
        index.Add(7, Sig(text));
        index.Add(2, Sig(TestTexts.Edit(text, 3, 1)));
        index.Add(4, Sig(TestTexts.Article(6)));
        index.Add(3, Sig(text));
        Assert.Equal([2, 3, 7], index.Candidates(Sig(text)));
    }

    [Fact]
    public void Unrelated_documents_are_not_candidates()
    {
        var index = new LshIndex(FingerprintOptions.Default);
        for (var i = 0; i < 50; i++) index.Add(i, Sig(TestTexts.Article(100 + i)));
        Assert.Empty(index.Candidates(Sig(TestTexts.Article(99))));
    }

    [Fact]
    public void Empty_signatures_are_neither_indexed_nor_matched()
    {
        var index = new LshIndex(FingerprintOptions.Default);
        index.Add(0, Sig(""));
        Assert.Equal(0, index.Count);
        Assert.Empty(index.Candidates(Sig("")));
    }

    [Fact]
    public void Index_grows_past_its_initial_capacity()
    {
        var index = new LshIndex(FingerprintOptions.Default);
        var signature = Sig("the same short text");
        for (var i = 0; i < 3000; i++) index.Add(i, signature);
        var candidates = index.Candidates(signature);
        Assert.Equal(3000, candidates.Count);
        Assert.Equal(Enumerable.Range(0, 3000), candidates);
    }

    [Theory]
    [InlineData(0.3, 0.05, 0.45)]
    [InlineData(0.7, 0.995, 1.0)]
    public void Candidate_probability_follows_the_documented_S_curve(double similarity, double low, double high)
    {
        // Fraction of synthetic pairs at a given Jaccard that share a band, against 1 − (1 − s⁴)³².
        var found = 0;
        const int pairs = 200;
        for (var seed = 0; seed < pairs; seed++)
        {
            var index = new LshIndex(FingerprintOptions.Default);
            var (x, y) = PairWithJaccard(similarity, seed);
            index.Add(0, x);
            if (index.Candidates(y).Count == 1) found++;
        }
        Assert.InRange(found / (double)pairs, low, high);
    }

    /// <summary>Two signatures over synthetic shingle sets with the given Jaccard similarity.</summary>
    private static (MinHashSignature, MinHashSignature) PairWithJaccard(double jaccard, int seed)
    {
        const int size = 400;
        var random = new Random(seed);
        var shared = (int)Math.Round(2 * size * jaccard / (1 + jaccard));
        var common = Enumerable.Range(0, shared).Select(_ => (uint)random.NextInt64()).ToArray();
        var a = common.Concat(Enumerable.Range(0, size - shared).Select(_ => (uint)random.NextInt64())).ToArray();
        var b = common.Concat(Enumerable.Range(0, size - shared).Select(_ => (uint)random.NextInt64())).ToArray();
        var hasher = new MinHasher(128, FingerprintOptions.Default.Seed);
        var x = new uint[128];
        var y = new uint[128];
        hasher.Compute(a, x);
        hasher.Compute(b, y);
        return (new MinHashSignature(x, size), new MinHashSignature(y, size));
    }
}
