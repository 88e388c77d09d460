using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Storyline.Fingerprints;

/// <summary>
/// XXH64, the fast non-cryptographic 64-bit hash (Yann Collet's reference algorithm),
/// plus the small mixing steps the fingerprint stage builds on it.
/// </summary>
public static class Hash64
{
    private const ulong Prime1 = 0x9E3779B185EBCA87UL;
    private const ulong Prime2 = 0xC2B2AE3D27D4EB4FUL;
    private const ulong Prime3 = 0x165667B19E3779F9UL;
    private const ulong Prime4 = 0x85EBCA77C2B2AE63UL;
    private const ulong Prime5 = 0x27D4EB2F165667C5UL;
    private const int StripeBytes = 32;

    /// <summary>XXH64 of <paramref name="data"/> with <paramref name="seed"/>; matches the reference implementation bit for bit.</summary>
    public static ulong XxHash64(ReadOnlySpan<byte> data, ulong seed = 0)
    {
        var length = data.Length;
        ulong h;
        var i = 0;
        if (length >= StripeBytes)
        {
            var v1 = seed + Prime1 + Prime2;
            var v2 = seed + Prime2;
            var v3 = seed;
            var v4 = seed - Prime1;
            for (; i <= length - StripeBytes; i += StripeBytes)
            {
                v1 = Round(v1, BinaryPrimitives.ReadUInt64LittleEndian(data[i..]));
                v2 = Round(v2, BinaryPrimitives.ReadUInt64LittleEndian(data[(i + 8)..]));
                v3 = Round(v3, BinaryPrimitives.ReadUInt64LittleEndian(data[(i + 16)..]));
                v4 = Round(v4, BinaryPrimitives.ReadUInt64LittleEndian(data[(i + 24)..]));
            }
            h = BitOperations.RotateLeft(v1, 1) + BitOperations.RotateLeft(v2, 7)
                + BitOperations.RotateLeft(v3, 12) + BitOperations.RotateLeft(v4, 18);
            h = MergeRound(h, v1);
            h = MergeRound(h, v2);
            h = MergeRound(h, v3);
            h = MergeRound(h, v4);
        }
        else
        {
            h = seed + Prime5;
        }

        h += (ulong)length;
        for (; i + 8 <= length; i += 8)
            h = BitOperations.RotateLeft(h ^ Round(0, BinaryPrimitives.ReadUInt64LittleEndian(data[i..])), 27) * Prime1 + Prime4;
        if (i + 4 <= length)
        {
            h = BitOperations.RotateLeft(h ^ (BinaryPrimitives.ReadUInt32LittleEndian(data[i..]) * Prime1), 23) * Prime2 + Prime3;
            i += 4;
        }
        for (; i < length; i++)
            h = BitOperations.RotateLeft(h ^ (data[i] * Prime5), 11) * Prime1;
        return Avalanche(h);
    }

    /// <summary>XXH64 of the UTF-16 code units of <paramref name="text"/> (little-endian bytes); no encoding step, no allocation.</summary>
    public static ulong XxHash64(ReadOnlySpan<char> text, ulong seed = 0)
        => XxHash64(MemoryMarshal.AsBytes(text), seed);

    /// <summary>XXH64's final avalanche: a bijective mix in which every input bit affects every output bit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Avalanche(ulong h)
    {
        h ^= h >> 33;
        h *= Prime2;
        h ^= h >> 29;
        h *= Prime3;
        h ^= h >> 32;
        return h;
    }

    /// <summary>Folds <paramref name="value"/> into the running hash <paramref name="h"/> (order-sensitive), as XXH64 folds an 8-byte lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Fold(ulong h, ulong value)
        => BitOperations.RotateLeft(h ^ Round(0, value), 27) * Prime1 + Prime4;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Round(ulong acc, ulong input)
    {
        acc += input * Prime2;
        acc = BitOperations.RotateLeft(acc, 31);
        return acc * Prime1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong MergeRound(ulong acc, ulong v) => (acc ^ Round(0, v)) * Prime1 + Prime4;
}
