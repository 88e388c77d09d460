using System.Runtime.CompilerServices;

namespace Storyline.Fingerprints;

/// <summary>What one pass over a text yields: the count of words and shingles and the exact word-sequence hash.</summary>
/// <param name="Words">Word tokens in the text.</param>
/// <param name="Shingles">Shingle hashes written to the output buffer.</param>
/// <param name="ExactHash">Hash of the case-folded word sequence.</param>
internal readonly record struct ShingleCounts(int Words, int Shingles, ulong ExactHash);

/// <summary>
/// Turns a text into 32-bit hashes of its case-folded k-word shingles, and the hash of its whole
/// word sequence, in one pass (<see cref="WordScanner"/>). No string is made: shingle hashes roll over the word hashes.
/// </summary>
internal static class Shingler
{
    /// <summary>Odd multiplier of the rolling polynomial over word hashes.</summary>
    private const ulong RollingBase = 0x9E3779B97F4A7C15UL;

    /// <summary>Seed of the exact word-sequence hash, so it differs from the hash of any single word.</summary>
    private const ulong ExactSeed = 0x243F6A8885A308D3UL;

    /// <summary>An upper bound on the number of shingles of <paramref name="text"/>, to size the output buffer.</summary>
    public static int MaxShingles(ReadOnlySpan<char> text) => text.Length / 2 + 1;

    /// <summary>
    /// Writes the shingle hashes of <paramref name="text"/> to <paramref name="output"/> (at least
    /// <see cref="MaxShingles"/> long, or empty to compute only the counts and the exact hash).
    /// </summary>
    [SkipLocalsInit]
    public static ShingleCounts Shingle(ReadOnlySpan<char> text, int shingleWords, Span<uint> output)
    {
        Span<ulong> ring = stackalloc ulong[FingerprintOptions.MaxShingleWords];
        var power = 1UL;
        for (var i = 0; i < shingleWords; i++) power *= RollingBase;
        var sink = new Sink
        {
            Ring = ring[..shingleWords],
            Output = output,
            Emit = !output.IsEmpty,
            BasePowerK = power,
            Exact = ExactSeed,
        };
        WordScanner.Scan(text, ref sink);

        // A text shorter than one shingle still gets one shingle, of all its words.
        if (sink.Emit && sink.Words is > 0 && sink.Words < shingleWords)
            output[sink.Count++] = Finish(sink.Rolling);
        var exact = Hash64.Avalanche(sink.Exact ^ (ulong)sink.Words);
        return new ShingleCounts(sink.Words, sink.Count, exact);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Finish(ulong rolling) => (uint)(Hash64.Avalanche(rolling) >> 32);

    private ref struct Sink : IWordSink
    {
        public Span<ulong> Ring;
        public Span<uint> Output;
        public bool Emit;
        public ulong BasePowerK;
        public ulong Rolling;
        public ulong Exact;
        public int Words;
        public int Count;
        public int Slot;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Word(ulong h)
        {
            Exact = Hash64.Fold(Exact, h);
            if (!Emit) { Words++; return; }

            // Rolling polynomial: multiply in the new word, take out the one that left the window.
            var k = Ring.Length;
            Rolling = Rolling * RollingBase + h;
            if (Words >= k) Rolling -= Ring[Slot] * BasePowerK;
            Ring[Slot] = h;
            if (++Slot == k) Slot = 0;
            Words++;
            if (Words >= k) Output[Count++] = Finish(Rolling);
        }
    }
}
