namespace Storyline.Html.Evaluation;

/// <summary>Corpus figures of the shingle metric: macro precision and recall, F1 from them, exact-match accuracy.</summary>
/// <param name="Documents">Documents scored (every truth key).</param>
/// <param name="Precision">Mean per-document precision over documents with any predicted or matched shingle.</param>
/// <param name="Recall">Mean per-document recall over documents with any true shingle.</param>
/// <param name="F1">Harmonic mean of <paramref name="Precision"/> and <paramref name="Recall"/>.</param>
/// <param name="Accuracy">Share of documents whose predicted token sequence equals the truth exactly.</param>
/// <param name="PerDocumentF1">Per-document F1, by id, for finding the worst pages.</param>
/// <param name="Spread">Standard deviations of the four figures over bootstrap resamples of the documents.</param>
public sealed record ExtractionScore(
    int Documents,
    double Precision,
    double Recall,
    double F1,
    double Accuracy,
    IReadOnlyDictionary<string, double> PerDocumentF1,
    BootstrapSpread Spread)
{
    private const int BootstrapRounds = 1000;
    private const int BootstrapSeed = 17;

    /// <summary>Scores predictions against truth; a missing prediction counts as an empty body.</summary>
    public static ExtractionScore Compute(IReadOnlyDictionary<string, string> truth, IReadOnlyDictionary<string, string> predicted)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(predicted);
        var perDoc = new Dictionary<string, double>(StringComparer.Ordinal);
        var docs = new List<(double? Precision, double? Recall, bool Exact)>();
        foreach (var (id, truthText) in truth.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var predictedText = predicted.GetValueOrDefault(id) ?? "";
            var (tp, fp, fn) = ShingleMetric.Compare(truthText, predictedText);
            var perfect = fp == 0 && fn == 0;
            double? precision = perfect ? 1 : tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
            double? recall = perfect ? 1 : tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
            var p = precision.Value;
            var r = recall.Value;
            perDoc[id] = p + r > 0 ? 2 * p * r / (p + r) : 0;
            docs.Add((tp + fp > 0 ? p : null, tp + fn > 0 ? r : null, ShingleMetric.SameTokens(truthText, predictedText)));
        }
        var (meanP, meanR, f1, accuracy) = Figures(docs, Enumerable.Range(0, docs.Count));
        return new ExtractionScore(truth.Count, meanP, meanR, f1, accuracy, perDoc, Bootstrap(docs));
    }

    private static (double P, double R, double F1, double Accuracy) Figures(List<(double? Precision, double? Recall, bool Exact)> docs, IEnumerable<int> sample)
    {
        double precisionSum = 0, recallSum = 0;
        int precisionDocs = 0, recallDocs = 0, exact = 0, count = 0;
        foreach (var i in sample)
        {
            var (p, r, e) = docs[i];
            count++;
            if (p is { } pv) { precisionSum += pv; precisionDocs++; }
            if (r is { } rv) { recallSum += rv; recallDocs++; }
            if (e) exact++;
        }
        var meanP = precisionDocs > 0 ? precisionSum / precisionDocs : 0;
        var meanR = recallDocs > 0 ? recallSum / recallDocs : 0;
        var f1 = meanP + meanR > 0 ? 2 * meanP * meanR / (meanP + meanR) : 0;
        return (meanP, meanR, f1, count > 0 ? (double)exact / count : 0);
    }

    /// <summary>Resamples the documents with replacement (fixed seed, so reports are reproducible) and measures the spread.</summary>
    private static BootstrapSpread Bootstrap(List<(double? Precision, double? Recall, bool Exact)> docs)
    {
        if (docs.Count == 0) return new BootstrapSpread(0, 0, 0, 0);
        var random = new Random(BootstrapSeed);
        var rounds = new (double P, double R, double F1, double Accuracy)[BootstrapRounds];
        var sample = new int[docs.Count];
        for (var round = 0; round < BootstrapRounds; round++)
        {
            for (var i = 0; i < sample.Length; i++) sample[i] = random.Next(docs.Count);
            rounds[round] = Figures(docs, sample);
        }
        static double Std(IEnumerable<double> values)
        {
            var list = values.ToList();
            var mean = list.Average();
            return Math.Sqrt(list.Sum(v => (v - mean) * (v - mean)) / list.Count);
        }
        return new BootstrapSpread(Std(rounds.Select(r => r.P)), Std(rounds.Select(r => r.R)), Std(rounds.Select(r => r.F1)), Std(rounds.Select(r => r.Accuracy)));
    }
}

/// <summary>Standard deviations of the corpus figures over 1000 bootstrap resamples (the benchmark's ± figures).</summary>
/// <param name="Precision">Spread of precision.</param>
/// <param name="Recall">Spread of recall.</param>
/// <param name="F1">Spread of F1.</param>
/// <param name="Accuracy">Spread of accuracy.</param>
public sealed record BootstrapSpread(double Precision, double Recall, double F1, double Accuracy);
