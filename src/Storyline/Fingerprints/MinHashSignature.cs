using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Storyline.Fingerprints;

/// <summary>
/// A MinHash signature: per permutation, the minimum permuted shingle hash of one text. The share of
/// positions where two signatures agree estimates the Jaccard similarity of the two shingle sets. Immutable.
/// </summary>
public sealed class MinHashSignature : IEquatable<MinHashSignature>
{
    private readonly uint[] _values;

    internal MinHashSignature(uint[] values, int shingles)
    {
        _values = values;
        Shingles = shingles;
    }

    /// <summary>The minima, one per permutation.</summary>
    public ReadOnlySpan<uint> Values => _values;

    /// <summary>Number of permutations.</summary>
    public int Length => _values.Length;

    /// <summary>Shingles the minima were taken over (duplicates included).</summary>
    public int Shingles { get; }

    /// <summary>True for a text without words: its minima are placeholders and match nothing.</summary>
    public bool IsEmpty => Shingles == 0;

    /// <summary>
    /// The estimated Jaccard similarity of the two shingle sets, in [0, 1]; 0 when either text is empty.
    /// Both signatures must come from the same options (length and seed).
    /// </summary>
    public double EstimateJaccard(MinHashSignature other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Length != Length) throw new ArgumentException($"signature lengths differ ({Length} vs {other.Length}): they come from different options", nameof(other));
        if (IsEmpty || other.IsEmpty) return 0;
        return (double)CountEqual(_values, other._values) / Length;
    }

    /// <summary>Positions at which <paramref name="x"/> and <paramref name="y"/> (of equal length) hold the same value.</summary>
    internal static int CountEqual(ReadOnlySpan<uint> x, ReadOnlySpan<uint> y)
    {
        var count = 0;
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var rx = ref MemoryMarshal.GetReference(x);
            ref var ry = ref MemoryMarshal.GetReference(y);
            for (; i + Vector256<uint>.Count <= x.Length; i += Vector256<uint>.Count)
            {
                var eq = Vector256.Equals(Vector256.LoadUnsafe(ref rx, (nuint)i), Vector256.LoadUnsafe(ref ry, (nuint)i));
                count += BitOperations.PopCount(eq.ExtractMostSignificantBits());
            }
        }
        for (; i < x.Length; i++)
            if (x[i] == y[i]) count++;
        return count;
    }

    /// <inheritdoc/>
    public bool Equals(MinHashSignature? other)
        => other is not null && Shingles == other.Shingles && _values.AsSpan().SequenceEqual(other._values);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as MinHashSignature);

    /// <inheritdoc/>
    public override int GetHashCode() => (int)Hash64.XxHash64(MemoryMarshal.AsBytes(Values), (ulong)Shingles);
}
