using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Storyline.Time;

/// <summary>
/// Named days whose date follows a fixed rule ("Christmas" → 12-25, "Thanksgiving" → fourth Thursday of November),
/// read from the embedded data file <c>Data/Time/named-days.tsv</c>.
/// </summary>
internal sealed class NamedDays
{
    private const string ResourceName = "Storyline.Data.Time/named-days.tsv";

    /// <summary>A named day: its words and its rule (a fixed month-day, or the n-th weekday of a month; n = -1 is the last).</summary>
    internal sealed record Entry(string[] Words, int Month, int Day, int Nth, DayOfWeek Weekday)
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public DateOnly? In(int year)
        {
            if (year is < 1 or > 9999) return null;
            if (Day > 0) return Day <= DateTime.DaysInMonth(year, Month) ? new DateOnly(year, Month, Day) : null;
            if (Nth > 0)
            {
                var first = new DateOnly(year, Month, 1);
                var offset = ((int)Weekday - (int)first.DayOfWeek + 7) % 7;
                var d = first.AddDays(offset + 7 * (Nth - 1));
                return d.Month == Month ? d : null;
            }
            var last = new DateOnly(year, Month, DateTime.DaysInMonth(year, Month));
            return last.AddDays(-(((int)last.DayOfWeek - (int)Weekday + 7) % 7));
        }
    }

    private readonly FrozenDictionary<string, Entry[]> _byFirstWord;

    /// <summary>Lookup of entries by their first word, by span.</summary>
    public FrozenDictionary<string, Entry[]>.AlternateLookup<ReadOnlySpan<char>> ByFirstWord { get; }

    private NamedDays(IEnumerable<Entry> entries)
    {
        _byFirstWord = entries.GroupBy(e => e.Words[0], StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(e => e.Words.Length).ToArray(), StringComparer.OrdinalIgnoreCase);
        ByFirstWord = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The distinct first words of the entries.</summary>
    public IEnumerable<string> FirstWords => _byFirstWord.Keys;

    /// <summary>The list bundled with the engine.</summary>
    public static NamedDays Bundled { get; } = Load();

    private static NamedDays Load()
    {
        using var stream = typeof(NamedDays).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null) return new NamedDays([]);
        using var reader = new StreamReader(stream);
        return new NamedDays(Parse(reader.ReadToEnd()));
    }

    /// <summary>Parses lines <c>name TAB MM-DD</c> or <c>name TAB MM/n/Weekday</c>; '#' starts a comment; bad lines are skipped.</summary>
    internal static IEnumerable<Entry> Parse(string text)
    {
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            var parts = line.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length < 2) continue;
            var words = Words(parts[0]);
            if (words.Length == 0) continue;
            var rule = parts[1];
            if (rule.Length == 5 && rule[2] == '-'
                && int.TryParse(rule.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
                && int.TryParse(rule.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var d)
                && m is >= 1 and <= 12 && d is >= 1 and <= 31)
            {
                yield return new Entry(words, m, d, 0, DayOfWeek.Sunday);
                continue;
            }
            var r = rule.Split('/');
            if (r.Length == 3
                && int.TryParse(r[0], NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12
                && int.TryParse(r[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var nth) && nth is >= -1 and <= 5 and not 0
                && Enum.TryParse<DayOfWeek>(r[2], true, out var dow))
                yield return new Entry(words, month, 0, nth, dow);
        }
    }

    /// <summary>Splits a name the way the tagger tokenizes text: letter runs and digit runs; other characters dropped.</summary>
    private static string[] Words(string name)
    {
        var list = new List<string>();
        var i = 0;
        while (i < name.Length)
        {
            if (!char.IsLetterOrDigit(name[i])) { i++; continue; }
            var s = i;
            var digit = char.IsAsciiDigit(name[i]);
            while (i < name.Length && char.IsLetterOrDigit(name[i]) && char.IsAsciiDigit(name[i]) == digit) i++;
            list.Add(name[s..i]);
        }
        return [.. list];
    }

    /// <summary>The embedded resource name, for tests.</summary>
    internal static string Resource => ResourceName;

    internal static Assembly Assembly => typeof(NamedDays).Assembly;
}
