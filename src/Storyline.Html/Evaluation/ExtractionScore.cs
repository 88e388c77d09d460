namespace Storyline.Html.Evaluation;

/// <summary>Corpus figures of the shingle metric: macro precision and recall, F1 from them, exact-match accuracy.</summary>
/// <param name="Documents">Documents scored (every truth key).</param>
/// <param name="Precision">Mean per-document precision over documents with any predicted or matched shingle.</param>
/// <param name="Recall">Mean per-document recall over documents with any true shingle.</param>
/// <param name="F1">Harmonic mean of <paramref name="Precision"/> and <paramref name="Recall"/>.</param>
/// <param name="Accuracy">Share of documents whose predicted token sequence equals the truth exactly.</param>
/// <param name="PerDocumentF1">Per-document F1, by id, for finding the worst pages.</param>
public sealed record ExtractionScore(
    int Documents,
    double Precision,
    double Recall,
    double F1,
    double Accuracy,
    IReadOnlyDictionary<string, double> PerDocumentF1)
{
    /// <summary>Scores predictions against truth; a missing prediction counts as an empty body.</summary>
    public static ExtractionScore Compute(IReadOnlyDictionary<string, string> truth, IReadOnlyDictionary<string, string> predicted)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(predicted);
        double precisionSum = 0, recallSum = 0;
        int precisionDocs = 0, recallDocs = 0, exact = 0;
        var perDoc = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (id, truthText) in truth.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var predictedText = predicted.GetValueOrDefault(id) ?? "";
            var (tp, fp, fn) = ShingleMetric.Compare(truthText, predictedText);
            var perfect = fp == 0 && fn == 0;
            double? precision = perfect ? 1 : tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
            double? recall = perfect ? 1 : tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
            if (tp + fp > 0) { precisionSum += precision.Value; precisionDocs++; }
            if (tp + fn > 0) { recallSum += recall.Value; recallDocs++; }
            if (ShingleMetric.SameTokens(truthText, predictedText)) exact++;
            var p = precision.Value;
            var r = recall.Value;
            perDoc[id] = p + r > 0 ? 2 * p * r / (p + r) : 0;
        }
        var meanP = precisionDocs > 0 ? precisionSum / precisionDocs : 0;
        var meanR = recallDocs > 0 ? recallSum / recallDocs : 0;
        var f1 = meanP + meanR > 0 ? 2 * meanP * meanR / (meanP + meanR) : 0;
        return new ExtractionScore(truth.Count, meanP, meanR, f1, truth.Count > 0 ? (double)exact / truth.Count : 0, perDoc);
    }
}
