using Storyline.Text;
using Storyline.Time;

namespace Storyline.Facts;

/// <summary>
/// Groups dated facts from several articles into timeline entries: facts of one date about one happening, and facts
/// of a coarser date ("September 2020") with the precise group they agree with ("Sept. 30, 2020") when their sentences
/// tell the same happening. Deterministic: the same facts in any order give the same groups.
/// </summary>
public sealed class FactGrouper
{
    private readonly TermAnalyzer _analyzer;

    /// <summary>Creates a grouper.</summary>
    /// <param name="options">Settings; <see cref="FactGroupingOptions.Default"/> when null.</param>
    /// <param name="analyzer">The term analyzer for comparing sentences; <see cref="TermAnalyzer.Default"/> when null.</param>
    public FactGrouper(FactGroupingOptions? options = null, TermAnalyzer? analyzer = null)
    {
        Options = options ?? FactGroupingOptions.Default;
        _analyzer = analyzer ?? TermAnalyzer.Default;
    }

    /// <summary>A grouper with the default settings.</summary>
    public static FactGrouper Default { get; } = new();

    /// <summary>The settings this grouper was built with.</summary>
    public FactGroupingOptions Options { get; }

    /// <summary>Groups <paramref name="facts"/>; the groups come in date order.</summary>
    public IReadOnlyList<FactGroup> Group(IEnumerable<DatedFact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var ordered = facts.Distinct().Order(CanonicalOrder.Instance).ToArray();
        if (ordered.Length == 0) return [];
        var vectors = Vectorize(ordered);

        // Same date: a fact joins the group of a nearby sentence of its article, else the group whose centroid its words
        // are closest to; comparing with centroids rather than single facts keeps unrelated happenings from chaining.
        var groups = new List<List<int>>();
        for (int i = 0, start = 0; i <= ordered.Length; i++)
        {
            if (i < ordered.Length && ordered[i].Date == ordered[start].Date) continue;
            groups.AddRange(GroupSameDate(ordered, vectors, start, i));
            start = i;
        }

        // Coarser groups join the best matching finer group, month level first so a year can join what a month joined.
        foreach (var level in new[] { DatePrecision.Month, DatePrecision.Year })
            groups = Attach(groups, level, ordered, vectors);

        return groups
            .Select(g => ToGroup(g, ordered, vectors))
            .OrderBy(g => g.Date)
            .ThenBy(g => g.Facts[0], CanonicalOrder.Instance)
            .ToArray();
    }

    private List<List<int>> GroupSameDate(DatedFact[] facts, Dictionary<string, double>[] vectors, int start, int end)
    {
        // First the runs of one article: facts a few sentences apart tell one happening whatever their words.
        // Within a date the canonical order is article, then position, so a run is a stretch of consecutive facts.
        var units = new List<List<int>>();
        for (var f = start; f < end; f++)
        {
            var previous = units.Count == 0 ? null : facts[units[^1][^1]];
            if (previous is not null && previous.ArticleId == facts[f].ArticleId
                && facts[f].SentenceIndex - previous.SentenceIndex <= Options.SameArticleSentenceWindow)
                units[^1].Add(f);
            else
                units.Add([f]);
        }

        // Then each run joins the group whose centroid is closest to its own, or opens one; comparing centroids rather
        // than single facts keeps unrelated happenings of a busy day from chaining into one group.
        var groups = new List<List<int>>();
        var sums = new List<Dictionary<string, double>>();
        var norms = new List<double>();
        foreach (var unit in units)
        {
            var vector = Centroid(unit, vectors);
            var target = -1;
            var bestScore = Options.SameDateMinSimilarity;
            for (var g = 0; g < groups.Count; g++)
            {
                var score = norms[g] == 0 ? 0 : Dot(vector, sums[g]) / Math.Sqrt(norms[g]);
                if (score >= bestScore && (target < 0 || score > bestScore)) { target = g; bestScore = score; }
            }
            if (target < 0)
            {
                target = groups.Count;
                groups.Add([]);
                sums.Add(new Dictionary<string, double>(StringComparer.Ordinal));
                norms.Add(0);
            }
            groups[target].AddRange(unit);
            var sum = sums[target];
            var norm = norms[target];
            foreach (var (t, w) in vector)
            {
                var old = sum.GetValueOrDefault(t);
                sum[t] = old + w;
                norm += (old + w) * (old + w) - old * old;
            }
            norms[target] = norm;
        }
        return groups;
    }

    private static double Dot(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        if (a.Count > b.Count) (a, b) = (b, a);
        var dot = 0.0;
        foreach (var (t, w) in a)
            if (b.TryGetValue(t, out var w2)) dot += w * w2;
        return dot;
    }

