namespace Storyline.Claims;

/// <summary>How the claims of one subject and attribute compare across articles.</summary>
public enum ClaimVerdict
{
    /// <summary>The claims state the same thing (ages through a common birth year, counts as rounded, equal dates).</summary>
    Agree,
    /// <summary>The claims fit together at different precision ("2020-09-30", "2020-09", "2020").</summary>
    CompatiblePrecision,
    /// <summary>At least two articles make claims that cannot both be true.</summary>
    Disagree,
    /// <summary>The claims differ but cannot be judged: no as-of date, far-apart as-of dates for a count, or a happening that may recur.</summary>
    Undetermined,
}

/// <summary>The comparison of the claims several articles make about one subject's attribute.</summary>
/// <param name="Subject">The subject.</param>
/// <param name="Attribute">The attribute.</param>
/// <param name="Verdict">How they compare.</param>
/// <param name="Claims">The claims compared, ordered by article id and offset.</param>
/// <param name="Explanation">Why, in words: "birth year 1985 consistent", "35.4 million and 35 million agree as rounded".</param>
public sealed record ClaimComparison(string Subject, string Attribute, ClaimVerdict Verdict, IReadOnlyList<Claim> Claims, string Explanation)
{
    /// <summary>The distinct articles of the claims, ordered ordinally.</summary>
    public IReadOnlyList<string> Articles => Claims.Select(c => c.ArticleId).Distinct().Order(StringComparer.Ordinal).ToArray();
}
