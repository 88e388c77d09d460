using System.Numerics;

namespace Storyline.Events;

public sealed partial class EventClusterer
{
    // A document's few hundred distinct term ids sort by radix: a comparison sort pays a mispredicted branch for most of
    // its n log n comparisons. Short documents keep the comparison sort, which wins below this length.
    private const int RadixMinLength = 64;
    private const int RadixBits = 8;
    private const int RadixBuckets = 1 << RadixBits;
    private const int RadixMask = RadixBuckets - 1;
    private readonly int[] radixCounts = new int[RadixBuckets];
    private long[] radixScratch = [];

    // Sorts packed (id, weight) keys by id; the ids of one document are distinct, so the order is the one Sort gives.
    private void SortById(Span<long> keys)
    {
        if (keys.Length < RadixMinLength)
        {
            keys.Sort();
            return;
        }
        if (radixScratch.Length < keys.Length) radixScratch = new long[Math.Max(keys.Length, radixScratch.Length * 2)];
        Span<long> from = keys, to = radixScratch.AsSpan(0, keys.Length);
        // Every id is below the number of terms, so the passes stop at its highest bit.
        var idBits = BitOperations.Log2((uint)termIds.Count) + 1;
        var inScratch = false;
        for (var shift = IdShift; shift < IdShift + idBits; shift += RadixBits)
        {
            Array.Clear(radixCounts);
            foreach (var key in from) radixCounts[(int)(key >> shift) & RadixMask]++;
            var start = 0;
            for (var b = 0; b < RadixBuckets; b++)
            {
                var count = radixCounts[b];
                radixCounts[b] = start;
                start += count;
            }
            foreach (var key in from) to[radixCounts[(int)(key >> shift) & RadixMask]++] = key;
            var swap = from;
            from = to;
            to = swap;
            inScratch = !inScratch;
        }
        if (inScratch) from.CopyTo(keys);
    }
}
