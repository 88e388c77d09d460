using System.Runtime.CompilerServices;

namespace Storyline.Quotes;

/// <summary>An open-addressing map from 64-bit run hashes to non-negative numbers, for quote matching's hot loops.</summary>
/// <remarks>
/// The keys are hashes already, so a multiplicative spread picks the slot; linear probing, grown at half full. A zero key
/// marks an empty slot, so a new table needs no fill and a probe reads only the key array (the values are read on a hit
/// alone): most probes miss, and each was a cache miss in two arrays. The one real key that is zero is kept aside.
/// </remarks>
internal sealed class RunTable
{
    private const int MinCapacity = 16;
    private const ulong Spread = 0x9E3779B97F4A7C15UL;
    private const ulong Empty = 0;
    private ulong[] keys;
    private int[] values;
    private int count;
    private int shift;
    private bool hasEmptyKey;
    private int emptyKeyValue;

    /// <summary>Creates a table sized for about <paramref name="expected"/> keys.</summary>
    public RunTable(int expected)
    {
        var capacity = MinCapacity;
        while (capacity < expected * 2L) capacity <<= 1;
        (keys, values, shift) = Allocate(capacity);
    }

    /// <summary>The value already stored under <paramref name="key"/>; else stores <paramref name="value"/> and returns -1.</summary>
    /// <remarks>Its probing loops are compiled optimized at first call: quote matching runs once per ingest, calling them per word.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int GetOrAdd(ulong key, int value)
    {
        if (key == Empty) return GetOrAddEmptyKey(value);
        var mask = keys.Length - 1;
        var slot = (int)((key * Spread) >> shift);
        for (var k = keys[slot]; k != Empty; k = keys[slot])
        {
            if (k == key) return values[slot];
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = value;
        if (++count * 2 > keys.Length) Grow();
        return -1;
    }

    /// <summary>The value stored under <paramref name="key"/>, when there is one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryGetValue(ulong key, out int value)
    {
        if (key == Empty)
        {
            value = hasEmptyKey ? emptyKeyValue : -1;
            return hasEmptyKey;
        }
        var mask = keys.Length - 1;
        var slot = (int)((key * Spread) >> shift);
        for (var k = keys[slot]; k != Empty; k = keys[slot])
        {
            if (k == key)
            {
                value = values[slot];
                return true;
            }
            slot = (slot + 1) & mask;
        }
        value = -1;
        return false;
    }

    private int GetOrAddEmptyKey(int value)
    {
        if (hasEmptyKey) return emptyKeyValue;
        hasEmptyKey = true;
        emptyKeyValue = value;
        return -1;
    }

    private void Grow()
    {
        var (oldKeys, oldValues) = (keys, values);
        (keys, values, shift) = Allocate(oldKeys.Length * 2);
        count = 0;
        for (var i = 0; i < oldKeys.Length; i++)
            if (oldKeys[i] != Empty) GetOrAdd(oldKeys[i], oldValues[i]);
    }

    private static (ulong[] Keys, int[] Values, int Shift) Allocate(int capacity) =>
        (new ulong[capacity], new int[capacity], 64 - System.Numerics.BitOperations.Log2((uint)capacity));
}
