namespace Storyline.Stories;

public sealed partial class TimelineSummarizer
{
    private SummaryTimeline Select(TimelineCorpus corpus, List<(DateOnly Date, double Score)> ranked, TimelineRequest request)
    {
        var o = Options;
        var mentioning = new Dictionary<DateOnly, List<int>>();
        var leads = new Dictionary<DateOnly, List<int>>();
        var sentences = corpus.Sentences;
        for (var i = 0; i < sentences.Length; i++)
        {
            var s = sentences[i];
            if (s.Mention is { } d) Add(mentioning, d, i);
            else if (s.Index < o.LeadSentences)
            {
                var day = corpus.Articles[s.Article].Published;
                for (var k = 0; k < o.PublishedDays; k++) Add(leads, day.AddDays(-k), i);
            }
        }

        var scratch = new Scratch(corpus.VocabularySize);
        var chosen = new List<SparseVector>();
        var entries = new List<TimelineEntry>();
        foreach (var (date, score) in ranked)
        {
            if (entries.Count >= request.MaxDates) break;
            var candidates = Candidates(sentences, mentioning.GetValueOrDefault(date), leads.GetValueOrDefault(date), scratch);
            var picked = CentroidSummary(sentences, candidates, request.SentencesPerDate, chosen, scratch);
            if (picked.Count == 0) continue;
            entries.Add(new TimelineEntry(date, score, picked.Select(i => ToSentence(corpus, sentences[i])).ToArray()));
        }
        entries.Sort((a, b) => a.Date.CompareTo(b.Date));
        return new SummaryTimeline(entries);
    }

    private static void Add(Dictionary<DateOnly, List<int>> index, DateOnly date, int sentence)
    {
        if (!index.TryGetValue(date, out var list)) index[date] = list = [];
        list.Add(sentence);
    }

    private static TimelineSentence ToSentence(TimelineCorpus corpus, AnalyzedSentence s)
    {
        var article = corpus.Articles[s.Article];
        return new TimelineSentence(article.Text.Substring(s.Start, s.Length), article.Id, s.Start, s.Length, s.Mention is not null);
    }

    /// <summary>
    /// The candidates of a date (news-tls PM-Mean): mentioning and lead sentences, filtered by their similarity to a
    /// centroid of the terms both groups share, cut at the knee of the sorted similarities.
    /// </summary>
    private List<int> Candidates(AnalyzedSentence[] sentences, List<int>? mentioning, List<int>? leads, Scratch scratch)
    {
        if (mentioning is null or []) return leads is null ? [] : [.. leads];
        if (leads is null or []) return [.. mentioning];

        var ment = scratch.A;
        var lead = scratch.B;
        foreach (var i in mentioning) sentences[i].Vector.AddTo(ment, 1.0);
        foreach (var i in leads) sentences[i].Vector.AddTo(lead, 1.0);
        var all = new List<int>(mentioning.Count + leads.Count);
        all.AddRange(mentioning);
        all.AddRange(leads);
        var touched = new HashSet<int>();
        foreach (var i in all) touched.UnionWith(sentences[i].Vector.Ids);

        var centroid = scratch.C;
        double norm = 0;
        foreach (var t in touched)
        {
            centroid[t] = ment[t] != 0 && lead[t] != 0 ? ment[t] / mentioning.Count + lead[t] / leads.Count : 0;
            norm += centroid[t] * centroid[t];
        }
        var sims = new double[all.Count];
        if (norm > 0)
        {
            norm = Math.Sqrt(norm);
            for (var k = 0; k < all.Count; k++) sims[k] = sentences[all[k]].Vector.Dot(centroid) / norm;
        }
        foreach (var t in touched) { ment[t] = 0; lead[t] = 0; centroid[t] = 0; }

        var threshold = Options.KneeFilter ? KneeValue(sims) : 0;
        var kept = new List<int>();
        for (var k = 0; k < all.Count; k++)
            if (sims[k] > 0 && sims[k] >= threshold) kept.Add(all[k]);
        return kept.Count > 0 ? kept : all;
    }

