using System.Buffers;

namespace Storyline.Fingerprints;

/// <summary>
/// Computes the <see cref="Fingerprint"/> of a text: one tokenizer pass for the exact hash and the shingle
/// hashes (in a pooled buffer), then the MinHash minima with the fastest SIMD kernel of the machine.
/// Immutable and thread-safe: one instance serves every thread.
/// </summary>
public sealed class Fingerprinter
{
    private readonly MinHasher _hasher;

    /// <summary>A fingerprinter with <paramref name="options"/> (the defaults when null); throws on invalid options.</summary>
    public Fingerprinter(FingerprintOptions? options = null) : this(options, null) { }

    internal Fingerprinter(FingerprintOptions? options, MinHashKernel? kernel)
    {
        Options = (options ?? FingerprintOptions.Default).EnsureValid();
        _hasher = new MinHasher(Options.Permutations, Options.Seed, kernel);
    }

    /// <summary>The options in force.</summary>
    public FingerprintOptions Options { get; }

    internal MinHashKernel Kernel => _hasher.Kernel;

    /// <summary>The fingerprint of <paramref name="text"/> (the article body).</summary>
    public Fingerprint Compute(ReadOnlySpan<char> text)
    {
        var buffer = ArrayPool<uint>.Shared.Rent(Shingler.MaxShingles(text));
        try
        {
            var counts = Shingler.Shingle(text, Options.ShingleWords, buffer);
            var minima = new uint[Options.Permutations];
            _hasher.Compute(buffer.AsSpan(0, counts.Shingles), minima);
            return new Fingerprint(new ExactFingerprint(counts.ExactHash), new MinHashSignature(minima, counts.Shingles), counts.Words);
        }
        finally
        {
            ArrayPool<uint>.Shared.Return(buffer);
        }
    }
}
