using System.Text.RegularExpressions;
using Storyline.Time;

namespace Storyline.Facts;

/// <summary>
/// Finds the line near the top of an article that states the date of the report itself: a seed-format header
/// (<c>date 2023-12-03 …</c>) left in the text, or a dateline ("Updated: Dec. 3, 2023", "NEW YORK, Dec. 3, 2023 —").
/// That date belongs to the report, not to what it reports.
/// </summary>
internal static partial class ReportDateLine
{
    /// <summary>Words before a date that still make a wire dateline ("NEW YORK,", "SAN JUAN, Puerto Rico,").</summary>
    private const int MaxDatelinePlaceWords = 4;

    /// <summary>How far after the date a wire dateline's dash may come ("Dec. 3, 2023 (Reuters) —").</summary>
    private const int MaxDashDistance = 24;

    /// <summary>The report's date line, when there is one.</summary>
    /// <param name="text">The article text as tagged.</param>
    /// <param name="bodyStart">Where the body starts in <paramref name="text"/> (after title and dek).</param>
    /// <param name="expressions">The temporal expressions of <paramref name="text"/>.</param>
    /// <param name="options">Where to look and how short a dateline is.</param>
    public static Found? Find(string text, int bodyStart, IReadOnlyList<TemporalExpression> expressions, PublicationDateOptions options)
    {
        var firstLineEnd = LineEnd(text, SkipBlank(text, bodyStart));
        var first = SkipBlank(text, bodyStart);
        if (first < text.Length)
        {
            var header = SeedHeader().Match(text, first, firstLineEnd - first);
            if (header.Success && PartialDate.TryParse(header.Groups["date"].ValueSpan, out var date))
                return new Found(first, firstLineEnd, date, header.Value.Trim());
        }

        var limit = Math.Min(text.Length, bodyStart + options.DatelineSearchChars);
        foreach (var e in expressions)
        {
            if (e.Start < bodyStart) continue;
            if (e.Start >= limit) break;
            if (e.IsRelative || e.Date is not { Precision: DatePrecision.Day } day) continue;
            var lineStart = LineStart(text, e.Start);
            var lineEnd = LineEnd(text, e.End);
            var before = CountWords(text.AsSpan(lineStart, e.Start - lineStart));
            var after = CountWords(text.AsSpan(e.End, lineEnd - e.End));
            // "NEW YORK, Dec. 3, 2023 (Reuters) —", "ANCHORAGE, Alaska | Thu Nov 18, 2010 4:26 pm EST": a place, then the
            // date closed by a dash or stamped with a clock time.
            var near = text.AsSpan(e.End, Math.Min(MaxDashDistance, lineEnd - e.End));
            var dashAfter = before <= MaxDatelinePlaceWords && (HasDash(near) || ClockTime().IsMatch(near));
            // A short line that ends like a sentence is a sentence ("He took office on Jan. 4, 2021."), not a dateline.
            var standalone = before + after <= options.DatelineMaxOtherWords && !EndsLikeSentence(text.AsSpan(e.End, lineEnd - e.End));
            if (standalone || dashAfter)
                return new Found(lineStart, dashAfter ? e.End : lineEnd, day, text[lineStart..lineEnd].Trim());
        }
        return null;
    }

    /// <summary>
    /// True when the date ending at <paramref name="end"/> is a time stamp ("January 28, 2011 at 12:32 pm | Reply",
    /// "January 25, 2011 | By Amir Ahmed"): a "|" follows, or a clock time and then the end of the line or a "|". Posts, comments and updates carry these; they date the
    /// writing, not a happening.
    /// </summary>
    public static bool IsTimestamp(string text, int end) => end < text.Length && Stamp().IsMatch(text, end);

    /// <summary>A report date line: its stretch of the text, the date, and the line as written.</summary>
    public readonly record struct Found(int Start, int End, PartialDate Date, string Line);

    private static int SkipBlank(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    private static int LineStart(string text, int i)
    {
        var nl = i == 0 ? -1 : text.LastIndexOf('\n', i - 1);
        return nl + 1;
    }

    private static int LineEnd(string text, int i)
    {
        var nl = i >= text.Length ? -1 : text.IndexOf('\n', i);
        return nl < 0 ? text.Length : nl;
    }

    private static int CountWords(ReadOnlySpan<char> s)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in s)
        {
            var word = char.IsLetterOrDigit(c);
            if (word && !inWord) count++;
            inWord = word;
        }
        return count;
    }

    private static bool EndsLikeSentence(ReadOnlySpan<char> afterDate)
    {
        var t = afterDate.TrimEnd();
        return t.Length > 0 && t[^1] is '.' or '!' or '?' or '"' or '\u201D';
    }

    private static bool HasDash(ReadOnlySpan<char> s) =>
        s.IndexOfAny('\u2014', '\u2013') >= 0 || s.IndexOf(" - ", StringComparison.Ordinal) >= 0 || s.IndexOf("--", StringComparison.Ordinal) >= 0;

    [GeneratedRegex(@"^[\s,]*(?:at\s+)?\d{1,2}:\d{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"\G[ \t]*(?:\||(?:[ \t]*,?[ \t]*(?:at[ \t]+)?\d{1,2}:\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?(?:[ \t]+[A-Z]{2,4}\b)?)+[ \t]*(?:\||\r?\n|$))", RegexOptions.CultureInvariant)]
    private static partial Regex Stamp();

    [GeneratedRegex(@"\G\s*date\s+(?<date>\d{4}-\d{2}-\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex SeedHeader();
}
