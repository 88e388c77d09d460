using System.Runtime.CompilerServices;

namespace Storyline.Text;

/// <summary>
/// What a scan gathers of a word's characters on the way, for <see cref="PackedWordTable"/>: a word of up to
/// <see cref="MaxPackedLength"/> ASCII characters is identified by its packed key alone, and every word gets its hash
/// from what was gathered, so a tokenizer that builds the key as it reads spares the table a second pass over the word.
/// </summary>
internal struct WordKey
{
    /// <summary>The most characters a packed key holds.</summary>
    public const int MaxPackedLength = 8;

    // ASCII needs seven bits: eight characters fill the low 56 bits, and the length goes in the top byte, so that no
    // two words pack alike (not even with NULs) and no packed key is zero.
    private const int BitsPerChar = 7;
    private const int LengthShift = MaxPackedLength * BitsPerChar;
    private const uint AsciiLimit = 0x80;
    private const ulong Fibonacci = 0x9E3779B97F4A7C15UL;
    // The product's top 31 bits are the best mixed, and the hash is non-negative.
    private const int HashShift = 64 - 31;
    // The character sum goes where a long word's packed bits are least informative.
    private const int SumShift = 32;

    // The last characters read, the first in the highest bits; later characters push earlier ones out.
    private ulong packed;
    private uint sum;
    private uint any;

    /// <summary>The key after one more character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(char c)
    {
        packed = (packed << BitsPerChar) | c;
        sum += c;
        any |= c;
    }

    /// <summary>The key of a whole word, read from its characters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordKey Of(ReadOnlySpan<char> word)
    {
        var key = default(WordKey);
        foreach (var c in word) key.Add(c);
        return key;
    }

    /// <summary>
    /// Whether a word of <paramref name="length"/> characters with this key is identified by <see cref="Packed"/>:
    /// one to <see cref="MaxPackedLength"/> characters, all ASCII.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly bool IsPacked(int length) => (uint)(length - 1) < MaxPackedLength && any < AsciiLimit;

    /// <summary>The word itself as a number, for a word that <see cref="IsPacked"/>: never zero, and below 2^63.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly ulong Packed(int length) => packed | ((ulong)(uint)length << LengthShift);

    /// <summary>The word's hash, non-negative, for a word of <paramref name="length"/> characters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly int Hash(int length)
        => (int)(((packed ^ ((ulong)sum << SumShift) ^ ((ulong)(uint)length << LengthShift)) * Fibonacci) >> HashShift);
}
