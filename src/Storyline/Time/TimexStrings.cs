namespace Storyline.Time;

/// <summary>
/// The calling thread's strings of recent expressions: the same date or phrase ("2011-01-25", "Tuesday") found again gets the
/// string made the first time, so that tagging allocates it once and the articles an ingest keeps in memory share it.
/// </summary>
internal static class TimexStrings
{
    /// <summary>Strings kept per thread; the cache starts afresh when it is full.</summary>
    private const int Capacity = 4096;

    [ThreadStatic]
    private static Dictionary<string, string>? t_strings;

    /// <summary>The value of <paramref name="point"/>, as <see cref="TimePoint.ToString"/> writes it.</summary>
    public static string Value(TimePoint point)
    {
        Span<char> value = stackalloc char[TimePoint.MaxFormattedLength];
        return Of(value[..point.Format(value)]);
    }

    /// <summary>The characters [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>) of <paramref name="text"/>.</summary>
    public static string Text(string text, int start, int length) => Of(text.AsSpan(start, length));

    private static string Of(ReadOnlySpan<char> chars)
    {
        var strings = (t_strings ??= new Dictionary<string, string>(StringComparer.Ordinal)).GetAlternateLookup<ReadOnlySpan<char>>();
        if (strings.TryGetValue(chars, out var known)) return known;
        if (strings.Dictionary.Count == Capacity) strings.Dictionary.Clear();
        var made = chars.ToString();
        strings.Dictionary.Add(made, made);
        return made;
    }
}
