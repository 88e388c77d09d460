using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Storyline.Time;

/// <summary>
/// The character classes of a text as bit masks, 64 characters a word: letters, ASCII digits, white space and non-ASCII
/// characters, the four masks of a block side by side. Filled with <see cref="Vector256"/> where the hardware has it, else
/// one character at a time; a flag of <see cref="Fill"/> forces the scalar path, so that tests compare both.
/// </summary>
internal static class TimexCharMasks
{
    /// <summary>
    /// The masks of one 64-character block, and the place of each among them: the four classes, then the first and the last
    /// characters of tokens, which <see cref="Bound"/> adds.
    /// </summary>
    public const int Kinds = 6, Letter = 0, Digit = 1, White = 2, NonAscii = 3, Start = 4, End = 5;

    /// <summary>The length of the mask array of a text of <paramref name="length"/> characters.</summary>
    public static int LengthFor(int length) => ((length + 63) >> 6) * Kinds;

    /// <summary>
    /// Fills the first <see cref="LengthFor"/> words of <paramref name="masks"/>. A letter is an ASCII letter or a non-ASCII
    /// <see cref="char.IsLetter(char)"/>; white space is <see cref="char.IsWhiteSpace(char)"/>; bits past the text's end are clear.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="masks">The masks, at least <see cref="LengthFor"/> long.</param>
    /// <param name="scalar">Whether to class every character alone even where vectors are accelerated (for tests).</param>
    /// <returns>Whether the text has a non-ASCII character.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool Fill(string text, ulong[] masks, bool scalar = false)
    {
        var n = text.Length;
        var blocks = (n + 63) >> 6;
        var full = Vector256.IsHardwareAccelerated && !scalar ? n >> 6 : 0;
        var nonAscii = 0ul;
        ref var chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
        for (var b = 0; b < full; b++)
        {
            ulong letter = 0, digit = 0, white = 0, high = 0;
            for (var q = 0; q < 4; q++)
            {
                var v = Vector256.LoadUnsafe(ref chars, (nuint)(b * 64 + q * 16));
                var shift = q * 16;
                letter |= (ulong)Vector256.LessThanOrEqual((v | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)('z' - 'a'))).ExtractMostSignificantBits() << shift;
                digit |= (ulong)Vector256.LessThanOrEqual(v - Vector256.Create((ushort)'0'), Vector256.Create((ushort)9)).ExtractMostSignificantBits() << shift;
                // ASCII white space is the space and U+0009–U+000D, as char.IsWhiteSpace has it.
                white |= (ulong)(Vector256.Equals(v, Vector256.Create((ushort)' '))
                    | Vector256.LessThanOrEqual(v - Vector256.Create((ushort)'\t'), Vector256.Create((ushort)('\r' - '\t')))).ExtractMostSignificantBits() << shift;
                high |= (ulong)Vector256.GreaterThan(v, Vector256.Create((ushort)127)).ExtractMostSignificantBits() << shift;
            }
            // Non-ASCII characters are rare: each is classed alone.
            for (var h = high; h != 0; h &= h - 1)
            {
                var at = BitOperations.TrailingZeroCount(h);
                var c = text[b * 64 + at];
                if (char.IsWhiteSpace(c)) white |= 1ul << at;
                else if (char.IsLetter(c)) letter |= 1ul << at;
            }
            nonAscii |= high;
            masks[b * Kinds + Letter] = letter;
            masks[b * Kinds + Digit] = digit;
            masks[b * Kinds + White] = white;
            masks[b * Kinds + NonAscii] = high;
        }
        for (var b = full; b < blocks; b++)
        {
            ulong letter = 0, digit = 0, white = 0, high = 0;
            var end = Math.Min(n, b * 64 + 64);
            for (var i = b * 64; i < end; i++)
            {
                var c = text[i];
                var bit = 1ul << i;
                if (c >= 128)
                {
                    high |= bit;
                    if (char.IsWhiteSpace(c)) white |= bit;
                    else if (char.IsLetter(c)) letter |= bit;
                }
                else if (char.IsAsciiLetter(c)) letter |= bit;
                else if (char.IsAsciiDigit(c)) digit |= bit;
                else if (char.IsWhiteSpace(c)) white |= bit;
            }
            nonAscii |= high;
            masks[b * Kinds + Letter] = letter;
            masks[b * Kinds + Digit] = digit;
            masks[b * Kinds + White] = white;
            masks[b * Kinds + NonAscii] = high;
        }
        return nonAscii != 0;
    }

    /// <summary>
    /// Marks the first and the last character of every token: a letter run, a digit run, or any other character that is not
    /// white space. The filled class masks must be at hand.
    /// </summary>
    /// <returns>The number of tokens.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Bound(ulong[] masks, int n)
    {
        var blocks = (n + 63) >> 6;
        var count = 0;
        ulong previousLetter = 0, previousDigit = 0;
        for (var b = 0; b < blocks; b++)
        {
            var at = b * Kinds;
            var letter = masks[at + Letter];
            var digit = masks[at + Digit];
            var inText = b == blocks - 1 && (n & 63) != 0 ? (1ul << n) - 1 : ulong.MaxValue;
            var other = ~(letter | digit | masks[at + White]) & inText;
            // Carried over the block edges: the last bits of the block before, the first bits of the block after.
            ulong nextLetter = 0, nextDigit = 0;
            if (b + 1 < blocks)
            {
                nextLetter = masks[at + Kinds + Letter] & 1;
                nextDigit = masks[at + Kinds + Digit] & 1;
            }
            var starts = (letter & ~((letter << 1) | previousLetter)) | (digit & ~((digit << 1) | previousDigit)) | other;
            masks[at + Start] = starts;
            masks[at + End] = (letter & ~((letter >> 1) | (nextLetter << 63))) | (digit & ~((digit >> 1) | (nextDigit << 63))) | other;
            count += BitOperations.PopCount(starts);
            previousLetter = letter >> 63;
            previousDigit = digit >> 63;
        }
        return count;
    }

    /// <summary>Whether a bit of mask <paramref name="kind"/> is set in positions [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static bool AnySet(ulong[] masks, int kind, int start, int end)
    {
        for (var b = start >> 6; b << 6 < end; b++)
        {
            var x = masks[b * Kinds + kind];
            if (b == start >> 6) x &= ulong.MaxValue << start;
            var last = end - (b << 6);
            if (last < 64) x &= (1ul << last) - 1;
            if (x != 0) return true;
        }
        return false;
    }
}
