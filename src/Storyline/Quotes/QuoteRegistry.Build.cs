using System.Diagnostics;
using System.Globalization;
using Storyline.Text;
using Storyline.Time;

namespace Storyline.Quotes;

public sealed partial class QuoteRegistry
{
    /// <summary>Matches every quotation added; quotations are numbered in article id order, then by offset.</summary>
    /// <remarks>
    /// Matching is union-find over those numbers, so a component's root is its smallest number and groups come out in
    /// the order of their first quotation, before the final sort. Runs and windows are looked up in integer hash
    /// tables; the short-segment holders are slices of one array.
    /// </remarks>
    private IReadOnlyList<QuoteGroup> Build()
    {
        var (quotes, published) = Flatten();
        var count = quotes.Length;
        var words = QuoteWords.Of(quotes);
        var parent = new int[count];
        for (var i = 0; i < count; i++) parent[i] = i;

        int Find(int x) { while (parent[x] != x) x = parent[x] = parent[parent[x]]; return x; }
        void Union(int a, int b) { a = Find(a); b = Find(b); if (a != b) parent[Math.Max(a, b)] = Math.Min(a, b); }

        var k = Options.SharedRunWords;
        var shared = new RunTable(words.Count);
        for (var i = 0; i < count; i++)
            for (var g = words.FirstSegment(i); g < words.FirstSegment(i + 1); g++)
            {
                var seg = words.Segment(g);
                for (var s = 0; s + k <= seg.Length; s++)
                    if (shared.GetOrAdd(QuoteText.HashRun(seg.Slice(s, k)), i) is var j and >= 0) Union(i, j);
            }
        MatchContained(quotes, words, Union);

        // Components in the order of their smallest quotation, members in order.
        var groupOf = new int[count];
        var sizes = new List<int>();
        for (var i = 0; i < count; i++)
        {
            var r = Find(i);
            if (r == i) { groupOf[i] = sizes.Count; sizes.Add(0); }
            else groupOf[i] = groupOf[r];
            sizes[groupOf[i]]++;
        }
        var start = new int[sizes.Count + 1];
        for (var g = 0; g < sizes.Count; g++) start[g + 1] = start[g] + sizes[g];
        var member = new int[count];
        var fill = start[..^1];
        for (var i = 0; i < count; i++) member[fill[groupOf[i]]++] = i;

        var made = new QuoteGroup[sizes.Count];
        var day = new int[sizes.Count];
        var speakers = new Dictionary<string, (int Resolved, int Count)>(StringComparer.OrdinalIgnoreCase);
        for (var g = 0; g < sizes.Count; g++)
        {
            made[g] = MakeGroup(member.AsSpan(start[g], sizes[g]), quotes, published, speakers);
            // Unknown dates sort last, and equal to each other.
            day[g] = made[g].FirstPublished is { } p ? p.Start.DayNumber : int.MaxValue;
        }
        // Earliest first, then by first article and first offset. The order is sorted as a list of the groups
        // would be (same algorithm, same comparisons), so groups that tie keep the order they always had.
        var order = new int[made.Length];
        for (var g = 0; g < order.Length; g++) order[g] = g;
        Array.Sort(order, (a, b) =>
        {
            var c = day[a].CompareTo(day[b]);
            if (c != 0) return c;
            c = string.CompareOrdinal(made[a].FirstArticle, made[b].FirstArticle);
            return c != 0 ? c : made[a].Quotes[0].Start.CompareTo(made[b].Quotes[0].Start);
        });
        var result = new List<QuoteGroup>(made.Length);
        foreach (var g in order) result.Add(made[g]);
        // The same words by different speakers stay different groups: number the later ones so ids stay unique.
        var seen = new Dictionary<string, int>(result.Count, StringComparer.Ordinal);
        for (var i = 0; i < result.Count; i++)
        {
            var n = seen[result[i].Id] = seen.GetValueOrDefault(result[i].Id) + 1;
            if (n > 1) result[i] = result[i] with { Id = $"{result[i].Id}-{n}" };
        }
        return result;
    }

    /// <summary>Every quotation with its article's date, in article id order and, within an article, by offset (stable).</summary>
    private (Quote[] Quotes, PartialDate?[] Published) Flatten()
    {
        var count = 0;
        foreach (var (_, a) in articles) count += a.Quotes.Count;
        var quotes = new Quote[count];
        var published = new PartialDate?[count];
        var i = 0;
        foreach (var (_, a) in articles)
        {
            var first = i;
            var sorted = true;
            foreach (var q in a.Quotes)
            {
                sorted &= i == first || quotes[i - 1].Start <= q.Start;
                quotes[i] = q;
                published[i++] = a.Published;
            }
            // Extractors give quotations in text order; anything else is sorted stably, by offset then position.
            if (!sorted)
            {
                var order = new (int Start, int Position)[i - first];
                for (var n = 0; n < order.Length; n++) order[n] = (quotes[first + n].Start, n);
                Array.Sort(order);
                var given = quotes[first..i];
                for (var n = 0; n < order.Length; n++) quotes[first + n] = given[order[n].Position];
            }
        }
        return (quotes, published);
    }

