namespace Storyline.Time;

/// <summary>A temporal expression found in a text, normalized to a TIMEX3 value.</summary>
/// <param name="Start">Offset of the first character in the tagged text.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Text">The expression as written.</param>
/// <param name="Type">The TIMEX3 type.</param>
/// <param name="Value">The TIMEX3 value: <c>2020-09-27</c>, <c>2020-09</c>, <c>2023-W48</c>, <c>1989-Q3</c>, <c>P10D</c>, <c>PAST_REF</c>, <c>XXXX-09-30</c> when no reference date was given.</param>
/// <param name="Date">The calendar date at year, month or day precision when <paramref name="Value"/> is one; otherwise null.</param>
/// <param name="IsRelative">True when the value was resolved against the reference date or an earlier date of the text.</param>
public sealed record TemporalExpression(int Start, int Length, string Text, TimexType Type, string Value, PartialDate? Date, bool IsRelative)
{
    /// <summary>Offset just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>The TIMEX3 type name as TimeML writes it (<c>DATE</c>, <c>TIME</c>, <c>DURATION</c>, <c>SET</c>).</summary>
    public string TypeName => TimexTypes.Name(Type);
}

/// <summary>Conversions between <see cref="TimexType"/> and TimeML type names.</summary>
public static class TimexTypes
{
    /// <summary>The TimeML name of a type.</summary>
    public static string Name(TimexType type) => type switch
    {
        TimexType.Time => "TIME",
        TimexType.Duration => "DURATION",
        TimexType.Set => "SET",
        _ => "DATE",
    };

    /// <summary>Parses a TimeML type name (case-insensitive); false for anything else.</summary>
    public static bool TryParse(string? name, out TimexType type)
    {
        type = TimexType.Date;
        switch (name?.ToUpperInvariant())
        {
            case "DATE": return true;
            case "TIME": type = TimexType.Time; return true;
            case "DURATION": type = TimexType.Duration; return true;
            case "SET": type = TimexType.Set; return true;
            default: return false;
        }
    }
}
