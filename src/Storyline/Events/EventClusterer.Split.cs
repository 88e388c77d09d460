namespace Storyline.Events;

public sealed partial class EventClusterer
{
    // Two events of one kind (two celebrities entering rehab, two fires in one city) share the
    // vocabulary that made them one coarse cluster. Within the cluster, terms common to all its
    // members are down-weighted by a local IDF, so the terms that tell the events apart
    // (participants, places, numbers) decide whether the cluster splits.
    private IEnumerable<int[]> Split(int[] members)
    {
        if (members.Length < options.MinSplitSize || members.Length > options.MaxSplitSize)
        {
            yield return members;
            yield break;
        }
        var localDf = new Dictionary<int, int>();
        foreach (var m in members)
            foreach (var t in documents[m].Terms)
                localDf[t] = localDf.GetValueOrDefault(t) + 1;
        var vectors = new double[members.Length][];
        for (var i = 0; i < members.Length; i++)
        {
            var terms = documents[members[i]].Terms;
            var w = Weights(documents[members[i]], documents.Count);
            double norm = 0;
            for (var k = 0; k < w.Length; k++)
            {
                var localIdf = 1 + Math.Log((members.Length + 1.0) / (localDf[terms[k]] + 0.5));
                w[k] *= localIdf;
                norm += w[k] * w[k];
            }
            norm = Math.Sqrt(norm);
            if (norm > 0) for (var k = 0; k < w.Length; k++) w[k] /= norm;
            vectors[i] = w;
        }
        // Every shared term counts inside a cluster: the local IDF already tempers common ones.
        var edges = SimilarityEdges(members, vectors, double.MaxValue, double.Epsilon);
        var labels = AverageLink(members, edges, options.SplitThreshold);
        var parts = Enumerable.Range(0, members.Length).GroupBy(i => labels[i]).ToArray();
        // Keep the coarse cluster unless the split yields real groups, not a fringe of singletons.
        var substantial = parts.Count(p => p.Count() >= options.MinSplitPart);
        if (substantial < 2)
        {
            yield return members;
            yield break;
        }
        // Fringe members (parts too small to stand alone) join the substantial part they are most similar to.
        var kept = parts.Where(p => p.Count() >= options.MinSplitPart).Select(p => p.ToList()).ToArray();
        var partOf = new int[members.Length];
        for (var k = 0; k < kept.Length; k++) foreach (var i in kept[k]) partOf[i] = k;
        var sums = new Dictionary<(int Member, int Part), double>();
        foreach (var e in edges)
        {
            sums[(e.A, partOf[e.B])] = sums.GetValueOrDefault((e.A, partOf[e.B])) + e.Similarity;
            sums[(e.B, partOf[e.A])] = sums.GetValueOrDefault((e.B, partOf[e.A])) + e.Similarity;
        }
        var fringe = parts.Where(p => p.Count() < options.MinSplitPart).SelectMany(p => p).Order().ToArray();
        foreach (var i in fringe)
        {
            var best = 0;
            var bestScore = -1.0;
            for (var k = 0; k < kept.Length; k++)
            {
                var score = sums.GetValueOrDefault((i, k)) / kept[k].Count;
                if (score > bestScore) { best = k; bestScore = score; }
            }
            kept[best].Add(i);
        }
        foreach (var part in kept)
            yield return part.Select(i => members[i]).ToArray();
    }
}
