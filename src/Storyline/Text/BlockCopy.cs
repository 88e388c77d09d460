using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Storyline.Text;

/// <summary>Which lanes of a block of chars end a verbatim copy, given the block and the block one char further on.</summary>
internal interface IBlockStops
{
    /// <summary>A lane with its top bit set for each char of <paramref name="chars"/> where copying must stop.</summary>
    static abstract Vector128<ushort> Stops(Vector128<ushort> chars, Vector128<ushort> next);
}

/// <summary>
/// Copies text to an output a block of chars at a time for as long as a stop test finds nothing: the text passes that
/// most of an article is made of, whose output is their input. Each block is written before it is tested, so the copy
/// pays no branch per char; the caller goes on char by char from where it stopped.
/// </summary>
internal static class BlockCopy
{
    /// <summary>
    /// Copies whole blocks from <paramref name="source"/>[<paramref name="i"/>] to <paramref name="target"/>[<paramref name="w"/>]
    /// and moves both past what was kept; stops at the first stopping char, or when a block and the char after it no longer
    /// fit in the source. The target must have room for a whole block wherever the copy writes. Does nothing without
    /// hardware vectors.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void While<TStops>(ReadOnlySpan<char> source, ref int i, Span<char> target, ref int w)
        where TStops : IBlockStops
    {
        if (!Vector128.IsHardwareAccelerated) return;
        ref var from = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(source));
        ref var to = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(target));
        // In locals, not through the references, so the loop keeps them in registers.
        int at = i, written = w;
        while (at + Vector128<ushort>.Count < source.Length)
        {
            var chars = Vector128.LoadUnsafe(ref from, (nuint)at);
            chars.StoreUnsafe(ref to, (nuint)written);
            var stops = TStops.Stops(chars, Vector128.LoadUnsafe(ref from, (nuint)(at + 1))).ExtractMostSignificantBits();
            if (stops != 0)
            {
                var kept = BitOperations.TrailingZeroCount(stops);
                at += kept;
                written += kept;
                break;
            }
            at += Vector128<ushort>.Count;
            written += Vector128<ushort>.Count;
        }
        i = at;
        w = written;
    }
}
