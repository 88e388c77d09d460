using System.Runtime.CompilerServices;

namespace Storyline.Quotes;

/// <summary>An open-addressing map from 64-bit run hashes to non-negative numbers, for quote matching's hot loops.</summary>
/// <remarks>
/// The keys are hashes already, so a multiplicative spread picks the slot; linear probing, grown at half full. Values are
/// stored plus one, so a zeroed slot is empty and a new table needs no fill.
/// </remarks>
internal sealed class RunTable
{
    private const int MinCapacity = 16;
    private const ulong Spread = 0x9E3779B97F4A7C15UL;
    private ulong[] keys;
    private int[] values;
    private int count;
    private int shift;

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
        var mask = keys.Length - 1;
        var slot = (int)((key * Spread) >> shift);
        while (values[slot] != 0)
        {
            if (keys[slot] == key) return values[slot] - 1;
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = value + 1;
        if (++count * 2 > keys.Length) Grow();
        return -1;
    }

    /// <summary>The value stored under <paramref name="key"/>, when there is one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryGetValue(ulong key, out int value)
    {
        var mask = keys.Length - 1;
        var slot = (int)((key * Spread) >> shift);
        while (values[slot] != 0)
        {
            if (keys[slot] == key)
            {
                value = values[slot] - 1;
                return true;
            }
            slot = (slot + 1) & mask;
        }
        value = -1;
        return false;
    }

    private void Grow()
    {
        var (oldKeys, oldValues) = (keys, values);
        (keys, values, shift) = Allocate(oldKeys.Length * 2);
        count = 0;
        for (var i = 0; i < oldKeys.Length; i++)
            if (oldValues[i] != 0) GetOrAdd(oldKeys[i], oldValues[i] - 1);
    }

    private static (ulong[] Keys, int[] Values, int Shift) Allocate(int capacity) =>
        (new ulong[capacity], new int[capacity], 64 - System.Numerics.BitOperations.Log2((uint)capacity));
}
