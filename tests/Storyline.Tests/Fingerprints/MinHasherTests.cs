using System.Runtime.Intrinsics;
using Storyline.Fingerprints;

namespace Storyline.Tests.Fingerprints;

public class MinHasherTests
{
    public static TheoryData<int, int> Sizes => new() { { 16, 0 }, { 16, 1 }, { 48, 7 }, { 128, 1119 }, { 256, 5000 } };

    private static uint[] RandomShingles(int count, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => (uint)random.NextInt64()).ToArray();
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Vector_kernels_give_the_scalar_kernel_signature(int permutations, int shingles)
    {
        var input = RandomShingles(shingles, permutations + shingles);
        var scalar = new uint[permutations];
        new MinHasher(permutations, 99, MinHashKernel.Scalar).Compute(input, scalar);
        foreach (var kernel in new[] { MinHashKernel.Vector256, MinHashKernel.Vector512 })
        {
            var vector = new uint[permutations];
            new MinHasher(permutations, 99, kernel).Compute(input, vector);
            Assert.Equal(scalar, vector);
        }
    }

    [Fact]
    public void The_best_kernel_is_one_the_machine_accelerates()
    {
        var best = MinHasher.BestKernel;
        Assert.True(best == MinHashKernel.Scalar
            || (best == MinHashKernel.Vector256 && Vector256.IsHardwareAccelerated)
            || (best == MinHashKernel.Vector512 && Vector512.IsHardwareAccelerated));
    }

    [Fact]
    public void Fingerprinters_on_every_kernel_give_equal_fingerprints()
    {
        var text = TestTexts.Article(11, 700);
        var scalar = new Fingerprinter(null, MinHashKernel.Scalar).Compute(text);
        Assert.Equal(scalar, new Fingerprinter(null, MinHashKernel.Vector256).Compute(text));
        Assert.Equal(scalar, new Fingerprinter(null, MinHashKernel.Vector512).Compute(text));
    }

    [Fact]
    public void Minima_of_no_shingles_are_all_max()
    {
        var minima = new uint[32];
        new MinHasher(32, 1).Compute([], minima);
        Assert.All(minima, m => Assert.Equal(uint.MaxValue, m));
    }

    [Fact]
    public void Each_minimum_is_the_smallest_permuted_value_of_the_set()
    {
        // A set of one shingle: each minimum is that shingle's permuted value, and the permutations differ.
        var one = new uint[128];
        new MinHasher(128, 5).Compute([12345u], one);
        Assert.Equal(128, one.Distinct().Count());
        var more = new uint[128];
        new MinHasher(128, 5).Compute([12345u, 777u, 4242u], more);
        Assert.All(Enumerable.Range(0, 128), i => Assert.True(more[i] <= one[i]));
    }
}
