using System.Runtime.CompilerServices;

namespace Storyline.Text;

/// <summary>
/// A growing map from written words to integers, looked up by span: the hot table of per-token stages.
/// Open addressing over one entry array, with the words' characters in one pool, so a lookup touches two
/// arrays instead of a string object per probe, and a word seen before costs no allocation. Not thread-safe.
/// </summary>
internal sealed class WordTable
{
    // Grown when entries fill this share of the slots, which keeps probe runs short.
    private const double MaxLoad = 0.5;
    private const int InitialSlots = 1 << 12;

    private Entry[] entries = new Entry[InitialSlots];
    private char[] pool = new char[InitialSlots * 8];
    private int poolLength;

    /// <summary>Words in the table.</summary>
    public int Count { get; private set; }

    /// <summary>The value of <paramref name="word"/>, if the table has it.</summary>
    public bool TryGetValue(ReadOnlySpan<char> word, out int value) => TryGetValue(word, Hash(word), out value);

    /// <summary>
    /// The value of <paramref name="word"/>, whose <paramref name="hash"/> the caller computed while writing it
    /// (<see cref="HashSeed"/>, <see cref="HashStep"/>, <see cref="HashFinish"/>): one pass over its characters, not two.
    /// </summary>
    public bool TryGetValue(ReadOnlySpan<char> word, int hash, out int value)
    {
        var mask = entries.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            ref var e = ref entries[slot];
            if (e.Length == 0)
            {
                value = 0;
                return false;
            }
            if (e.Hash == hash && e.Length == word.Length && word.SequenceEqual(pool.AsSpan(e.Start, e.Length)))
            {
                value = e.Value;
                return true;
            }
        }
    }

    /// <summary>Adds <paramref name="word"/> (non-empty, not in the table yet) with <paramref name="value"/>.</summary>
    public void Add(ReadOnlySpan<char> word, int value)
    {
        if (word.IsEmpty) throw new ArgumentException("An empty word cannot be added.", nameof(word));
        if (Count + 1 > entries.Length * MaxLoad) entries = OpenAddressing.Doubled(entries);
        if (poolLength + word.Length > pool.Length) Array.Resize(ref pool, Math.Max(pool.Length * 2, poolLength + word.Length));
        word.CopyTo(pool.AsSpan(poolLength));
        OpenAddressing.Insert(entries, new Entry(Hash(word), poolLength, word.Length, value));
        poolLength += word.Length;
        Count++;
    }

    /// <summary>Empties the table, keeping its memory.</summary>
    public void Clear()
    {
        Array.Clear(entries);
        poolLength = 0;
        Count = 0;
    }

    // FNV-1a over the characters, folded so the low bits (the slot) depend on every character.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ReadOnlySpan<char> word)
    {
        var h = HashSeed;
        foreach (var c in word) h = HashStep(h, c);
        return HashFinish(h);
    }

    /// <summary>The hash state before any character.</summary>
    public const uint HashSeed = 2166136261u;

    /// <summary>The hash state after one more character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint HashStep(uint h, char c) => (h ^ c) * 16777619u;

    /// <summary>The hash of a word from its final state.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int HashFinish(uint h) => (int)((h ^ (h >> 15)) & int.MaxValue);

    private readonly record struct Entry(int Hash, int Start, int Length, int Value) : IHashSlot
    {
        public int SlotHash => Hash;

        public bool IsEmpty => Length == 0;
    }
}
