using System.Numerics;
using System.Text;
using Storyline.Fingerprints;

namespace Storyline.Tests.Fingerprints;

public class Hash64Tests
{
    [Theory]
    [InlineData("", 0xEF46DB3751D8E999UL)]
    [InlineData("a", 0xD24EC4F1A98C6E5BUL)]
    [InlineData("abc", 0x44BC2CF5AD770999UL)]
    [InlineData("Nobody inspects the spammish repetition", 0xFBCEA83C8A378BF1UL)]
    [InlineData("The quick brown fox jumps over the lazy dog", 0x0B242D361FDA71BCUL)]
    public void XxHash64_matches_the_published_reference_vectors(string input, ulong expected)
        => Assert.Equal(expected, Hash64.XxHash64(Encoding.ASCII.GetBytes(input)));

    [Fact]
    public void XxHash64_depends_on_the_seed()
        => Assert.NotEqual(Hash64.XxHash64("abc"u8, 0), Hash64.XxHash64("abc"u8, 1));

    [Fact]
    public void XxHash64_of_chars_hashes_their_UTF16_bytes()
        => Assert.Equal(Hash64.XxHash64(Encoding.Unicode.GetBytes("Teigen’s")), Hash64.XxHash64("Teigen’s".AsSpan()));

    [Fact]
    public void Avalanche_flips_about_half_the_output_bits_for_each_flipped_input_bit()
    {
        var random = new Random(17);
        double flipped = 0;
        var trials = 0;
        for (var t = 0; t < 200; t++)
        {
            var x = (ulong)random.NextInt64();
            for (var bit = 0; bit < 64; bit++, trials++)
                flipped += BitOperations.PopCount(Hash64.Avalanche(x) ^ Hash64.Avalanche(x ^ (1UL << bit)));
        }
        Assert.InRange(flipped / trials, 31.0, 33.0);
    }
}
