namespace Storyline.Evaluation;

/// <summary>
/// Timeline summarization metrics as tilse computes them for news-tls (Martschat &amp; Markert 2017), against one
/// reference timeline at a time. A timeline maps dates to their summaries, each summary a list of sentences.
/// <list type="bullet">
/// <item><b>concat</b>: ROUGE of all predicted sentences against all reference sentences, dates ignored.</item>
/// <item><b>agreement</b>: ROUGE hits counted only between summaries of the same date; precision divides by the
/// n-grams of every predicted date, recall by the n-grams of every reference date.</item>
/// <item><b>align+ m:1</b>: every predicted date is aligned to the reference date of least cost (for precision),
/// and every reference date to the predicted date of least cost (for recall), ties to the earliest date. The cost
/// of a pair is <c>(1 − 1/(|Δdays|+1)) · (1 − F1)</c>, where F1 is an approximate ROUGE-1 on whitespace tokens
/// as written (no lowercasing, stemming or stopwords), so a pair on the same day always costs 0. Hits of an aligned
/// pair are weighted by <c>1/(|Δdays|+1)</c>.</item>
/// <item><b>date</b>: precision and recall of the predicted date set against the reference date set.</item>
/// </list>
/// ROUGE counts come from <see cref="Rouge"/> (ROUGE-1.5.5 tokenization, stemming, stopwords removed).
/// </summary>
public static class TlsMetrics
{
    /// <summary>All scores of <paramref name="predicted"/> against <paramref name="reference"/>.</summary>
    public static TlsScores Score(
        IReadOnlyDictionary<DateOnly, IReadOnlyList<string>> predicted,
        IReadOnlyDictionary<DateOnly, IReadOnlyList<string>> reference,
        Rouge? rouge = null)
    {
        rouge ??= Rouge.Default;
        var pred = predicted.Keys.Order().ToArray();
        var refs = reference.Keys.Order().ToArray();
        return new TlsScores(
            new TlsRougeScores(Concat(rouge, predicted, pred, reference, refs, 1), Concat(rouge, predicted, pred, reference, refs, 2)),
            new TlsRougeScores(Agreement(rouge, predicted, pred, reference, refs, 1), Agreement(rouge, predicted, pred, reference, refs, 2)),
            AlignManyToOne(rouge, predicted, pred, reference, refs),
            DateScores(pred, refs));
    }

    /// <summary>Precision and recall of the predicted dates; 0 for an empty side.</summary>
    public static TlsPrf DateScores(IReadOnlyCollection<DateOnly> predicted, IReadOnlyCollection<DateOnly> reference)
    {
        var shared = predicted.Distinct().Intersect(reference).Count();
        var p = predicted.Count == 0 ? 0 : (double)shared / predicted.Distinct().Count();
        var r = reference.Count == 0 ? 0 : (double)shared / reference.Distinct().Count();
        return new TlsPrf(p, r);
    }

    private static TlsPrf Concat(Rouge rouge, IReadOnlyDictionary<DateOnly, IReadOnlyList<string>> predicted, DateOnly[] pred,
        IReadOnlyDictionary<DateOnly, IReadOnlyList<string>> reference, DateOnly[] refs, int n)
    {
        var counts = rouge.Score(pred.SelectMany(d => predicted[d]), refs.SelectMany(d => reference[d]), n);
        return new TlsPrf(counts.Precision, counts.Recall);
    }

    private static TlsPrf Agreement(Rouge rouge, IReadOnlyDictionary<DateOnly, IReadOnlyList<string>> predicted, DateOnly[] pred,
        IReadOnlyDictionary<DateOnly, IReadOnlyList<string>> reference, DateOnly[] refs, int n)
    {
        double hits = 0, peer = 0, model = 0;
        foreach (var d in pred)
        {
            var p = rouge.Bag(predicted[d], n);
            peer += p.Count;
            if (reference.TryGetValue(d, out var r)) hits += RougeBag.Hits(p, rouge.Bag(r, n));
        }
        foreach (var d in refs) model += rouge.Bag(reference[d], n).Count;
        return new TlsPrf(peer == 0 ? 0 : hits / peer, model == 0 ? 0 : hits / model);
    }

