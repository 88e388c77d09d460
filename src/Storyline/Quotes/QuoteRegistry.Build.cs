using System.Runtime.CompilerServices;
using Storyline.Time;

namespace Storyline.Quotes;

public sealed partial class QuoteRegistry
{
    /// <summary>Hex digits of a group id after its "q".</summary>
    private const int IdDigits = 12;

    /// <summary>Matches every quotation added; quotations are numbered in article id order, then by offset.</summary>
    /// <remarks>
    /// Matching is union-find over those numbers, so a component's root is its smallest number and groups come out in
    /// the order of their first quotation, before the final sort. Runs and windows are looked up in integer hash
    /// tables; the short-segment holders are linked lists in flat arrays. Build runs once per ingest, so its loops are
    /// compiled optimized at their first call rather than started unoptimized.
    /// </remarks>
    private IReadOnlyList<QuoteGroup> Build()
    {
        var flat = Flatten();
        var words = QuoteWords.Of(flat.Quotes);
        var parent = UnionSharedRuns(words, flat.Quotes.Length, Options.SharedRunWords);
        MatchContained(flat.Quotes, words, parent);
        return MakeGroups(flat, words, parent);
    }

    /// <summary>Every quotation in article id order and, within an article, by offset (stable), with what grouping compares.</summary>
    /// <param name="Quotes">The quotations.</param>
    /// <param name="Published">Each one's article date.</param>
    /// <param name="Day">That date's first day number; unknown dates are <see cref="int.MaxValue"/>, after every known one.</param>
    /// <param name="Article">The rank of each one's <see cref="Quote.ArticleId"/> in ordinal order: equal ids, equal ranks.</param>
    private sealed record Flat(Quote[] Quotes, PartialDate?[] Published, int[] Day, int[] Article);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Flat Flatten()
    {
        var ids = new string[articles.Count];
        articles.Keys.CopyTo(ids, 0);
        Array.Sort(ids, StringComparer.Ordinal);
        var count = 0;
        foreach (var a in articles.Values) count += a.Quotes.Count;
        var quotes = new Quote[count];
        var published = new PartialDate?[count];
        var day = new int[count];
        var article = new int[count];
        var i = 0;
        // Quotations carry their article's id, which is the key they were added under; when one does not, ranks are
        // taken from the ids themselves.
        var idsAreKeys = true;
        for (var rank = 0; rank < ids.Length; rank++)
        {
            var id = ids[rank];
            var a = articles[id];
            var first = i;
            var sorted = true;
            var d = a.Published is { } p ? p.Start.DayNumber : int.MaxValue;
            foreach (var q in a.Quotes)
            {
                sorted &= i == first || quotes[i - 1].Start <= q.Start;
                idsAreKeys &= string.Equals(q.ArticleId, id, StringComparison.Ordinal);
                quotes[i] = q;
                published[i] = a.Published;
                day[i] = d;
                article[i++] = rank;
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
        if (!idsAreKeys) RankIds(quotes, article);
        return new Flat(quotes, published, day, article);
    }

    private static void RankIds(Quote[] quotes, int[] article)
    {
        var ranks = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var q in quotes) ranks.TryAdd(q.ArticleId, 0);
        var ids = ranks.Keys.ToArray();
        Array.Sort(ids, StringComparer.Ordinal);
        for (var r = 0; r < ids.Length; r++) ranks[ids[r]] = r;
        for (var i = 0; i < quotes.Length; i++) article[i] = ranks[quotes[i].ArticleId];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Find(int[] parent, int x)
    {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }

    /// <summary>Joins two components under the smaller root, so a root stays its component's smallest number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Union(int[] parent, int a, int b)
    {
        a = Find(parent, a);
        b = Find(parent, b);
        if (a != b) parent[Math.Max(a, b)] = Math.Min(a, b);
    }

    /// <summary>The union-find of <paramref name="count"/> quotations where those that share a run of <paramref name="k"/> words are one (partial quoting).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] UnionSharedRuns(QuoteWords words, int count, int k)
    {
        var parent = new int[count];
        for (var i = 0; i < count; i++) parent[i] = i;
        // The table holds at most one key per window: sized for those, not for every word.
        long windows = 0;
        for (var g = 0; g < words.SegmentCount; g++) windows += Math.Max(0, words.SegmentLength(g) - k + 1);
        var shared = new RunTable((int)Math.Min(windows, Array.MaxLength / 2));
        for (var i = 0; i < count; i++)
            for (var g = words.FirstSegment(i); g < words.FirstSegment(i + 1); g++)
            {
                var seg = words.Segment(g);
                for (var s = 0; s + k <= seg.Length; s++)
                    if (shared.GetOrAdd(QuoteText.HashRun(seg.Slice(s, k)), i) is var j and >= 0 && j != i) Union(parent, i, j);
            }
        return parent;
    }

    /// <summary>A short quotation (or short segment) is the same one when a longer quotation contains it and the speakers agree.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void MatchContained(Quote[] quotes, QuoteWords words, int[] parent)
    {
        int min = Options.MinContainedWords, k = Options.SharedRunWords;
        if (min >= k) return;
        // Only the windows that some short segment could equal are worth indexing: one table of those per length.
        var perLength = new int[k - min];
        for (var g = 0; g < words.SegmentCount; g++)
            if (words.SegmentLength(g) is var len && len >= min && len < k) perLength[len - min]++;
        var needleCount = 0;
        foreach (var n in perLength) needleCount += n;
        if (needleCount == 0) return;
        var keys = new RunTable[k - min];
        for (var len = min; len < k; len++) keys[len - min] = new RunTable(perLength[len - min]);

        // Short segments are needles; a key is numbered by the first needle that has it.
        var needleQuote = new int[needleCount];
        var needleKey = new int[needleCount];
        var needle = 0;
        for (var i = 0; i < quotes.Length; i++)
            for (var g = words.FirstSegment(i); g < words.FirstSegment(i + 1); g++)
                if (words.Segment(g) is var seg && seg.Length >= min && seg.Length < k)
                {
                    var key = keys[seg.Length - min].GetOrAdd(QuoteText.HashRun(seg), needle);
                    needleQuote[needle] = i;
                    needleKey[needle] = key >= 0 ? key : needle;
                    needle++;
                }

        // Holders: for each key, the distinct quotations that have it somewhere, as a list linked through flat arrays.
        // Quotation and pair numbers are stored plus one, so the zeroed arrays start as "none" without a fill.
        var lastHolder = new int[needleCount];
        var head = new int[needleCount];
        var holder = new int[needleCount];
        var next = new int[needleCount];
        var pairs = 0;
        for (var i = 0; i < quotes.Length; i++)
            for (var g = words.FirstSegment(i); g < words.FirstSegment(i + 1); g++)
            {
                var seg = words.Segment(g);
                for (var len = min; len < k && len <= seg.Length; len++)
                {
                    if (perLength[len - min] == 0) continue;
                    var table = keys[len - min];
                    for (var s = 0; s + len <= seg.Length; s++)
                        if (table.TryGetValue(QuoteText.HashRun(seg.Slice(s, len)), out var key) && lastHolder[key] != i + 1)
                        {
                            lastHolder[key] = i + 1;
                            if (pairs == holder.Length)
                            {
                                Array.Resize(ref holder, 2 * pairs);
                                Array.Resize(ref next, 2 * pairs);
                            }
                            holder[pairs] = i;
                            next[pairs] = head[key];
                            head[key] = ++pairs;
                        }
                }
            }

        for (var n = 0; n < needleCount; n++)
        {
            var i = needleQuote[n];
            for (var p = head[needleKey[n]]; p > 0; p = next[p - 1])
            {
                var h = holder[p - 1];
                if (h != i && Find(parent, h) != Find(parent, i) && SpeakersAgree(quotes[i], quotes[h])) Union(parent, i, h);
            }
        }
    }

    private static bool SpeakersAgree(Quote a, Quote b) =>
        a.Speaker is null || b.Speaker is null || string.Equals(a.Speaker, b.Speaker, StringComparison.OrdinalIgnoreCase);

    /// <summary>The groups of the matched components, earliest first, with unique ids.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<QuoteGroup> MakeGroups(Flat flat, QuoteWords words, int[] parent)
    {
        var count = parent.Length;
        // Components in the order of their smallest quotation, members in order.
        var groupOf = new int[count];
        var start = new int[count + 1];
        var groups = 0;
        for (var i = 0; i < count; i++)
        {
            var r = Find(parent, i);
            groupOf[i] = r == i ? groups++ : groupOf[r];
            start[groupOf[i] + 1]++;
        }
        for (var g = 0; g < groups; g++) start[g + 1] += start[g];
        var member = new int[count];
        var fill = new int[groups];
        Array.Copy(start, fill, groups);
        for (var i = 0; i < count; i++) member[fill[groupOf[i]]++] = i;

        var made = new QuoteGroup[groups];
        // What the groups sort by: the first article's day and id rank, then the offset of the group's first quotation.
        var day = new int[groups];
        var firstArticle = new int[groups];
        var firstStart = new int[groups];
        var speakers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var spellings = new List<string>();
        for (var g = 0; g < groups; g++)
        {
            var members = member.AsSpan(start[g], start[g + 1] - start[g]);
            var first = FirstOf(members, flat);
            if (members.Length == 1)
            {
                var only = flat.Quotes[first];
                made[g] = new QuoteGroup(IdOf(words.TextHash(first)), only.Text, only.Speaker, [only.ArticleId], only.ArticleId, flat.Published[first], [only]);
            }
            else made[g] = MakeGroup(members, first, flat, words, speakers, spellings);
            day[g] = flat.Day[first];
            firstArticle[g] = flat.Article[first];
            firstStart[g] = flat.Quotes[members[0]].Start;
        }
        // Earliest first, then by first article and first offset. The order is sorted as a list of the groups
        // would be (same algorithm, same comparisons), so groups that tie keep the order they always had.
        var order = new int[groups];
        for (var g = 0; g < order.Length; g++) order[g] = g;
        // The comparison runs some n log n times in a single pass: compiled optimized at once.
        Array.Sort(order, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (a, b) =>
        {
            var c = day[a].CompareTo(day[b]);
            if (c != 0) return c;
            c = firstArticle[a].CompareTo(firstArticle[b]);
            return c != 0 ? c : firstStart[a].CompareTo(firstStart[b]);
        });
        var result = new List<QuoteGroup>(groups);
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

    /// <summary>The member from the earliest article: by date (unknown last), then by article id.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FirstOf(ReadOnlySpan<int> members, Flat flat)
    {
        var first = members[0];
        foreach (var m in members)
            if (flat.Day[m] < flat.Day[first] || (flat.Day[m] == flat.Day[first] && flat.Article[m] < flat.Article[first])) first = m;
        return first;
    }

    /// <summary>The group of two or more matched quotations.</summary>
    private static QuoteGroup MakeGroup(ReadOnlySpan<int> members, int first, Flat flat, QuoteWords words,
        Dictionary<string, int> speakers, List<string> spellings)
    {
        var quotes = flat.Quotes;
        // Members are in article id order, then offset: the order the group lists them in.
        var firstArticle = flat.Article[first];
        var longest = -1;
        foreach (var m in members)
        {
            if (flat.Article[m] != firstArticle) continue;
            var q = quotes[m];
            if (longest < 0 || q.Text.Length > quotes[longest].Text.Length || (q.Text.Length == quotes[longest].Text.Length && q.Start < quotes[longest].Start)) longest = m;
        }

        // The speaker most members resolve to an entity, then most name at all; its first spelling names it.
        // Spellings are numbered in order of appearance; each one's tally is a resolved count and a count.
        speakers.Clear();
        spellings.Clear();
        var resolved = new int[members.Length];
        var named = new int[members.Length];
        foreach (var m in members)
        {
            var q = quotes[m];
            if (q.Speaker is null) continue;
            if (!speakers.TryGetValue(q.Speaker, out var n))
            {
                n = spellings.Count;
                speakers.Add(q.Speaker, n);
                spellings.Add(q.Speaker);
            }
            if (q.SpeakerEntity >= 0) resolved[n]++;
            named[n]++;
        }
        string? speaker = null;
        var best = (Resolved: -1, Count: -1);
        for (var n = 0; n < spellings.Count; n++)
        {
            var s = spellings[n];
            var t = (Resolved: resolved[n], Count: named[n]);
            if (t.Resolved > best.Resolved || (t.Resolved == best.Resolved && (t.Count > best.Count || (t.Count == best.Count && string.CompareOrdinal(s, speaker) < 0))))
            {
                speaker = s;
                best = t;
            }
        }

        var distinct = 1;
        for (var n = 1; n < members.Length; n++) if (flat.Article[members[n]] != flat.Article[members[n - 1]]) distinct++;
        var articleIds = new string[distinct];
        var list = new Quote[members.Length];
        var a = 0;
        for (var n = 0; n < members.Length; n++)
        {
            list[n] = quotes[members[n]];
            if (n == 0 || flat.Article[members[n]] != flat.Article[members[n - 1]]) articleIds[a++] = list[n].ArticleId;
        }
        return new QuoteGroup(IdOf(words.TextHash(longest)), quotes[longest].Text, speaker, articleIds, quotes[first].ArticleId, flat.Published[first], list);
    }

    /// <summary>"q" and the first <see cref="IdDigits"/> digits of the hash of the normalized words, written in lowercase hex with at least that many.</summary>
    private static string IdOf(ulong hash)
    {
        const int bitsPerDigit = 4;
        const int digitMask = (1 << bitsPerDigit) - 1;
        var digits = Math.Max(IdDigits, (sizeof(ulong) * 8 - System.Numerics.BitOperations.LeadingZeroCount(hash) + bitsPerDigit - 1) / bitsPerDigit);
        var top = hash >> (bitsPerDigit * (digits - IdDigits));
        Span<char> id = stackalloc char[IdDigits + 1];
        id[0] = 'q';
        for (var d = IdDigits; d >= 1; d--, top >>= bitsPerDigit) id[d] = "0123456789abcdef"[(int)top & digitMask];
        return new string(id);
    }
}
