using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Storyline.Fingerprints;

/// <summary>The instruction set a <see cref="MinHasher"/> computes its minima with; all give identical signatures.</summary>
internal enum MinHashKernel
{
    /// <summary>One permutation at a time; runs everywhere.</summary>
    Scalar,
    /// <summary>Eight permutations per instruction (AVX2, or NEON pairs).</summary>
    Vector256,
    /// <summary>Sixteen permutations per instruction (AVX-512).</summary>
    Vector512,
}

/// <summary>
/// Computes MinHash minima over 32-bit shingle hashes with N permutations h_i(x) = a_i·x + b_i mod 2³²
/// (a_i odd, so each is a bijection). Shingle hashes are already avalanche-mixed, so this 2-universal family
/// estimates Jaccard with the textbook error sqrt(J(1−J)/N) (checked against random sets with known overlap).
/// Immutable and thread-safe.
/// </summary>
internal sealed class MinHasher
{
    /// <summary>Permutations handled per pass over the shingles: four vectors of minima stay in registers.</summary>
    private const int VectorsPerBlock = 4;

    private readonly uint[] _multipliers;
    private readonly uint[] _addends;

    /// <summary>Makes the permutations for <paramref name="permutations"/> minima from <paramref name="seed"/>.</summary>
    public MinHasher(int permutations, ulong seed, MinHashKernel? kernel = null)
    {
        _multipliers = new uint[permutations];
        _addends = new uint[permutations];
        var state = seed;
        for (var i = 0; i < permutations; i++)
        {
            _multipliers[i] = (uint)SplitMix64(ref state) | 1u;
            _addends[i] = (uint)SplitMix64(ref state);
        }
        Kernel = kernel ?? BestKernel;
    }

    /// <summary>The fastest kernel this machine accelerates.</summary>
    public static MinHashKernel BestKernel { get; } =
        Vector512.IsHardwareAccelerated ? MinHashKernel.Vector512
        : Vector256.IsHardwareAccelerated ? MinHashKernel.Vector256
        : MinHashKernel.Scalar;

    /// <summary>The kernel this instance uses.</summary>
    public MinHashKernel Kernel { get; }

    /// <summary>Signature length.</summary>
    public int Permutations => _multipliers.Length;

