using Storyline.Fingerprints;

namespace Storyline.Tests.Fingerprints;

public class MinHashSignatureTests
{
    private static readonly Fingerprinter Default = new();

    private static HashSet<uint> ShingleSet(string text)
    {
        var buffer = new uint[Shingler.MaxShingles(text)];
        var counts = Shingler.Shingle(text, FingerprintOptions.Default.ShingleWords, buffer);
        return [.. buffer.AsSpan(0, counts.Shingles).ToArray()];
    }

    private static double ExactJaccard(string x, string y)
    {
        var a = ShingleSet(x);
        var b = ShingleSet(y);
        return (double)a.Intersect(b).Count() / a.Union(b).Count();
    }

    [Fact]
    public void Jaccard_estimate_tracks_the_exact_shingle_Jaccard()
    {
        // Pairs from identical to unrelated; 128 permutations give a standard error of at most 0.044.
        var errors = new List<double>();
        for (var seed = 0; seed < 40; seed++)
        {
            var text = TestTexts.Article(seed, 500);
            var edited = TestTexts.Edit(text, edits: seed * 4, seed: 1000 + seed);
            var exact = ExactJaccard(text, edited);
            var estimate = Default.Compute(text).Signature.EstimateJaccard(Default.Compute(edited).Signature);
            Assert.InRange(estimate, exact - 0.15, exact + 0.15);
            errors.Add(Math.Abs(estimate - exact));
        }
        Assert.True(errors.Average() < 0.04, $"mean absolute error {errors.Average():F3}");
    }

    [Fact]
    public void Identical_texts_estimate_one_and_unrelated_texts_near_zero()
    {
        var a = Default.Compute(TestTexts.Article(1)).Signature;
        Assert.Equal(1.0, a.EstimateJaccard(Default.Compute(TestTexts.Article(1)).Signature));
        Assert.True(a.EstimateJaccard(Default.Compute(TestTexts.Article(2)).Signature) < 0.05);
    }

    [Fact]
    public void Empty_texts_are_similar_to_nothing_not_even_each_other()
    {
        var empty = Default.Compute("  ...  ").Signature;
        Assert.True(empty.IsEmpty);
        Assert.Equal(0.0, empty.EstimateJaccard(Default.Compute("").Signature));
    }

    [Fact]
    public void Signatures_of_different_lengths_cannot_be_compared()
    {
        var short16 = new Fingerprinter(new FingerprintOptions { Permutations = 16, Bands = 4, RowsPerBand = 4 }).Compute("a b c").Signature;
        Assert.Throws<ArgumentException>(() => short16.EstimateJaccard(Default.Compute("a b c").Signature));
    }

    [Fact]
    public void Invalid_options_are_reported_with_a_reason()
    {
        Assert.Null(FingerprintOptions.Default.Validate());
        Assert.Contains("Bands", new FingerprintOptions { Bands = 16 }.Validate());
        Assert.Contains("multiple of 16", new FingerprintOptions { Permutations = 100, Bands = 25 }.Validate());
        Assert.Throws<ArgumentException>(() => new Fingerprinter(new FingerprintOptions { ShingleWords = 0 }));
    }
}
