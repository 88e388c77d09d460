using System.Globalization;
using Storyline.Time;

namespace Storyline.Claims;

/// <summary>
/// Aligns claims from several articles by subject and attribute and says whether they agree: ages through
/// the birth-date interval each implies at its as-of date, counts within their rounding, dates through
/// <see cref="PartialDate"/> compatibility. Stateless and thread-safe; the result does not depend on input order.
/// </summary>
public sealed class ClaimComparer
{
    /// <summary>Creates a comparer.</summary>
    public ClaimComparer(ClaimComparerOptions? options = null) => Options = options ?? ClaimComparerOptions.Default;

    /// <summary>The settings in use.</summary>
    public ClaimComparerOptions Options { get; }

    /// <summary>
    /// Compares every (subject, attribute) that at least two articles make claims about. Subjects match
    /// case-insensitively; pass <paramref name="subjectKey"/> to align them otherwise (e.g. through a cross-document registry).
    /// A happening date without an object ("date:lose") joins the keyed one ("date:lose:jack") when that is the subject's only object for the event.
    /// </summary>
    public IReadOnlyList<ClaimComparison> Compare(IEnumerable<Claim> claims, Func<Claim, string>? subjectKey = null)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var key = subjectKey ?? (c => c.Subject);
        var ordered = claims.OrderBy(c => c.ArticleId, StringComparer.Ordinal).ThenBy(c => c.SentenceStart)
            .ThenBy(c => c.Attribute, StringComparer.Ordinal).ThenBy(c => c.Value, StringComparer.Ordinal).ToList();
        var objects = ordered.Where(c => c.Family == ClaimAttributes.Date && c.Attribute.Count(ch => ch == ':') == 2)
            .GroupBy(c => (Subject: key(c).ToUpperInvariant(), Event: EventOf(c.Attribute)))
            .ToDictionary(g => g.Key, g => g.Select(c => c.Attribute).Distinct(StringComparer.Ordinal).ToArray());
        string AttributeOf(Claim c)
        {
            if (c.Family == ClaimAttributes.Date && c.Attribute.Count(ch => ch == ':') == 1
                && objects.TryGetValue((key(c).ToUpperInvariant(), c.Attribute), out var keyed) && keyed.Length == 1)
                return keyed[0];
            return c.Attribute;
        }
        var result = new List<ClaimComparison>();
        foreach (var group in ordered.GroupBy(c => (Subject: key(c).ToUpperInvariant(), Attribute: AttributeOf(c))))
        {
            var list = group.ToArray();
            if (list.Select(c => c.ArticleId).Distinct(StringComparer.Ordinal).Count() < 2) continue;
            var subject = list.Select(key).Order(StringComparer.Ordinal).First();
            var (verdict, why) = list[0].Family switch
            {
                ClaimAttributes.Age => CompareAges(list),
                ClaimAttributes.Count => CompareCounts(list),
                ClaimAttributes.Date => CompareDates(list, group.Key.Attribute),
                _ => CompareValues(list),
            };
            result.Add(new ClaimComparison(subject, group.Key.Attribute, verdict, list, why));
        }
        return result.OrderBy(c => c.Subject, StringComparer.Ordinal).ThenBy(c => c.Attribute, StringComparer.Ordinal).ToArray();
    }

    private static string EventOf(string attribute) => attribute[..attribute.LastIndexOf(':')];

    private static (ClaimVerdict, string) CompareValues(Claim[] claims) =>
        claims.Select(c => c.Value).Distinct(StringComparer.OrdinalIgnoreCase).Count() == 1
            ? (ClaimVerdict.Agree, "same value " + claims[0].Value)
            : (ClaimVerdict.Disagree, "values " + string.Join(", ", claims.Select(c => c.Value).Distinct()));

    // ---- ages ----

    /// <summary>The birth dates an age implies: aged N on every day of the as-of date means born after (asOf − N − 1 years) and on or before (asOf − N years).</summary>
    internal static (DateOnly From, DateOnly To)? BirthInterval(Claim c)
    {
        if (c.AsOf is not { } asOf || c.Number is not { } n) return null;
        var age = (int)n;
        if (asOf.Year - age - 1 < 1) return null;
        return (asOf.Start.AddYears(-age - 1).AddDays(1), asOf.End.AddYears(-age));
    }

    // A day as yyyy-MM-dd, written as a partial date writes it: a custom date format would compile the runtime's format
    // parser at the first comparison, for a handful of explanations.
    private static PartialDate Iso(DateOnly day) => PartialDate.FromDateOnly(day);

    private static (ClaimVerdict, string) CompareAges(Claim[] claims)
    {
        var intervals = claims.Select(c => (Claim: c, Interval: BirthInterval(c))).ToArray();
        if (intervals.Any(x => x.Interval is null)) return CompareUndated(claims, "ages without an as-of date");
        var from = intervals.Max(x => x.Interval!.Value.From);
        var to = intervals.Min(x => x.Interval!.Value.To);
        if (from <= to)
            return (ClaimVerdict.Agree, from.Year == to.Year
                ? string.Create(CultureInfo.InvariantCulture, $"birth year {from.Year} consistent (born {Iso(from)} to {Iso(to)})")
                : string.Create(CultureInfo.InvariantCulture, $"born between {Iso(from)} and {Iso(to)}, consistent"));
        foreach (var a in intervals)
            foreach (var b in intervals)
                if (a.Claim.ArticleId != b.Claim.ArticleId && a.Interval!.Value.To < b.Interval!.Value.From)
                    return (ClaimVerdict.Disagree, string.Create(CultureInfo.InvariantCulture,
                        $"{a.Claim.Value} as of {a.Claim.AsOf} means born by {Iso(a.Interval.Value.To)}; {b.Claim.Value} as of {b.Claim.AsOf} means born after {Iso(b.Interval.Value.From.AddDays(-1))}"));
        return (ClaimVerdict.Undetermined, "each article's ages agree with every other article's but not all at once");
    }

    private static (ClaimVerdict, string) CompareUndated(Claim[] claims, string what) =>
        claims.Select(c => c.Value).Distinct(StringComparer.Ordinal).Count() == 1
            ? (ClaimVerdict.Agree, "same value " + claims[0].Value)
            : (ClaimVerdict.Undetermined, what + " cannot be compared");

    // ---- counts ----

    /// <summary>The interval a written count stands for when rounded to its last written digit: "35.4 million" is 35.35–35.45 million, "35,000" is 34,500–35,500.</summary>
    internal static (double Low, double High) RoundingInterval(Claim c)
    {
        var n = c.Number ?? 0;
        var digits = c.Value.Split(' ')[0];
        var scale = c.Value.Contains(' ', StringComparison.Ordinal) && double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var written) && written != 0
            ? n / written : 1;
        double unit;
        var dot = digits.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0) unit = Math.Pow(10, -(digits.Length - dot - 1));
        else
        {
            var zeros = digits.Length - digits.TrimEnd('0').Length;
            unit = zeros > 0 && zeros < digits.Length ? Math.Pow(10, zeros) : 1;
        }
        // An integer count written exactly ("12 employees") is exact; only rounded forms get slack.
        var half = unit == 1 && scale == 1 ? 0 : unit * scale / 2;
        return (n - half, n + half);
    }

    private (ClaimVerdict, string) CompareCounts(Claim[] claims)
    {
        var values = claims.Select(c => c.Value).Distinct(StringComparer.Ordinal).ToArray();
        if (values.Length == 1) return (ClaimVerdict.Agree, "same value " + values[0]);
        var intervals = claims.Select(c => (Claim: c, Range: RoundingInterval(c))).ToArray();
        var low = intervals.Max(x => x.Range.Low);
        var high = intervals.Min(x => x.Range.High);
        if (low <= high) return (ClaimVerdict.Agree, string.Join(" and ", values) + " agree as rounded");
        foreach (var a in intervals)
            foreach (var b in intervals)
            {
                if (a.Claim.ArticleId == b.Claim.ArticleId || a.Range.High >= b.Range.Low) continue;
                var days = a.Claim.AsOf is { } x && b.Claim.AsOf is { } y ? Math.Abs(x.Start.DayNumber - y.Start.DayNumber) : int.MaxValue;
                if (days > Options.CountChangeDays) continue;
                return (ClaimVerdict.Disagree, $"{a.Claim.Value} ({a.Claim.ArticleId}) and {b.Claim.Value} ({b.Claim.ArticleId}) differ beyond rounding");
            }
        return (ClaimVerdict.Undetermined, string.Join(", ", values) + " differ, but were stated at dates far apart");
    }

    // ---- dates ----

    private (ClaimVerdict, string) CompareDates(Claim[] claims, string attribute)
    {
        var dated = claims.Where(c => c.Date is not null).ToArray();
        var dates = dated.Select(c => c.Date!.Value).Distinct().Order().ToArray();
        if (dates.Length == 1) return (ClaimVerdict.Agree, "same date " + dates[0]);
        var clash = dated.SelectMany(a => dated.Select(b => (a, b)))
            .FirstOrDefault(p => p.a.ArticleId != p.b.ArticleId && !p.a.Date!.Value.IsCompatibleWith(p.b.Date!.Value));
        if (clash.a is null)
        {
            var parts = dates.Select(d => $"{d} ({d.Precision.ToString().ToLowerInvariant()})");
            return (ClaimVerdict.CompatiblePrecision, "compatible at different precision: " + string.Join(", ", parts));
        }
        var parts2 = attribute.Split(':');
        var once = parts2.Length > 2 || Options.OnceEvents.Contains(parts2[^1]);
        var why = $"{clash.a.Value} ({clash.a.ArticleId}) and {clash.b.Value} ({clash.b.ArticleId})";
        return once
            ? (ClaimVerdict.Disagree, why + " cannot both be the date")
            : (ClaimVerdict.Undetermined, why + " differ, but the event may have happened more than once");
    }
}
