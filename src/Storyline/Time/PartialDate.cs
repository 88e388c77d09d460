using System.Runtime.CompilerServices;
using System.Globalization;

namespace Storyline.Time;

/// <summary>
/// A calendar date known to a precision: a year, a year and month, or a full day.
/// News states dates at different precisions ("2020", "September 2020", "Sept. 30, 2020");
/// keeping the precision lets later stages say that such claims agree rather than conflict.
/// </summary>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    /// <summary>Creates a date; <paramref name="day"/> needs <paramref name="month"/>.</summary>
    public PartialDate(int year, int? month = null, int? day = null)
    {
        if (year is < 1 or > 9999) throw new ArgumentOutOfRangeException(nameof(year));
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month));
        if (day is not null && (month is null || day < 1 || day > DateTime.DaysInMonth(year, month.Value)))
            throw new ArgumentOutOfRangeException(nameof(day));
        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>The year.</summary>
    public int Year { get; }
    /// <summary>The month (1–12) when known.</summary>
    public int? Month { get; }
    /// <summary>The day of the month when known.</summary>
    public int? Day { get; }

    /// <summary>How precisely the date is known.</summary>
    public DatePrecision Precision { [MethodImpl(MethodImplOptions.AggressiveOptimization)] get => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year; }

    /// <summary>A full-day date.</summary>
    public static PartialDate FromDateOnly(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>The first day this date may denote.</summary>
    public DateOnly Start { [MethodImpl(MethodImplOptions.AggressiveOptimization)] get => new(Year, Month ?? 1, Day ?? 1); }

    /// <summary>The last day this date may denote.</summary>
    public DateOnly End
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        get => Day is not null ? Start
            : Month is not null ? new DateOnly(Year, Month.Value, DateTime.DaysInMonth(Year, Month.Value))
            : new DateOnly(Year, 12, 31);
    }

    /// <summary>True when this date, at its precision, contains <paramref name="other"/> or the reverse: they do not disagree.</summary>
    public bool IsCompatibleWith(PartialDate other) => Start <= other.End && other.Start <= End;

    /// <summary>This date cut to a coarser precision.</summary>
    public PartialDate Truncate(DatePrecision precision) => precision switch
    {
        DatePrecision.Year => new PartialDate(Year),
        DatePrecision.Month => new PartialDate(Year, Month),
        _ => this,
    };

    /// <summary>ISO 8601 at the known precision: <c>2020</c>, <c>2020-09</c>, <c>2020-09-30</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override string ToString() => Day is not null
        ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}")
        : Month is not null
            ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}")
            : Year.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c> (a time part after the date is ignored).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out PartialDate date)
    {
        date = default;
        text = text.Trim();
        if (text.Length < 4 || !int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
            return false;
        if (text.Length == 4) { date = new PartialDate(year); return true; }
        if (text[4] != '-' || text.Length < 7 || !int.TryParse(text.Slice(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12)
            return false;
        if (text.Length == 7) { date = new PartialDate(year, month); return true; }
        if (text[7] != '-' || text.Length < 10 || !int.TryParse(text.Slice(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || day < 1 || day > DateTime.DaysInMonth(year, month))
            return false;
        if (text.Length > 10 && text[10] is not ('T' or ' ' or 't'))
            return false;
        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>Orders by start day, then finer precision first.</summary>
    public int CompareTo(PartialDate other)
    {
        var c = Start.CompareTo(other.Start);
        return c != 0 ? c : other.Precision.CompareTo(Precision);
    }
}

/// <summary>How precisely a <see cref="PartialDate"/> is known.</summary>
public enum DatePrecision
{
    /// <summary>Only the year.</summary>
    Year,
    /// <summary>Year and month.</summary>
    Month,
    /// <summary>The full day.</summary>
    Day,
}
