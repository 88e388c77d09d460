using System.Text.RegularExpressions;
using Storyline.Time;

namespace Storyline.Html.Metadata;

/// <summary>Reads the date forms pages and feeds use: ISO 8601, RFC 822, compact digits, and English month-name dates.</summary>
internal static partial class DateText
{
    private const int MinYear = 1900;
    private const int MaxYear = 2100;

    [GeneratedRegex(@"^\s*(?<y>\d{4})(?:(?<sep>[-/.])(?<m>\d{1,2})(?:\k<sep>(?<d>\d{1,2}))?|(?<m>\d{2})(?<d>\d{2}))(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex IsoLike();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?(?<mon>\p{L}{3,10})\.?,?\s+(?:de\s+)?(?<y>\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<mon>\p{L}{3,10})\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?<d>\d{1,2})[./](?<m>\d{1,2})[./](?<y>\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDayFirst();

    /// <summary>A date at the start of the value (machine formats) or anywhere in it (human formats).</summary>
    public static bool TryParse(string? raw, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(raw) || raw.Length > 300) return false;
        var iso = IsoLike().Match(raw);
        if (iso.Success && TryMake(iso.Groups["y"].Value, iso.Groups["m"].Value, iso.Groups["d"].Value, out date)) return true;
        return TryParseHuman(raw, out date);
    }

    /// <summary>Month-name dates ("Nov. 19, 2019", "19 November 2019", "Tue, 19 Nov 2019") anywhere in a text.</summary>
    public static bool TryParseHuman(string text, out PartialDate date)
    {
        date = default;
        foreach (var regex in new[] { MonthDayYear(), DayMonthYear() })
        {
            for (var match = regex.Match(text); match.Success; match = match.NextMatch())
            {
                var month = MonthNumber(match.Groups["mon"].Value);
                if (month > 0 && TryMake(match.Groups["y"].Value, month.ToString(System.Globalization.CultureInfo.InvariantCulture), match.Groups["d"].Value, out date)) return true;
            }
        }
        var numeric = NumericDayFirst().Match(text);
        return numeric.Success && TryMake(numeric.Groups["y"].Value, numeric.Groups["m"].Value, numeric.Groups["d"].Value, out date);
    }

    /// <summary>Makes a date from digit groups; the day and month may be empty.</summary>
    public static bool TryMake(string year, string month, string day, out PartialDate date)
    {
        date = default;
        if (!int.TryParse(year, out var y) || y is < MinYear or > MaxYear) return false;
        if (month.Length == 0) { date = new PartialDate(y); return true; }
        if (!int.TryParse(month, out var m) || m is < 1 or > 12) return false;
        if (day.Length == 0) { date = new PartialDate(y, m); return true; }
        if (!int.TryParse(day, out var d) || d < 1 || d > DateTime.DaysInMonth(y, m)) return false;
        date = new PartialDate(y, m, d);
        return true;
    }

    /// <summary>Month names of the languages news is most often written in, lower case; index + 1 is the month.</summary>
    private static readonly string[][] MonthNames =
    [
        ["january", "janvier", "januar", "enero", "janeiro", "gennaio", "januari", "jänner"],
        ["february", "février", "fevrier", "februar", "febrero", "fevereiro", "febbraio", "februari"],
        ["march", "mars", "märz", "maerz", "marzo", "março", "marco", "maart"],
        ["april", "avril", "abril", "aprile"],
        ["may", "mai", "mayo", "maio", "maggio", "mei"],
        ["june", "juin", "juni", "junio", "junho", "giugno"],
        ["july", "juillet", "juli", "julio", "julho", "luglio"],
        ["august", "août", "aout", "agosto", "augustus"],
        ["september", "septembre", "septiembre", "setembro", "settembre"],
        ["october", "octobre", "oktober", "octubre", "outubro", "ottobre"],
        ["november", "novembre", "noviembre", "novembro"],
        ["december", "décembre", "decembre", "dezember", "diciembre", "dezembro", "dicembre"],
    ];

    private static int MonthNumber(string name)
    {
        if (name.Length < 3) return 0;
        var lower = name.ToLowerInvariant();
        for (var i = 0; i < MonthNames.Length; i++)
        {
            foreach (var full in MonthNames[i])
            {
                // Abbreviations ("Nov", "Sept") are accepted for the English names only, to keep "mar" and "mai" unambiguous.
                if (lower == full || (full == MonthNames[i][0] && lower.Length is 3 or 4 && full.StartsWith(lower, StringComparison.Ordinal))) return i + 1;
            }
        }
        return 0;
    }
}
