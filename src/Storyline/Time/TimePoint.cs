using System.Globalization;
using System.Runtime.CompilerServices;

namespace Storyline.Time;

/// <summary>Granularities of a calendar value, coarse to fine.</summary>
internal enum Gran : byte { Millennium, Century, Decade, Year, Half, Quarter, Season, Month, Week, Weekend, Day }

/// <summary>
/// A calendar value at a granularity: the year and, by granularity, a half, quarter, season (0 spring … 3 winter),
/// month, ISO week or day. Decades and centuries keep their number in <see cref="Year"/> (199, 19).
/// </summary>
/// <remarks>
/// The members the grammars call are compiled optimized at their first call, like the grammars: tiered compilation compiled
/// them twice in a single pass, unoptimized then at tier 1, with each getter their unoptimized code called.
/// </remarks>
internal readonly record struct TimePoint(Gran G, int Year, int Sub = 0, int Day = 0)
{
    private static readonly string[] SeasonCodes = ["SP", "SU", "FA", "WI"];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TimePoint OfDay(DateOnly d) => new(Gran.Day, d.Year, d.Month, d.Day);
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TimePoint OfMonth(DateOnly d) => new(Gran.Month, d.Year, d.Month);
    public static TimePoint OfYear(int y) => new(Gran.Year, y);
    public static TimePoint OfQuarter(DateOnly d) => new(Gran.Quarter, d.Year, (d.Month - 1) / 3 + 1);
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TimePoint OfWeek(DateOnly d)
    {
        var dt = d.ToDateTime(TimeOnly.MinValue);
        return new TimePoint(Gran.Week, ISOWeek.GetYear(dt), ISOWeek.GetWeekOfYear(dt));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int SeasonOf(int month) => month switch { 3 or 4 or 5 => 0, 6 or 7 or 8 => 1, 9 or 10 or 11 => 2, _ => 3 };
    public static int SeasonIndex(string code) => Array.IndexOf(SeasonCodes, code);

    public bool IsValidDay { [MethodImpl(MethodImplOptions.AggressiveOptimization)] get => G == Gran.Day && Year is >= 1 and <= 9999 && Sub is >= 1 and <= 12 && Day >= 1 && Day <= DateTime.DaysInMonth(Year, Sub); }

    /// <summary>The first day of the value (for arithmetic); decades and centuries have none.</summary>
    public DateOnly StartDay
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        get => G switch
        {
            Gran.Day => new DateOnly(Year, Sub, Day),
            Gran.Month => new DateOnly(Year, Sub, 1),
            Gran.Quarter => new DateOnly(Year, (Sub - 1) * 3 + 1, 1),
            Gran.Half => new DateOnly(Year, (Sub - 1) * 6 + 1, 1),
            Gran.Season => new DateOnly(Year, Sub == 3 ? 12 : Sub * 3 + 3, 1),
            Gran.Week or Gran.Weekend => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Sub, DayOfWeek.Monday)),
            _ => new DateOnly(Math.Clamp(Year, 1, 9999), 1, 1),
        };
    }

    /// <summary>The value as a <see cref="PartialDate"/> when it is a year, month or day.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public PartialDate? ToPartialDate() => G switch
    {
        Gran.Year when Year is >= 1 and <= 9999 => new PartialDate(Year),
        Gran.Month when Year is >= 1 and <= 9999 => new PartialDate(Year, Sub),
        Gran.Day when IsValidDay => new PartialDate(Year, Sub, Day),
        _ => null,
    };

    /// <summary>
    /// This value moved by <paramref name="n"/> units at its own granularity when that is a day or month
    /// ("a year earlier" than Sept. 30, 1989 is Sept. 30, 1988, as TimeML anchors it); otherwise as <see cref="Shift"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public TimePoint ShiftKeepingGranularity(TUnit unit, int n)
    {
        if (G is Gran.Day or Gran.Month && unit is TUnit.Year or TUnit.Month or TUnit.Quarter or TUnit.Decade or TUnit.Century && !(G == Gran.Month && unit == TUnit.Day))
        {
            var d = StartDay;
            var t = unit switch
            {
                TUnit.Year => d.AddYears(n),
                TUnit.Decade => d.AddYears(10 * n),
                TUnit.Century => d.AddYears(100 * n),
                TUnit.Quarter => d.AddMonths(3 * n),
                _ => d.AddMonths(n),
            };
            return At(t, G);
        }
        return Shift(unit, n);
    }

    /// <summary>This value moved by <paramref name="n"/> units, kept at the unit's granularity when finer than ours.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public TimePoint Shift(TUnit unit, int n)
    {
        switch (G)
        {
            case Gran.Quarter when unit == TUnit.Year: return AddQuarters(n * 4);
            case Gran.Quarter when unit == TUnit.Quarter: return AddQuarters(n);
            case Gran.Quarter when unit == TUnit.Month && n % 3 == 0: return AddQuarters(n / 3);
            case Gran.Half when unit == TUnit.Year: return this with { Year = Year + n };
            case Gran.Season when unit == TUnit.Year: return this with { Year = Year + n };
            case Gran.Decade when unit == TUnit.Decade: return this with { Year = Year + n };
            case Gran.Century when unit == TUnit.Century: return this with { Year = Year + n };
            case Gran.Year when unit is TUnit.Decade: return this with { Year = Year + 10 * n };
            case Gran.Year when unit is TUnit.Century: return this with { Year = Year + 100 * n };
            case Gran.Decade or Gran.Century or Gran.Millennium: return this;
        }
        var start = StartDay;
        var target = unit switch
        {
            TUnit.Year => start.AddYears(n),
            TUnit.Decade => start.AddYears(10 * n),
            TUnit.Century => start.AddYears(100 * n),
            TUnit.Quarter => start.AddMonths(3 * n),
            TUnit.Month => start.AddMonths(n),
            TUnit.Week or TUnit.Weekend => start.AddDays(7 * n),
            TUnit.Day => start.AddDays(n),
            _ => start,
        };
        var unitGran = unit switch
        {
            TUnit.Year => Gran.Year,
            TUnit.Decade or TUnit.Century => Gran.Year,
            TUnit.Quarter => Gran.Quarter,
            TUnit.Month => Gran.Month,
            TUnit.Week or TUnit.Weekend => Gran.Week,
            _ => Gran.Day,
        };
        // Keep the coarser of our own and the unit's granularity: "two days after 2020" is still only "2020".
        var g = G < unitGran ? G : unitGran;
        if (G == Gran.Day && unitGran == Gran.Week) g = Gran.Week;
        return At(target, g);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TimePoint At(DateOnly d, Gran g) => g switch
    {
        Gran.Day => OfDay(d),
        Gran.Week or Gran.Weekend => OfWeek(d),
        Gran.Month => OfMonth(d),
        Gran.Quarter => OfQuarter(d),
        Gran.Season => new TimePoint(Gran.Season, d.Month == 12 ? d.Year : d.Month <= 2 ? d.Year - 1 : d.Year, SeasonOf(d.Month)),
        Gran.Half => new TimePoint(Gran.Half, d.Year, d.Month <= 6 ? 1 : 2),
        Gran.Decade => new TimePoint(Gran.Decade, d.Year / 10),
        Gran.Century => new TimePoint(Gran.Century, d.Year / 100),
        _ => OfYear(d.Year),
    };

    private TimePoint AddQuarters(int n)
    {
        var q = Year * 4 + (Sub - 1) + n;
        return new TimePoint(Gran.Quarter, Math.DivRem(q, 4, out var r), r + 1);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override string ToString()
    {
        var c = CultureInfo.InvariantCulture;
        return G switch
        {
            Gran.Day => string.Create(c, $"{Year:D4}-{Sub:D2}-{Day:D2}"),
            Gran.Month => string.Create(c, $"{Year:D4}-{Sub:D2}"),
            Gran.Week => string.Create(c, $"{Year:D4}-W{Sub:D2}"),
            Gran.Weekend => string.Create(c, $"{Year:D4}-W{Sub:D2}-WE"),
            Gran.Quarter => string.Create(c, $"{Year:D4}-Q{Sub}"),
            Gran.Half => string.Create(c, $"{Year:D4}-H{Sub}"),
            Gran.Season => string.Create(c, $"{Year:D4}-{SeasonCodes[Sub]}"),
            Gran.Decade => string.Create(c, $"{Year:D3}"),
            Gran.Century => string.Create(c, $"{Year:D2}"),
            Gran.Millennium => Year.ToString(c),
            _ => string.Create(c, $"{Year:D4}"),
        };
    }
}