    /// <summary>
    /// The value at the knee of the similarities sorted high to low: the point farthest from the line through the first
    /// and last, which is where the flat tail begins; candidates at or above it are kept.
    /// </summary>
    internal static double KneeValue(double[] values)
    {
        if (values.Length < 3) return values.Length == 0 ? 0 : values.Min();
        var sorted = values.OrderDescending().ToArray();
        var n = sorted.Length;
        double dx = n - 1, dy = sorted[n - 1] - sorted[0];
        var length = Math.Sqrt(dx * dx + dy * dy);
        var best = 0;
        var bestDistance = -1.0;
        for (var i = 0; i < n; i++)
        {
            // Distance of (i, sorted[i]) to the line through (0, sorted[0]) and (n-1, sorted[n-1]).
            var distance = Math.Abs(dy * i - dx * (sorted[i] - sorted[0])) / length;
            if (distance > bestDistance) { bestDistance = distance; best = i; }
        }
        return sorted[best];
    }

    /// <summary>
    /// Greedy summary-centroid selection (news-tls CentroidOpt): add the sentence that brings the normalized sum of the
    /// summary closest to the candidates' centroid; skip unfit sentences and near-duplicates of anything chosen so far.
    /// </summary>
    private List<int> CentroidSummary(AnalyzedSentence[] sentences, List<int> candidates, int count, List<SparseVector> chosen, Scratch scratch)
    {
        var picked = new List<int>();
        if (candidates.Count == 0) return picked;
        var o = Options;
        var centroid = scratch.A;
        var touched = new HashSet<int>();
        foreach (var i in candidates) { sentences[i].Vector.AddTo(centroid, 1.0); touched.UnionWith(sentences[i].Vector.Ids); }
        double norm = 0;
        foreach (var t in touched) norm += centroid[t] * centroid[t];
        norm = Math.Sqrt(norm);
        var toCentroid = new double[candidates.Count];
        if (norm > 0)
            for (var k = 0; k < candidates.Count; k++) toCentroid[k] = sentences[candidates[k]].Vector.Dot(centroid) / norm;

        var summary = scratch.B;
        double summaryDotCentroid = 0, summaryNormSquared = 0;
        var remaining = Enumerable.Range(0, candidates.Count).ToList();
        var scores = new double[candidates.Count];
        while (picked.Count < count && remaining.Count > 0)
        {
            foreach (var k in remaining)
            {
                var v = sentences[candidates[k]].Vector;
                if (picked.Count == 0) { scores[k] = toCentroid[k]; continue; }
                var newNorm = Math.Sqrt(summaryNormSquared + 2 * v.Dot(summary) + (v.IsEmpty ? 0 : 1));
                scores[k] = newNorm > 0 ? (summaryDotCentroid + toCentroid[k]) / newNorm : 0;
            }
            remaining.Sort((a, b) => scores[b] != scores[a] ? scores[b].CompareTo(scores[a]) : a.CompareTo(b));
            var taken = -1;
            var examined = 0;
            foreach (var k in remaining)
            {
                examined++;
                var s = sentences[candidates[k]];
                if (s.Vector.IsEmpty || s.Words < o.MinSentenceWords || s.Words > o.MaxSentenceWords) continue;
                if (IsNearDuplicate(s.Vector, chosen)) continue;
                taken = k;
                break;
            }
            remaining.RemoveRange(0, examined);
            if (taken < 0) break;
            var vector = sentences[candidates[taken]].Vector;
            summaryNormSquared += 2 * vector.Dot(summary) + 1;
            vector.AddTo(summary, 1.0);
            summaryDotCentroid += toCentroid[taken];
            picked.Add(candidates[taken]);
            chosen.Add(vector);
            touched.UnionWith(vector.Ids);
        }
        foreach (var t in touched) { centroid[t] = 0; summary[t] = 0; }
        return picked;
    }

    private bool IsNearDuplicate(SparseVector vector, List<SparseVector> chosen)
    {
        foreach (var c in chosen)
            if (vector.Dot(c) > Options.MaxSimilarity) return true;
        return false;
    }

    /// <summary>Dense work vectors over the vocabulary, cleared after each use by the ids that were touched.</summary>
    private sealed class Scratch(int size)
    {
        public double[] A { get; } = new double[size];
        public double[] B { get; } = new double[size];
        public double[] C { get; } = new double[size];
    }
}
