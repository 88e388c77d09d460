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
            SortByKeys(made, order, keys, 0, made.Length, 0, compare);
            return order;
        }

        /// <summary>Sorts a range whose names agree on their first <paramref name="depth"/> characters.</summary>
        private static void SortByKeys(GlobalEntity[] made, int[] order, ulong[] keys, int start, int length, int depth, Comparison<int> compare)
        {
            Array.Sort(keys, order, start, length);
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
                        SortByKeys(made, order, keys, i, j - i, next, compare);
                    }
                    else order.AsSpan(i, j - i).Sort(compare);
                }
                i = j;
            }
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
