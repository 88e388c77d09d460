using System.Runtime.CompilerServices;

namespace Storyline.Entities;

public sealed partial class EntityRegistry
{
    private sealed partial class Builder
    {
        /// <summary>Characters of a name packed into one sort key (16 bits each).</summary>
        private const int CharsPerKey = 4;

        /// <summary>Runs of equal keys up to this long are sorted by comparing the entities; longer ones by the next key.</summary>
        private const int CompareRunAtMost = 16;

        /// <summary>The positions of <paramref name="made"/> in the order of their names (ordinal), then ids, then position.</summary>
        /// <remarks>
        /// A string comparison per step of a sort over every global entity was most of the registry's sort time. Keys that
        /// pack a name's next characters as integers order the names as ordinal comparison does (a string's end counts as
        /// a character below every other, so a proper prefix comes first, as ordinally), and integer keys sort without a
        /// call per comparison. Only entities whose keys tie are compared in full; the full comparison is a total order,
        /// so the result is the one a single sort by it gives.
        /// </remarks>
        private static int[] NameOrder(GlobalEntity[] made)
        {
            var order = new int[made.Length];
            var keys = new ulong[made.Length];
            for (var n = 0; n < made.Length; n++)
            {
                order[n] = n;
                keys[n] = KeyAt(made[n].Name, 0);
            }
            Comparison<int> compare = (x, y) =>
            {
                var c = string.CompareOrdinal(made[x].Name, made[y].Name);
                if (c == 0) c = string.CompareOrdinal(made[x].Id, made[y].Id);
                return c != 0 ? c : x.CompareTo(y);
            };
            var scratch = new KeySortScratch(new ulong[made.Length], new int[made.Length], new int[KeySortScratch.CountsLength]);
            SortByKeys(made, order, keys, 0, made.Length, 0, compare, scratch);
            return order;
        }

        /// <summary>Sorts a range whose names agree on their first <paramref name="depth"/> characters.</summary>
        private static void SortByKeys(GlobalEntity[] made, int[] order, ulong[] keys, int start, int length, int depth, Comparison<int> compare,
            KeySortScratch scratch)
        {
            SortKeys(keys, order, start, length, scratch);
            var end = start + length;
            for (var i = start; i < end;)
            {
                var j = i + 1;
                while (j < end && keys[j] == keys[i]) j++;
                if (j - i > 1)
                {
                    var next = depth + CharsPerKey;
                    var longer = false;
                    for (var k = i; k < j && !longer; k++) longer = made[order[k]].Name.Length > next;
                    if (j - i > CompareRunAtMost && longer)
                    {
                        for (var k = i; k < j; k++) keys[k] = KeyAt(made[order[k]].Name, next);
                        SortByKeys(made, order, keys, i, j - i, next, compare, scratch);
                    }
                    else order.AsSpan(i, j - i).Sort(compare);
                }
                i = j;
            }
        }

        /// <summary>Sorts a range of keys, carrying their positions along; equal keys may end in any order.</summary>
        /// <remarks>
        /// Equal keys are ordered afterwards by the full comparison, so any key sort gives the same result. A radix sort
        /// of one method replaces Array.Sort over (ulong, int), whose generic sorter compiled some fifteen methods in the
        /// single pass of an ingest; bytes that every key shares (the high bytes of ASCII characters) take no pass.
        /// </remarks>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static void SortKeys(ulong[] keys, int[] order, int start, int length, KeySortScratch scratch)
        {
            const int insertionAtMost = 32;
            const int radixBits = KeySortScratch.RadixBits;
            const int buckets = 1 << radixBits;
            const int digits = KeySortScratch.Digits;
            var end = start + length;
            if (length <= insertionAtMost)
            {
                for (var i = start + 1; i < end; i++)
                {
                    var key = keys[i];
                    var position = order[i];
                    var j = i - 1;
                    for (; j >= start && keys[j] > key; j--)
                    {
                        keys[j + 1] = keys[j];
                        order[j + 1] = order[j];
                    }
                    keys[j + 1] = key;
                    order[j + 1] = position;
                }
                return;
            }
            var counts = scratch.Counts;
            Array.Clear(counts);
            for (var i = start; i < end; i++)
            {
                var key = keys[i];
                for (var d = 0; d < digits; d++) counts[d * buckets + (int)((key >> (d * radixBits)) & (buckets - 1))]++;
            }
            // Passes go back and forth between the range and the scratch buffers (as long as the whole sort, shared by
            // the nested sorts); copies are by Array.Copy, as slicing or Span.ToArray would be generic code of their own to compile.
            var fromKeys = keys;
            var fromOrder = order;
            var from = start;
            var toKeys = scratch.Keys;
            var toOrder = scratch.Order;
            var to = 0;
            for (var d = 0; d < digits; d++)
            {
                var count = counts.AsSpan(d * buckets, buckets);
                // A byte every key has alike leaves the order as it is.
                if (count[(int)((keys[start] >> (d * radixBits)) & (buckets - 1))] == length) continue;
                var sum = 0;
                for (var b = 0; b < buckets; b++)
                {
                    var n = count[b];
                    count[b] = sum;
                    sum += n;
                }
                for (var i = 0; i < length; i++)
                {
                    var key = fromKeys[from + i];
                    var at = to + count[(int)((key >> (d * radixBits)) & (buckets - 1))]++;
                    toKeys[at] = key;
                    toOrder[at] = fromOrder[from + i];
                }
                (fromKeys, toKeys) = (toKeys, fromKeys);
                (fromOrder, toOrder) = (toOrder, fromOrder);
                (from, to) = (to, from);
            }
            if (fromKeys != keys)
            {
                Array.Copy(fromKeys, 0, keys, start, length);
                Array.Copy(fromOrder, 0, order, start, length);
            }
        }

        /// <summary>Buffers of the key sort, allocated once per name order.</summary>
        private sealed record KeySortScratch(ulong[] Keys, int[] Order, int[] Counts)
        {
            /// <summary>Bits of a key sorted per pass.</summary>
            public const int RadixBits = 8;

            /// <summary>Passes over a key.</summary>
            public const int Digits = sizeof(ulong) * 8 / RadixBits;

            /// <summary>One count per value of each pass's bits.</summary>
            public const int CountsLength = Digits << RadixBits;
        }

        /// <summary>Characters <paramref name="depth"/> to <paramref name="depth"/> + <see cref="CharsPerKey"/> of a name, the first highest; missing ones are zero.</summary>
        private static ulong KeyAt(string name, int depth)
        {
            const int bitsPerChar = 16;
            ulong key = 0;
            for (var c = depth; c < depth + CharsPerKey; c++)
                key = (key << bitsPerChar) | (c < name.Length ? name[c] : 0UL);
            return key;
        }
    }
}
