namespace Storyline.Entities;

internal sealed partial class EntityAnalysis
{
    /// <summary>
    /// The working memory of an analysis besides its tokens: word sets, name runs, clusters and their tables. None of it is
    /// part of a result, so one thread's analyses share one instance and a document costs few allocations beyond what
    /// it returns.
    /// </summary>
    private sealed class Scratch
    {
        // A huge document's working memory is not kept: it would be cleared for every small one after it.
        private const int MaxKeptItems = 1 << 13;

        public readonly HashSet<ulong> MidSentenceCapitals = [];
        public readonly HashSet<ulong> LowercaseWords = [];
        public readonly List<NameRun> Runs = [];
        public readonly List<Cluster> Clusters = [];
        public readonly Dictionary<string, Cluster> ClustersByKey = new(StringComparer.OrdinalIgnoreCase);
        public readonly HashSet<string> SingleWordKeys = new(StringComparer.Ordinal);
        public readonly WordIndex Index = new();
        private readonly List<NameRun> runPool = [];
        private readonly List<Cluster> clusterPool = [];
        private int runsTaken;
        private int clustersTaken;

        // The scratch of the last analysis on this thread; taken while an analysis runs.
        [ThreadStatic] private static Scratch? pooled;

        public static Scratch Take()
        {
            var s = pooled ?? new Scratch();
            pooled = null;
            return s;
        }

        /// <summary>A name run with every field at its default, reused from an earlier document when there is one.</summary>
        public NameRun NewRun()
        {
            if (runsTaken == runPool.Count) runPool.Add(new NameRun());
            var r = runPool[runsTaken++];
            r.Reset();
            return r;
        }

        /// <summary>Hands back the run <see cref="NewRun"/> gave last, unused.</summary>
        public void ReturnRun() => runsTaken--;

        /// <summary>An empty cluster, reused from an earlier document when there is one.</summary>
        public Cluster NewCluster()
        {
            if (clustersTaken == clusterPool.Count) clusterPool.Add(new Cluster());
            var c = clusterPool[clustersTaken++];
            c.Reset();
            return c;
        }

        /// <summary>Empties everything and keeps it for the thread's next analysis, unless a huge document grew it.</summary>
        public void Release()
        {
            var kept = runPool.Count <= MaxKeptItems && clusterPool.Count <= MaxKeptItems
                && MidSentenceCapitals.Count <= MaxKeptItems && LowercaseWords.Count <= MaxKeptItems;
            if (!kept) return;
            MidSentenceCapitals.Clear();
            LowercaseWords.Clear();
            Runs.Clear();
            Clusters.Clear();
            if (ClustersByKey.Count > 0) ClustersByKey.Clear();
            if (SingleWordKeys.Count > 0) SingleWordKeys.Clear();
            Index.Clear();
            // Pooled runs and clusters keep references into this document until reused: harmless, as they are reset first.
            runsTaken = 0;
            clustersTaken = 0;
            pooled = this;
        }
    }
}
