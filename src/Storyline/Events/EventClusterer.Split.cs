namespace Storyline.Events;

public sealed partial class EventClusterer
{
    // Splits the coarse clusters of one consolidation, reusing their TF-IDF vectors and its scratch from one cluster
    // to the next.
    private sealed class Splitter(EventClusterer owner, int[] order, Vectors vectors)
    {
        // Local document frequency by term id within the cluster being split; zero between clusters.
        private readonly int[] localDf = new int[owner.termIds.Count];

        // Two events of one kind (two celebrities entering rehab, two fires in one city) share the
        // vocabulary that made them one coarse cluster. Within the cluster, terms common to all its
        // members are down-weighted by a local IDF, so the terms that tell the events apart
        // (participants, places, numbers) decide whether the cluster splits. Each resulting part gets the next
        // cluster number in clusterOf (by document index); rows are the cluster's canonical rows, in order.
        public void Split(ReadOnlySpan<int> rows, int[] clusterOf, ref int next)
        {
            var options = owner.options;
            var documents = owner.documents;
            if (rows.Length < options.MinSplitSize || rows.Length > options.MaxSplitSize)
            {
                foreach (var r in rows) clusterOf[order[r]] = next;
                next++;
                return;
            }
            var members = new int[rows.Length];
            for (var i = 0; i < rows.Length; i++) members[i] = order[rows[i]];
            foreach (var m in members)
                foreach (var t in documents[m].Terms)
                    localDf[t]++;
            // The local IDF depends on a term's local frequency only: one logarithm per frequency, not per member term.
            var localIdf = new double[members.Length + 1];
            for (var df = 1; df <= members.Length; df++) localIdf[df] = 1 + Math.Log((members.Length + 1.0) / (df + 0.5));
            var local = new Vectors(members, documents);
            for (var i = 0; i < members.Length; i++)
            {
                var terms = documents[members[i]].Terms;
                // The member's corpus-wide TF-IDF weights, as the coarse pass computed them.
                var w = local.Row(i);
                vectors.Row(rows[i]).CopyTo(w);
                double norm = 0;
                for (var k = 0; k < w.Length; k++)
                {
                    w[k] *= localIdf[localDf[terms[k]]];
                    norm += w[k] * w[k];
                }
                norm = Math.Sqrt(norm);
                if (norm > 0) for (var k = 0; k < w.Length; k++) w[k] /= norm;
            }
            foreach (var m in members)
                foreach (var t in documents[m].Terms)
                    localDf[t] = 0;
            // Every shared term counts inside a cluster: the local IDF already tempers common ones.
            var edges = owner.SimilarityEdges(members, local, double.MaxValue, double.Epsilon);
            var labels = owner.AverageLink(members, edges, options.SplitThreshold);
            // Parts in order of their first member, members in order; a label is a member's local index.
            var partOfLabel = new int[members.Length];
            Array.Fill(partOfLabel, -1);
            var parts = new List<List<int>>();
            for (var i = 0; i < members.Length; i++)
            {
                ref var part = ref partOfLabel[labels[i]];
                if (part < 0) { part = parts.Count; parts.Add([]); }
                parts[part].Add(i);
            }
            // Keep the coarse cluster unless the split yields real groups, not a fringe of singletons.
            var kept = new List<List<int>>();
            foreach (var p in parts)
                if (p.Count >= options.MinSplitPart) kept.Add(p);
            if (kept.Count < 2)
            {
                foreach (var m in members) clusterOf[m] = next;
                next++;
                return;
            }
            // Fringe members (parts too small to stand alone) join the substantial part they are most similar to.
            // Members of the fringe count as part 0 in the sums, as they always have.
            var partOf = new int[members.Length];
            for (var k = 0; k < kept.Count; k++) foreach (var i in kept[k]) partOf[i] = k;
            var sums = new double[members.Length * kept.Count];
            foreach (var e in edges)
            {
                sums[e.A * kept.Count + partOf[e.B]] += e.Similarity;
                sums[e.B * kept.Count + partOf[e.A]] += e.Similarity;
            }
            var fringe = new List<int>();
            foreach (var p in parts)
                if (p.Count < options.MinSplitPart) fringe.AddRange(p);
            fringe.Sort();
            foreach (var i in fringe)
            {
                var best = 0;
                var bestScore = -1.0;
                for (var k = 0; k < kept.Count; k++)
                {
                    var score = sums[i * kept.Count + k] / kept[k].Count;
                    if (score > bestScore) { best = k; bestScore = score; }
                }
                kept[best].Add(i);
            }
            foreach (var part in kept)
            {
                foreach (var i in part) clusterOf[members[i]] = next;
                next++;
            }
        }
    }
}
