using System.Runtime.CompilerServices;

namespace Storyline.Text;

/// <summary>
/// A growing map from written words to integers, looked up by span, for the per-token stage that probes it for every
/// word of every article (event terms). Open addressing over one array of 16-byte entries; a word of up to
/// <see cref="WordKey.MaxPackedLength"/> ASCII characters (most words of English text) is held in its entry as a
/// number, so its lookup reads one cache line and compares one integer; longer words keep their characters in a pool.
/// The caller may hand in the <see cref="WordKey"/> its tokenizer gathered, sparing a second pass. Not thread-safe.
/// </summary>
internal sealed class PackedWordTable
{
    // Grown when entries fill this share of the slots, which keeps probe runs short.
    private const double MaxLoad = 0.5;
    private const int InitialSlots = 1 << 12;
    private const int InitialPool = 1 << 15;
    // Set in the key of a word kept in the pool; a packed key is below 2^63, so the two never meet.
    private const ulong Pooled = 1UL << 63;
    private const int LengthShift = 32;

    private Entry[] entries = new Entry[InitialSlots];
    private char[] pool = new char[InitialPool];
    private int poolLength;

    /// <summary>Words in the table.</summary>
    public int Count { get; private set; }

    /// <summary>The value of <paramref name="word"/>, if the table has it.</summary>
    public bool TryGetValue(ReadOnlySpan<char> word, out int value) => TryGetValue(word, WordKey.Of(word), out value);

    /// <summary>The value of <paramref name="word"/>, whose <paramref name="key"/> the caller gathered while reading it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(ReadOnlySpan<char> word, in WordKey key, out int value)
        => key.IsPacked(word.Length)
            ? TryGetPacked(key.Packed(word.Length), key.Hash(word.Length), out value)
            : TryGetPooled(word, key.Hash(word.Length), out value);

    /// <summary>Adds <paramref name="word"/> (non-empty, not in the table yet) with <paramref name="value"/>.</summary>
    public void Add(ReadOnlySpan<char> word, int value)
    {
        if (word.IsEmpty) throw new ArgumentException("An empty word cannot be added.", nameof(word));
        if (Count + 1 > entries.Length * MaxLoad) entries = OpenAddressing.Doubled(entries);
        var key = WordKey.Of(word);
        var hash = key.Hash(word.Length);
        if (key.IsPacked(word.Length)) OpenAddressing.Insert(entries, new Entry(key.Packed(word.Length), hash, value));
        else
        {
            if (poolLength + word.Length > pool.Length) Array.Resize(ref pool, Math.Max(pool.Length * 2, poolLength + word.Length));
            word.CopyTo(pool.AsSpan(poolLength));
            OpenAddressing.Insert(entries, new Entry(Pooled | ((ulong)(uint)word.Length << LengthShift) | (uint)poolLength, hash, value));
            poolLength += word.Length;
        }
        Count++;
    }

    /// <summary>Empties the table, keeping its memory.</summary>
    public void Clear()
    {
        Array.Clear(entries);
        poolLength = 0;
        Count = 0;
    }

    // Inlined into the caller's token loop: most words are short, and the call cost as much as the probe.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryGetPacked(ulong packed, int hash, out int value)
    {
        var mask = entries.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            ref var e = ref entries[slot];
            if (e.Key == packed)
            {
                value = e.Value;
                return true;
            }
            if (e.Key == 0)
            {
                value = 0;
                return false;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryGetPooled(ReadOnlySpan<char> word, int hash, out int value)
    {
        var mask = entries.Length - 1;
        var pooled = Pooled | ((ulong)(uint)word.Length << LengthShift);
        const ulong startMask = uint.MaxValue;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            ref var e = ref entries[slot];
            if (e.Key == 0)
            {
                value = 0;
                return false;
            }
            if (e.Hash == hash && (e.Key & ~startMask) == pooled && word.SequenceEqual(pool.AsSpan((int)(e.Key & startMask), word.Length)))
            {
                value = e.Value;
                return true;
            }
        }
    }

    // Key: the packed word, or Pooled | length << 32 | start in the pool; zero in an empty slot. Fields, not properties:
    // the lookups run before the runtime would inline accessors.
    private readonly struct Entry(ulong key, int hash, int value) : IHashSlot
    {
        public readonly ulong Key = key;
        public readonly int Hash = hash;
        public readonly int Value = value;

        public int SlotHash => Hash;

        public bool IsEmpty => Key == 0;
    }
}
