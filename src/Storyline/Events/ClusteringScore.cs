namespace Storyline.Events;

/// <summary>Agreement of a predicted clustering with a gold one.</summary>
/// <param name="Items">Items scored.</param>
/// <param name="GoldClusters">Clusters in the gold labels.</param>
/// <param name="PredictedClusters">Clusters predicted.</param>
/// <param name="BCubedPrecision">Mean over items of the share of its predicted cluster that shares its gold label.</param>
/// <param name="BCubedRecall">Mean over items of the share of its gold cluster that shares its predicted cluster.</param>
/// <param name="PairPrecision">Share of predicted same-cluster pairs that are gold same-cluster pairs.</param>
/// <param name="PairRecall">Share of gold same-cluster pairs that are predicted together.</param>
public sealed record ClusteringScore(int Items, int GoldClusters, int PredictedClusters,
    double BCubedPrecision, double BCubedRecall, double PairPrecision, double PairRecall)
{
    /// <summary>Harmonic mean of B-cubed precision and recall.</summary>
    public double BCubedF1 => F1(BCubedPrecision, BCubedRecall);

    /// <summary>Harmonic mean of pairwise precision and recall.</summary>
    public double PairF1 => F1(PairPrecision, PairRecall);

    /// <summary>Scores <paramref name="predicted"/> against <paramref name="gold"/>; both map the same items to cluster labels.</summary>
    public static ClusteringScore Compute<TItem, TGold, TPredicted>(IReadOnlyDictionary<TItem, TGold> gold, IReadOnlyDictionary<TItem, TPredicted> predicted)
        where TItem : notnull where TGold : notnull where TPredicted : notnull
    {
        var items = gold.Keys.Where(predicted.ContainsKey).ToArray();
        if (items.Length == 0) return new ClusteringScore(0, 0, 0, 0, 0, 0, 0);
        var joint = new Dictionary<(TGold, TPredicted), int>();
        var goldSize = new Dictionary<TGold, int>();
        var predictedSize = new Dictionary<TPredicted, int>();
        foreach (var item in items)
        {
            var g = gold[item];
            var p = predicted[item];
            joint[(g, p)] = joint.GetValueOrDefault((g, p)) + 1;
            goldSize[g] = goldSize.GetValueOrDefault(g) + 1;
            predictedSize[p] = predictedSize.GetValueOrDefault(p) + 1;
        }
        double precision = 0, recall = 0;
        long truePairs = 0, predictedPairs = 0, goldPairs = 0;
        foreach (var ((g, p), n) in joint)
        {
            // Each of the n items in this cell sees n agreeing items in its predicted and its gold cluster.
            precision += (double)n * n / predictedSize[p];
            recall += (double)n * n / goldSize[g];
            truePairs += (long)n * (n - 1) / 2;
        }
        foreach (var n in predictedSize.Values) predictedPairs += (long)n * (n - 1) / 2;
        foreach (var n in goldSize.Values) goldPairs += (long)n * (n - 1) / 2;
        return new ClusteringScore(items.Length, goldSize.Count, predictedSize.Count,
            precision / items.Length, recall / items.Length,
            predictedPairs == 0 ? 1 : (double)truePairs / predictedPairs,
            goldPairs == 0 ? 1 : (double)truePairs / goldPairs);
    }

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