    /// <summary>A short quotation (or short segment) is the same one when a longer quotation contains it and the speakers agree.</summary>
    private void MatchContained(Quote[] quotes, QuoteWords words, Action<int, int> union)
    {
        int min = Options.MinContainedWords, k = Options.SharedRunWords;
        if (min >= k) return;
        // Only the windows that some short segment could equal are worth indexing: one table of those per length.
        var keys = new RunTable[k - min];
        for (var len = min; len < k; len++) keys[len - min] = new RunTable(0);
        // A key is numbered by the first short segment that has it.
        var needles = new List<(int Quote, int Key)>();
        for (var i = 0; i < quotes.Length; i++)
            for (var g = words.FirstSegment(i); g < words.FirstSegment(i + 1); g++)
                if (words.Segment(g) is var seg && seg.Length >= min && seg.Length < k)
                {
                    var key = keys[seg.Length - min].GetOrAdd(QuoteText.HashRun(seg), needles.Count);
                    needles.Add((i, key >= 0 ? key : needles.Count));
                }
        if (needles.Count == 0) return;

        // Holders: each key with the distinct quotations that have it somewhere, in order.
        var lastHolder = new int[needles.Count];
        Array.Fill(lastHolder, -1);
        var pairs = new List<(int Key, int Quote)>();
        for (var i = 0; i < quotes.Length; i++)
            for (var g = words.FirstSegment(i); g < words.FirstSegment(i + 1); g++)
                for (var len = min; len < k; len++)
                {
                    var seg = words.Segment(g);
                    var table = keys[len - min];
                    for (var s = 0; s + len <= seg.Length; s++)
                        if (table.TryGetValue(QuoteText.HashRun(seg.Slice(s, len)), out var key) && lastHolder[key] != i)
                        {
                            lastHolder[key] = i;
                            pairs.Add((key, i));
                        }
                }
        var start = new int[needles.Count + 1];
        foreach (var (key, _) in pairs) start[key + 1]++;
        for (var n = 0; n < needles.Count; n++) start[n + 1] += start[n];
        var holders = new int[pairs.Count];
        var fill = start[..^1];
        foreach (var (key, quote) in pairs) holders[fill[key]++] = quote;

        foreach (var (i, key) in needles)
            for (var h = start[key]; h < start[key + 1]; h++)
                if (holders[h] != i && SpeakersAgree(quotes[i], quotes[holders[h]])) union(i, holders[h]);
    }

    private static bool SpeakersAgree(Quote a, Quote b) =>
        a.Speaker is null || b.Speaker is null || string.Equals(a.Speaker, b.Speaker, StringComparison.OrdinalIgnoreCase);

    /// <summary>Known dates first, earliest first; unknown dates last.</summary>
    private static int ComparePublished(PartialDate? a, PartialDate? b) =>
        a is null ? (b is null ? 0 : 1) : b is null ? -1 : a.Value.Start.CompareTo(b.Value.Start);

    private static QuoteGroup MakeGroup(ReadOnlySpan<int> members, Quote[] quotes, PartialDate?[] published,
        Dictionary<string, (int Resolved, int Count)> speakers)
    {
        if (members.Length == 1)
        {
            var only = quotes[members[0]];
            return new QuoteGroup(IdOf(only.Text), only.Text, only.Speaker, [only.ArticleId], only.ArticleId, published[members[0]], [only]);
        }
        // Members are in article id order, then offset: the order the group lists them in.
        var first = members[0];
        foreach (var m in members)
        {
            var c = ComparePublished(published[m], published[first]);
            if (c < 0 || (c == 0 && string.CompareOrdinal(quotes[m].ArticleId, quotes[first].ArticleId) < 0)) first = m;
        }
        var firstArticle = quotes[first].ArticleId;
        Quote? longest = null;
        foreach (var m in members)
        {
            var q = quotes[m];
            if (q.ArticleId != firstArticle) continue;
            if (longest is null || q.Text.Length > longest.Text.Length || (q.Text.Length == longest.Text.Length && q.Start < longest.Start)) longest = q;
        }
        var text = longest!.Text;

        // The speaker most members resolve to an entity, then most name at all; its first spelling names it.
        speakers.Clear();
        var spellings = new List<string>();
        foreach (var m in members)
        {
            var q = quotes[m];
            if (q.Speaker is null) continue;
            if (!speakers.TryGetValue(q.Speaker, out var tally)) spellings.Add(q.Speaker);
            speakers[q.Speaker] = (tally.Resolved + (q.SpeakerEntity >= 0 ? 1 : 0), tally.Count + 1);
        }
        string? speaker = null;
        var best = (Resolved: -1, Count: -1);
        foreach (var s in spellings)
        {
            var t = speakers[s];
            if (t.Resolved > best.Resolved || (t.Resolved == best.Resolved && (t.Count > best.Count || (t.Count == best.Count && string.CompareOrdinal(s, speaker) < 0))))
            {
                speaker = s;
                best = t;
            }
        }

        var articleIds = new List<string>();
        var list = new Quote[members.Length];
        for (var n = 0; n < members.Length; n++)
        {
            list[n] = quotes[members[n]];
            if (n == 0 || list[n].ArticleId != list[n - 1].ArticleId) articleIds.Add(list[n].ArticleId);
        }
        return new QuoteGroup(IdOf(text), text, speaker, articleIds.ToArray(), firstArticle, published[first], list);
    }

    /// <summary>"q" and the first 12 hex digits of the hash of the normalized words.</summary>
    private static string IdOf(string text) =>
        "q" + QuoteText.HashString(QuoteText.Normalize(text)).ToString("x12", CultureInfo.InvariantCulture)[..12];
}
