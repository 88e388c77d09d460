using System.Runtime.CompilerServices;
namespace Storyline.Time;

/// <summary>
/// The calling thread's strings of recent expressions: the same date or phrase ("2011-01-25", "Tuesday") found again gets the
/// string made the first time, so that tagging allocates it once and the articles an ingest keeps in memory share it. Each
/// string has one place, chosen by a hash, which the next string of that hash takes over: a look-up costs a hash and one
/// comparison.
/// </summary>
internal static class TimexStrings
{
    /// <summary>Places per thread and kind, a power of two.</summary>
    private const int Slots = 1024;

    /// <summary>The top bits of a 32-bit hash give the place.</summary>
    private const int SlotShift = 32 - 10;

    [ThreadStatic]
    private static TimePoint[]? t_points;

    [ThreadStatic]
    private static string?[]? t_values;

    [ThreadStatic]
    private static string?[]? t_texts;

    /// <summary>The value of <paramref name="point"/>, as <see cref="TimePoint.ToString"/> writes it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Value(TimePoint point)
    {
        var points = t_points ??= new TimePoint[Slots];
        var values = t_values ??= new string?[Slots];
        var slot = (int)((uint)((((int)point.G * 31 + point.Year) * 31 + point.Sub) * 31 + point.Day) * 0x9E3779B1u >> SlotShift);
        if (values[slot] is { } known && points[slot] == point) return known;
        var made = point.ToString();
        points[slot] = point;
        values[slot] = made;
        return made;
    }

    /// <summary>The characters [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>) of <paramref name="text"/>.</summary>
    public static string Text(string text, int start, int length)
    {
        var chars = text.AsSpan(start, length);
        var texts = t_texts ??= new string?[Slots];
        var hash = length;
        foreach (var c in chars) hash = hash * 31 + c;
        var slot = (int)((uint)hash * 0x9E3779B1u >> SlotShift);
        if (texts[slot] is { } known && chars.SequenceEqual(known)) return known;
        return texts[slot] = chars.ToString();
    }
}
