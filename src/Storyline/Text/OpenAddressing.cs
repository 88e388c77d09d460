namespace Storyline.Text;

/// <summary>A slot of an open-addressed table: its hash, and whether it is empty (the default value is).</summary>
internal interface IHashSlot
{
    /// <summary>The non-negative hash the slot's key was placed by.</summary>
    int SlotHash { get; }

    /// <summary>True for a slot holding no entry.</summary>
    bool IsEmpty { get; }
}

/// <summary>
/// Insertion and growth of the word tables' open-addressed slot arrays (power-of-two sizes, linear probing), written
/// once for their different entry layouts; a struct type argument compiles to each layout's own code.
/// </summary>
internal static class OpenAddressing
{
    /// <summary>Puts <paramref name="entry"/> in the first empty slot from its hash on; the array must have one.</summary>
    public static void Insert<T>(T[] slots, T entry) where T : struct, IHashSlot
    {
        var mask = slots.Length - 1;
        var slot = entry.SlotHash & mask;
        while (!slots[slot].IsEmpty) slot = (slot + 1) & mask;
        slots[slot] = entry;
    }

    /// <summary>A slot array twice the size of <paramref name="slots"/>, holding its entries.</summary>
    public static T[] Doubled<T>(T[] slots) where T : struct, IHashSlot
    {
        var grown = new T[slots.Length * 2];
        foreach (var e in slots)
            if (!e.IsEmpty) Insert(grown, e);
        return grown;
    }
}
