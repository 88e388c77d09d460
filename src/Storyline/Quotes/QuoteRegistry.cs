using System.Globalization;
using Storyline.Time;

namespace Storyline.Quotes;

/// <summary>
/// Groups the same quotation across articles despite case, punctuation, dash and ellipsis
/// differences and partial quoting, and tells which article had it first. Articles can be
/// added in any order, from any thread; <see cref="Groups"/> depends only on the set added.
/// </summary>
public sealed class QuoteRegistry
{
    private readonly SortedDictionary<string, (PartialDate? Published, IReadOnlyList<Quote> Quotes)> articles = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private IReadOnlyList<QuoteGroup>? groups;

    /// <summary>Creates an empty registry.</summary>
    public QuoteRegistry(QuoteMatcherOptions? options = null) => Options = options ?? QuoteMatcherOptions.Default;

    /// <summary>The matching settings in use.</summary>
    public QuoteMatcherOptions Options { get; }

    /// <summary>Adds (or replaces) the quotations of one article.</summary>
    public void Add(string articleId, PartialDate? published, IReadOnlyList<Quote> quotes)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        ArgumentNullException.ThrowIfNull(quotes);
        lock (gate)
        {
            articles[articleId] = (published, quotes);
            groups = null;
        }
    }

    /// <summary>Every quotation group, the earliest first.</summary>
    public IReadOnlyList<QuoteGroup> Groups()
    {
        lock (gate) return groups ??= Build();
    }

    private IReadOnlyList<QuoteGroup> Build()
    {
        var all = new List<(Quote Quote, PartialDate? Published)>();
        foreach (var (_, a) in articles)
            foreach (var q in a.Quotes.OrderBy(q => q.Start)) all.Add((q, a.Published));
        var segments = all.Select(x => QuoteText.Segments(x.Quote.Text)).ToArray();
        var parent = Enumerable.Range(0, all.Count).ToArray();

        int Find(int x) { while (parent[x] != x) x = parent[x] = parent[parent[x]]; return x; }
        void Union(int a, int b) { a = Find(a); b = Find(b); if (a != b) parent[Math.Max(a, b)] = Math.Min(a, b); }

        var k = Options.SharedRunWords;
        var shared = new Dictionary<ulong, int>();
        // Only the windows that some short segment could equal are worth indexing: collect those keys first.
        var windows = new Dictionary<(int Length, ulong Hash), List<int>>();
        for (var i = 0; i < all.Count; i++)
            foreach (var seg in segments[i])
                if (seg.Length >= Options.MinContainedWords && seg.Length < k) windows.TryAdd((seg.Length, QuoteText.HashRun(seg)), []);
        for (var i = 0; i < all.Count; i++)
        {
            foreach (var seg in segments[i])
            {
                for (var s = 0; s + k <= seg.Length; s++)
                {
                    var h = QuoteText.HashRun(seg.AsSpan(s, k));
                    if (shared.TryGetValue(h, out var j)) Union(i, j); else shared[h] = i;
                }
                for (var len = Options.MinContainedWords; len < k; len++)
                    for (var s = 0; s + len <= seg.Length; s++)
                    {
                        if (windows.TryGetValue((len, QuoteText.HashRun(seg.AsSpan(s, len))), out var list) && (list.Count == 0 || list[^1] != i)) list.Add(i);
                    }
            }
        }
        // A short quotation (or short segment) is the same one when a longer quotation contains it and the speakers agree.
        for (var i = 0; i < all.Count; i++)
            foreach (var seg in segments[i])
            {
                if (seg.Length < Options.MinContainedWords || seg.Length >= k) continue;
                if (!windows.TryGetValue((seg.Length, QuoteText.HashRun(seg)), out var holders)) continue;
                foreach (var j in holders)
                    if (j != i && SpeakersAgree(all[i].Quote, all[j].Quote)) Union(i, j);
            }

        var members = new Dictionary<int, List<int>>();
        for (var i = 0; i < all.Count; i++)
        {
            var r = Find(i);
            if (!members.TryGetValue(r, out var list)) members[r] = list = [];
            list.Add(i);
        }
        var result = members.Values.Select(m => MakeGroup(m.Select(i => all[i]).ToList())).ToList();
        result.Sort((a, b) =>
        {
            var c = ComparePublished(a.FirstPublished, b.FirstPublished);
            if (c != 0) return c;
            c = string.CompareOrdinal(a.FirstArticle, b.FirstArticle);
            return c != 0 ? c : a.Quotes[0].Start.CompareTo(b.Quotes[0].Start);
        });
        // The same words by different speakers stay different groups: number the later ones so ids stay unique.
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < result.Count; i++)
        {
            var n = seen[result[i].Id] = seen.GetValueOrDefault(result[i].Id) + 1;
            if (n > 1) result[i] = result[i] with { Id = $"{result[i].Id}-{n}" };
        }
        return result;
    }

    private static bool SpeakersAgree(Quote a, Quote b) =>
        a.Speaker is null || b.Speaker is null || string.Equals(a.Speaker, b.Speaker, StringComparison.OrdinalIgnoreCase);

    /// <summary>Known dates first, earliest first; unknown dates last.</summary>
    private static int ComparePublished(PartialDate? a, PartialDate? b) =>
        a is null ? (b is null ? 0 : 1) : b is null ? -1 : a.Value.Start.CompareTo(b.Value.Start);

    private static QuoteGroup MakeGroup(List<(Quote Quote, PartialDate? Published)> members)
    {
        var first = members.OrderBy(m => m.Published, Comparer<PartialDate?>.Create(ComparePublished))
            .ThenBy(m => m.Quote.ArticleId, StringComparer.Ordinal).First();
        var text = members.Where(m => m.Quote.ArticleId == first.Quote.ArticleId)
            .OrderByDescending(m => m.Quote.Text.Length).ThenBy(m => m.Quote.Start).First().Quote.Text;
        var speaker = members.Where(m => m.Quote.Speaker is not null)
            .GroupBy(m => m.Quote.Speaker!, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count(m => m.Quote.SpeakerEntity >= 0))
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault();
        var articleIds = members.Select(m => m.Quote.ArticleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var quotes = members.Select(m => m.Quote).OrderBy(q => q.ArticleId, StringComparer.Ordinal).ThenBy(q => q.Start).ToArray();
        var id = "q" + QuoteText.HashString(QuoteText.Normalize(text)).ToString("x12", CultureInfo.InvariantCulture)[..12];
        return new QuoteGroup(id, text, speaker, articleIds, first.Quote.ArticleId, first.Published, quotes);
    }
}