    /// <summary>Writes the minimum of each permutation over <paramref name="shingles"/> to <paramref name="minima"/>; an empty input gives all <see cref="uint.MaxValue"/>.</summary>
    public void Compute(ReadOnlySpan<uint> shingles, Span<uint> minima)
    {
        if (minima.Length != Permutations) throw new ArgumentException($"expected {Permutations} minima, got {minima.Length}", nameof(minima));
        switch (Kernel)
        {
            case MinHashKernel.Vector512 when Vector512.IsHardwareAccelerated: ComputeVector512(shingles, minima); break;
            case MinHashKernel.Vector256 when Vector256.IsHardwareAccelerated: ComputeVector256(shingles, minima); break;
            default: ComputeScalar(shingles, minima); break;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ComputeScalar(ReadOnlySpan<uint> shingles, Span<uint> minima)
    {
        for (var p = 0; p < minima.Length; p++)
        {
            var a = _multipliers[p];
            var b = _addends[p];
            var min = uint.MaxValue;
            foreach (var x in shingles)
            {
                var v = a * x + b;
                if (v < min) min = v;
            }
            minima[p] = min;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ComputeVector256(ReadOnlySpan<uint> shingles, Span<uint> minima)
    {
        ref var a = ref MemoryMarshal.GetArrayDataReference(_multipliers);
        ref var b = ref MemoryMarshal.GetArrayDataReference(_addends);
        ref var m = ref MemoryMarshal.GetReference(minima);
        var width = Vector256<uint>.Count;
        var p = 0;
        for (; p + VectorsPerBlock * width <= minima.Length; p += VectorsPerBlock * width)
        {
            var a0 = Vector256.LoadUnsafe(ref a, (nuint)p);
            var a1 = Vector256.LoadUnsafe(ref a, (nuint)(p + width));
            var a2 = Vector256.LoadUnsafe(ref a, (nuint)(p + 2 * width));
            var a3 = Vector256.LoadUnsafe(ref a, (nuint)(p + 3 * width));
            var b0 = Vector256.LoadUnsafe(ref b, (nuint)p);
            var b1 = Vector256.LoadUnsafe(ref b, (nuint)(p + width));
            var b2 = Vector256.LoadUnsafe(ref b, (nuint)(p + 2 * width));
            var b3 = Vector256.LoadUnsafe(ref b, (nuint)(p + 3 * width));
            var m0 = Vector256<uint>.AllBitsSet;
            var m1 = m0;
            var m2 = m0;
            var m3 = m0;
            foreach (var x in shingles)
            {
                var vx = Vector256.Create(x);
                m0 = Vector256.Min(m0, a0 * vx + b0);
                m1 = Vector256.Min(m1, a1 * vx + b1);
                m2 = Vector256.Min(m2, a2 * vx + b2);
                m3 = Vector256.Min(m3, a3 * vx + b3);
            }
            m0.StoreUnsafe(ref m, (nuint)p);
            m1.StoreUnsafe(ref m, (nuint)(p + width));
            m2.StoreUnsafe(ref m, (nuint)(p + 2 * width));
            m3.StoreUnsafe(ref m, (nuint)(p + 3 * width));
        }
        for (; p < minima.Length; p += width)
        {
            var a0 = Vector256.LoadUnsafe(ref a, (nuint)p);
            var b0 = Vector256.LoadUnsafe(ref b, (nuint)p);
            var m0 = Vector256<uint>.AllBitsSet;
            foreach (var x in shingles) m0 = Vector256.Min(m0, a0 * Vector256.Create(x) + b0);
            m0.StoreUnsafe(ref m, (nuint)p);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ComputeVector512(ReadOnlySpan<uint> shingles, Span<uint> minima)
    {
        ref var a = ref MemoryMarshal.GetArrayDataReference(_multipliers);
        ref var b = ref MemoryMarshal.GetArrayDataReference(_addends);
        ref var m = ref MemoryMarshal.GetReference(minima);
        var width = Vector512<uint>.Count;
        var p = 0;
        for (; p + VectorsPerBlock * width <= minima.Length; p += VectorsPerBlock * width)
        {
            var a0 = Vector512.LoadUnsafe(ref a, (nuint)p);
            var a1 = Vector512.LoadUnsafe(ref a, (nuint)(p + width));
            var a2 = Vector512.LoadUnsafe(ref a, (nuint)(p + 2 * width));
            var a3 = Vector512.LoadUnsafe(ref a, (nuint)(p + 3 * width));
            var b0 = Vector512.LoadUnsafe(ref b, (nuint)p);
            var b1 = Vector512.LoadUnsafe(ref b, (nuint)(p + width));
            var b2 = Vector512.LoadUnsafe(ref b, (nuint)(p + 2 * width));
            var b3 = Vector512.LoadUnsafe(ref b, (nuint)(p + 3 * width));
            var m0 = Vector512<uint>.AllBitsSet;
            var m1 = m0;
            var m2 = m0;
            var m3 = m0;
            foreach (var x in shingles)
            {
                var vx = Vector512.Create(x);
                m0 = Vector512.Min(m0, a0 * vx + b0);
                m1 = Vector512.Min(m1, a1 * vx + b1);
                m2 = Vector512.Min(m2, a2 * vx + b2);
                m3 = Vector512.Min(m3, a3 * vx + b3);
            }
            m0.StoreUnsafe(ref m, (nuint)p);
            m1.StoreUnsafe(ref m, (nuint)(p + width));
            m2.StoreUnsafe(ref m, (nuint)(p + 2 * width));
            m3.StoreUnsafe(ref m, (nuint)(p + 3 * width));
        }
        for (; p < minima.Length; p += width)
        {
            var a0 = Vector512.LoadUnsafe(ref a, (nuint)p);
            var b0 = Vector512.LoadUnsafe(ref b, (nuint)p);
            var m0 = Vector512<uint>.AllBitsSet;
            foreach (var x in shingles) m0 = Vector512.Min(m0, a0 * Vector512.Create(x) + b0);
            m0.StoreUnsafe(ref m, (nuint)p);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong SplitMix64(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
