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
    /// <remarks>
    /// Written with loops, one dictionary of strings and sorts of integer positions rather than queries: the comparison runs
    /// once per ingest, where the queries over claims, tuples and dates compiled some two hundred generic methods for a
    /// few milliseconds of work. Each step keeps what the query did: stable sorts, groups in order of first appearance,
    /// distinct values in order of first appearance.
    /// </remarks>
    public IReadOnlyList<ClaimComparison> Compare(IEnumerable<Claim> claims, Func<Claim, string>? subjectKey = null)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var key = subjectKey ?? (c => c.Subject);
        var ordered = new List<Claim>(claims).ToArray();
        SortStably(ordered, static (a, b) =>
        {
            var c = string.CompareOrdinal(a.ArticleId, b.ArticleId);
            if (c == 0) c = a.SentenceStart.CompareTo(b.SentenceStart);
            if (c == 0) c = string.CompareOrdinal(a.Attribute, b.Attribute);
            return c != 0 ? c : string.CompareOrdinal(a.Value, b.Value);
        });

        // Per subject and event, the one object its keyed date claims name, or null when they name several.
        var objects = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var c in ordered)
        {
            if (c.Family != ClaimAttributes.Date || Colons(c.Attribute) != 2) continue;
            var pair = Pair(key(c).ToUpperInvariant(), EventOf(c.Attribute));
            if (!objects.TryGetValue(pair, out var known)) objects[pair] = c.Attribute;
            else if (known is not null && !string.Equals(known, c.Attribute, StringComparison.Ordinal)) objects[pair] = null;
        }
        string AttributeOf(Claim c)
        {
            if (c.Family == ClaimAttributes.Date && Colons(c.Attribute) == 1
                && objects.TryGetValue(Pair(key(c).ToUpperInvariant(), c.Attribute), out var keyed) && keyed is not null)
                return keyed;
            return c.Attribute;
        }

        // Groups by subject and attribute, in order of their first claim, claims in order.
        var groupOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var groups = new List<List<Claim>>();
        var groupAttribute = new List<string>();
        foreach (var c in ordered)
        {
            var attribute = AttributeOf(c);
            var pair = Pair(key(c).ToUpperInvariant(), attribute);
            if (!groupOf.TryGetValue(pair, out var g))
            {
                groupOf[pair] = g = groups.Count;
                groups.Add([]);
                groupAttribute.Add(attribute);
            }
            groups[g].Add(c);
        }

        var result = new List<ClaimComparison>();
        for (var g = 0; g < groups.Count; g++)
        {
            var list = groups[g].ToArray();
            // Claims are in article order: two articles at least when any differs from the first.
            var articles = 1;
            foreach (var c in list)
                if (!string.Equals(c.ArticleId, list[0].ArticleId, StringComparison.Ordinal)) { articles = 2; break; }
            if (articles < 2) continue;
            var subject = key(list[0]);
            for (var n = 1; n < list.Length; n++)
                if (key(list[n]) is var k && string.CompareOrdinal(k, subject) < 0) subject = k;
            var attribute = groupAttribute[g];
            var (verdict, why) = list[0].Family switch
            {
                ClaimAttributes.Age => CompareAges(list),
                ClaimAttributes.Count => CompareCounts(list),
                ClaimAttributes.Date => CompareDates(list, attribute),
                _ => CompareValues(list),
            };
            result.Add(new ClaimComparison(subject, attribute, verdict, list, why));
        }
        var sorted = result.ToArray();
        SortStably(sorted, static (a, b) =>
        {
            var c = string.CompareOrdinal(a.Subject, b.Subject);
            return c != 0 ? c : string.CompareOrdinal(a.Attribute, b.Attribute);
        });
        return sorted;
    }

    /// <summary>Sorts as OrderBy/ThenBy would: by the comparison, equal items in their given order.</summary>
    private static void SortStably<T>(T[] items, Comparison<T> compare) where T : class
    {
        var order = new int[items.Length];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        var given = (T[])items.Clone();
        order.AsSpan().Sort((x, y) =>
        {
            var c = compare(given[x], given[y]);
            return c != 0 ? c : x.CompareTo(y);
        });
        for (var i = 0; i < order.Length; i++) items[i] = given[order[i]];
    }

    /// <summary>One dictionary key for two strings: the first one's length keeps every pair apart.</summary>
    private static string Pair(string a, string b) => string.Concat(a.Length.ToString(CultureInfo.InvariantCulture), ":", a, b);

    private static int Colons(string attribute)
    {
        var n = 0;
        foreach (var ch in attribute) if (ch == ':') n++;
        return n;
    }

    private static string EventOf(string attribute) => attribute[..attribute.LastIndexOf(':')];

    /// <summary>The distinct values of the claims, in order of first appearance.</summary>
    private static List<string> DistinctValues(Claim[] claims, StringComparison comparison)
    {
        var values = new List<string>(claims.Length);
        foreach (var c in claims)
        {
            var seen = false;
            foreach (var v in values)
                if (string.Equals(v, c.Value, comparison)) { seen = true; break; }
            if (!seen) values.Add(c.Value);
        }
        return values;
    }

    private static (ClaimVerdict, string) CompareValues(Claim[] claims) =>
        DistinctValues(claims, StringComparison.OrdinalIgnoreCase).Count == 1
            ? (ClaimVerdict.Agree, "same value " + claims[0].Value)
            : (ClaimVerdict.Disagree, "values " + string.Join(", ", DistinctValues(claims, StringComparison.Ordinal)));

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
        var froms = new DateOnly[claims.Length];
        var tos = new DateOnly[claims.Length];
        for (var i = 0; i < claims.Length; i++)
        {
            if (BirthInterval(claims[i]) is not { } interval) return CompareUndated(claims, "ages without an as-of date");
            (froms[i], tos[i]) = interval;
        }
        var from = froms[0];
        var to = tos[0];
        for (var i = 1; i < claims.Length; i++)
        {
            if (froms[i] > from) from = froms[i];
            if (tos[i] < to) to = tos[i];
        }
        if (from <= to)
            return (ClaimVerdict.Agree, from.Year == to.Year
                ? string.Create(CultureInfo.InvariantCulture, $"birth year {from.Year} consistent (born {Iso(from)} to {Iso(to)})")
                : string.Create(CultureInfo.InvariantCulture, $"born between {Iso(from)} and {Iso(to)}, consistent"));
        for (var i = 0; i < claims.Length; i++)
            for (var j = 0; j < claims.Length; j++)
            {
                var (a, b) = (claims[i], claims[j]);
                if (a.ArticleId != b.ArticleId && tos[i] < froms[j])
                    return (ClaimVerdict.Disagree, string.Create(CultureInfo.InvariantCulture,
                        $"{a.Value} as of {a.AsOf} means born by {Iso(tos[i])}; {b.Value} as of {b.AsOf} means born after {Iso(froms[j].AddDays(-1))}"));
            }
        return (ClaimVerdict.Undetermined, "each article's ages agree with every other article's but not all at once");
    }

    private static (ClaimVerdict, string) CompareUndated(Claim[] claims, string what) =>
        DistinctValues(claims, StringComparison.Ordinal).Count == 1
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
        var values = DistinctValues(claims, StringComparison.Ordinal);
        if (values.Count == 1) return (ClaimVerdict.Agree, "same value " + values[0]);
        var lows = new double[claims.Length];
        var highs = new double[claims.Length];
        for (var i = 0; i < claims.Length; i++) (lows[i], highs[i]) = RoundingInterval(claims[i]);
        // As Enumerable.Max and Min over doubles: the largest ignores NaN unless all are; the smallest is NaN when any is.
        var low = double.NaN;
        foreach (var x in lows)
            if (double.IsNaN(low) || x > low) low = double.IsNaN(x) && !double.IsNaN(low) ? low : x;
        var high = highs[0];
        foreach (var x in highs)
        {
            if (double.IsNaN(x)) { high = x; break; }
            if (x < high) high = x;
        }
        if (low <= high) return (ClaimVerdict.Agree, string.Join(" and ", values) + " agree as rounded");
        for (var i = 0; i < claims.Length; i++)
            for (var j = 0; j < claims.Length; j++)
            {
                var (a, b) = (claims[i], claims[j]);
                if (a.ArticleId == b.ArticleId || highs[i] >= lows[j]) continue;
                var days = a.AsOf is { } x && b.AsOf is { } y ? Math.Abs(x.Start.DayNumber - y.Start.DayNumber) : int.MaxValue;
                if (days > Options.CountChangeDays) continue;
                return (ClaimVerdict.Disagree, $"{a.Value} ({a.ArticleId}) and {b.Value} ({b.ArticleId}) differ beyond rounding");
            }
        return (ClaimVerdict.Undetermined, string.Join(", ", values) + " differ, but were stated at dates far apart");
    }

    // ---- dates ----

    private (ClaimVerdict, string) CompareDates(Claim[] claims, string attribute)
    {
        // Arrays rather than lists of tuples or dates: each generic collection over a value type is code of its own to compile.
        var datedClaims = new Claim[claims.Length];
        var datedDates = new PartialDate[claims.Length];
        var count = 0;
        foreach (var c in claims)
            if (c.Date is { } d)
            {
                datedClaims[count] = c;
                datedDates[count++] = d;
            }
        // Distinct dates, sorted: equal dates compare equal and distinct ones never do, so any sort gives this order.
        var dates = new PartialDate[count];
        var distinct = 0;
        for (var i = 0; i < count; i++)
        {
            var seen = false;
            for (var e = 0; e < distinct && !seen; e++) seen = dates[e] == datedDates[i];
            if (!seen) dates[distinct++] = datedDates[i];
        }
        for (var i = 1; i < distinct; i++)
            for (var j = i; j > 0 && dates[j - 1].CompareTo(dates[j]) > 0; j--) (dates[j - 1], dates[j]) = (dates[j], dates[j - 1]);
        if (distinct == 1) return (ClaimVerdict.Agree, "same date " + dates[0]);
        Claim? clashA = null, clashB = null;
        for (var i = 0; i < count && clashA is null; i++)
            for (var j = 0; j < count; j++)
                if (datedClaims[i].ArticleId != datedClaims[j].ArticleId && !datedDates[i].IsCompatibleWith(datedDates[j]))
                {
                    (clashA, clashB) = (datedClaims[i], datedClaims[j]);
                    break;
                }
        if (clashA is null || clashB is null)
        {
            var parts = new string[distinct];
            for (var i = 0; i < parts.Length; i++) parts[i] = $"{dates[i]} ({dates[i].Precision.ToString().ToLowerInvariant()})";
            return (ClaimVerdict.CompatiblePrecision, "compatible at different precision: " + string.Join(", ", parts));
        }
        var parts2 = attribute.Split(':');
        var once = parts2.Length > 2 || Options.OnceEvents.Contains(parts2[^1]);
        var why = $"{clashA.Value} ({clashA.ArticleId}) and {clashB.Value} ({clashB.ArticleId})";
        return once
            ? (ClaimVerdict.Disagree, why + " cannot both be the date")
            : (ClaimVerdict.Undetermined, why + " differ, but the event may have happened more than once");
    }
}