    private List<List<int>> Attach(List<List<int>> groups, DatePrecision level, DatedFact[] facts, Dictionary<string, double>[] vectors)
    {
        var dates = groups.Select(g => GroupDate(g, facts)).ToArray();
        var centroids = groups.Select(g => Centroid(g, vectors)).ToArray();
        // Finer groups by year and month, so a coarse group meets only the groups its date can hold.
        var finer = new Dictionary<(int Year, int Month), List<int>>();
        for (var j = 0; j < groups.Count; j++)
        {
            if (dates[j].Precision <= level) continue;
            var key = (dates[j].Year, level == DatePrecision.Month ? dates[j].Month!.Value : 0);
            if (!finer.TryGetValue(key, out var list)) finer[key] = list = [];
            list.Add(j);
        }
        var target = new int[groups.Count];
        for (var i = 0; i < groups.Count; i++)
        {
            target[i] = i;
            if (dates[i].Precision != level) continue;
            if (!finer.TryGetValue((dates[i].Year, level == DatePrecision.Month ? dates[i].Month!.Value : 0), out var candidates)) continue;
            var best = -1;
            var bestScore = Options.CoarserDateMinSimilarity;
            // Scores come from the groups as they were before this level, so the order of attaching cannot matter.
            foreach (var j in candidates)
            {
                var score = Cosine(centroids[i], centroids[j]);
                if (score > bestScore) { best = j; bestScore = score; }
            }
            if (best >= 0) target[i] = best;
        }
        var merged = new List<List<int>>();
        var slot = new Dictionary<int, List<int>>();
        for (var i = 0; i < groups.Count; i++)
        {
            if (target[i] != i) continue;
            var list = new List<int>(groups[i]);
            slot[i] = list;
            merged.Add(list);
        }
        for (var i = 0; i < groups.Count; i++)
            if (target[i] != i) slot[target[i]].AddRange(groups[i]);
        foreach (var g in merged) g.Sort();
        return merged;
    }

    private static PartialDate GroupDate(List<int> group, DatedFact[] facts)
    {
        var date = facts[group[0]].Date;
        foreach (var i in group)
            if (facts[i].Date.Precision > date.Precision) date = facts[i].Date;
        return date;
    }

    private static FactGroup ToGroup(List<int> group, DatedFact[] facts, Dictionary<string, double>[] vectors)
    {
        var date = GroupDate(group, facts);
        // The best sentence states the group's own date, absolutely if possible, and shares most words with the rest.
        var best = group
            .OrderByDescending(i => facts[i].Date.Precision)
            .ThenBy(i => facts[i].IsRelative)
            .ThenByDescending(i => group.Sum(j => j == i ? 0 : Cosine(vectors[i], vectors[j])))
            .ThenBy(i => i)
            .First();
        var members = group.Select(i => facts[i]).ToArray();
        var articles = members.Select(f => f.ArticleId).Distinct().Order(StringComparer.Ordinal).ToArray();
        return new FactGroup(date, facts[best].Sentence, articles, members);
    }

    private Dictionary<string, double>[] Vectorize(DatedFact[] facts)
    {
        var termWeights = new Dictionary<string, double>[facts.Length];
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < facts.Length; i++)
        {
            termWeights[i] = FactTerms.Weighted(facts[i].Sentence, facts[i].Expression, _analyzer, Options.NearExpressionTerms, Options.NearExpressionBoost);
            foreach (var t in termWeights[i].Keys) df[t] = df.GetValueOrDefault(t) + 1;
        }
        var vectors = new Dictionary<string, double>[facts.Length];
        for (var i = 0; i < facts.Length; i++)
        {
            var v = new Dictionary<string, double>(termWeights[i].Count, StringComparer.Ordinal);
            foreach (var (t, w) in termWeights[i]) v[t] = w * Math.Log(1 + (double)facts.Length / df[t]);
            vectors[i] = Normalize(v);
        }
        return vectors;
    }

    private static Dictionary<string, double> Centroid(List<int> group, Dictionary<string, double>[] vectors)
    {
        var sum = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var i in group)
            foreach (var (t, w) in vectors[i]) sum[t] = sum.GetValueOrDefault(t) + w;
        return Normalize(sum);
    }

    private static Dictionary<string, double> Normalize(Dictionary<string, double> v)
    {
        var norm = Math.Sqrt(v.Values.Sum(w => w * w));
        if (norm > 0)
            foreach (var t in v.Keys.ToArray()) v[t] /= norm;
        return v;
    }

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b) => Dot(a, b);

    /// <summary>Date, article, sentence, expression: a total order on facts, so input order never matters.</summary>
    private sealed class CanonicalOrder : IComparer<DatedFact>
    {
        public static readonly CanonicalOrder Instance = new();

        public int Compare(DatedFact? x, DatedFact? y)
        {
            if (ReferenceEquals(x, y)) return 0;
            if (x is null) return -1;
            if (y is null) return 1;
            var c = x.Date.CompareTo(y.Date);
            if (c == 0) c = x.Date.Precision.CompareTo(y.Date.Precision);
            if (c == 0) c = string.CompareOrdinal(x.ArticleId, y.ArticleId);
            if (c == 0) c = x.SentenceStart.CompareTo(y.SentenceStart);
            if (c == 0) c = string.CompareOrdinal(x.Expression, y.Expression);
            if (c == 0) c = string.CompareOrdinal(x.TimexValue, y.TimexValue);
            if (c == 0) c = string.CompareOrdinal(x.Sentence, y.Sentence);
            if (c == 0) c = x.SentenceIndex.CompareTo(y.SentenceIndex);
            return c == 0 ? x.IsRelative.CompareTo(y.IsRelative) : c;
        }
    }
}