    private static TlsRougeScores AlignManyToOne(Rouge rouge, IReadOnlyDictionary<DateOnly, IReadOnlyList<string>> predicted, DateOnly[] pred,
        IReadOnlyDictionary<DateOnly, IReadOnlyList<string>> reference, DateOnly[] refs)
    {
        var predWords = pred.Select(d => WhitespaceCounts(predicted[d])).ToArray();
        var refWords = refs.Select(d => WhitespaceCounts(reference[d])).ToArray();
        // approx[i, j]: approximate ROUGE-1 F1 of predicted date i against reference date j; symmetric in use.
        var approx = new double[pred.Length, refs.Length];
        for (var i = 0; i < pred.Length; i++)
            for (var j = 0; j < refs.Length; j++)
                approx[i, j] = ApproximateRouge1(predWords[i], refWords[j]);

        var bags = new RougeBag[2][][];
        for (var n = 1; n <= 2; n++)
            bags[n - 1] = [pred.Select(d => rouge.Bag(predicted[d], n)).ToArray(), refs.Select(d => rouge.Bag(reference[d], n)).ToArray()];

        var result = new TlsPrf[2];
        for (var n = 0; n < 2; n++)
        {
            var (predBags, refBags) = (bags[n][0], bags[n][1]);
            double precisionHits = 0, peer = 0, recallHits = 0, model = 0;
            for (var i = 0; i < pred.Length; i++)
            {
                peer += predBags[i].Count;
                if (refs.Length == 0) continue;
                var j = ArgMin(refs.Length, k => Cost(pred[i], refs[k], approx[i, k]));
                precisionHits += Discount(pred[i], refs[j]) * RougeBag.Hits(predBags[i], refBags[j]);
            }
            for (var j = 0; j < refs.Length; j++)
            {
                model += refBags[j].Count;
                if (pred.Length == 0) continue;
                var i = ArgMin(pred.Length, k => Cost(refs[j], pred[k], approx[k, j]));
                recallHits += Discount(pred[i], refs[j]) * RougeBag.Hits(predBags[i], refBags[j]);
            }
            result[n] = new TlsPrf(peer == 0 ? 0 : precisionHits / peer, model == 0 ? 0 : recallHits / model);
        }
        return new TlsRougeScores(result[0], result[1]);
    }

    private static double Discount(DateOnly a, DateOnly b) => 1.0 / (Math.Abs(a.DayNumber - b.DayNumber) + 1);

    // Same arithmetic as tilse, so that ties (notably the zero cost of a same-day pair) break identically.
    private static double Cost(DateOnly a, DateOnly b, double approximateF1) => (1 - Discount(a, b)) * (1 - approximateF1);

    private static int ArgMin(int count, Func<int, double> cost)
    {
        var best = 0;
        var bestCost = cost(0);
        for (var k = 1; k < count; k++)
        {
            var c = cost(k);
            if (c < bestCost) { best = k; bestCost = c; }
        }
        return best;
    }

    private static (Dictionary<string, int> Counts, int Total) WhitespaceCounts(IReadOnlyList<string> sentences)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        foreach (var sentence in sentences)
            foreach (var word in sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                counts[word] = counts.GetValueOrDefault(word) + 1;
                total++;
            }
        return (counts, total);
    }

    private static double ApproximateRouge1((Dictionary<string, int> Counts, int Total) pred, (Dictionary<string, int> Counts, int Total) reference)
    {
        var match = 0;
        foreach (var (word, count) in pred.Counts)
            if (reference.Counts.TryGetValue(word, out var other)) match += Math.Min(count, other);
        double p = pred.Total == 0 ? 0 : (double)match / pred.Total;
        double r = reference.Total == 0 ? 0 : (double)match / reference.Total;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
