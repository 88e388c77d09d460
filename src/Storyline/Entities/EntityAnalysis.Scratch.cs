using System.Runtime.CompilerServices;
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

        public readonly WordHashSet MidSentenceCapitals = new();
        public readonly WordHashSet LowercaseWords = new();
        public readonly List<NameRun> Runs = [];
        public readonly List<Cluster> Clusters = [];
        public readonly Dictionary<string, Cluster> ClustersByKey = new(StringComparer.OrdinalIgnoreCase);
        public readonly HashSet<string> SingleWordKeys = new(StringComparer.Ordinal);
        public readonly WordIndex Index = new();
        public readonly List<Description> Descriptions = [];
        public readonly List<int> TheTokens = [];
        public readonly List<int> Pronouns = [];
        public readonly List<string> AliasKeys = [];
        public readonly HashSet<string> SeenKeys = new(StringComparer.OrdinalIgnoreCase);
        public readonly Dictionary<string, int> KeyUses = new(StringComparer.OrdinalIgnoreCase);
        public readonly Dictionary<string, int> ClusterByFirstWord = new(StringComparer.OrdinalIgnoreCase);
        private int[] nextWithFirstWord = [];
        private int[] lastWithFirstWord = [];

        /// <summary>Room for a link per cluster: the next cluster with the same first word.</summary>
        public int[] NextWithFirstWord(int clusters) => Room(ref nextWithFirstWord, clusters);

        /// <summary>Room for a link per cluster: the last cluster with the first word of the one at that index.</summary>
        public int[] LastWithFirstWord(int clusters) => Room(ref lastWithFirstWord, clusters);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int[] Room(ref int[] array, int length)
        {
            if (array.Length < length) array = new int[Math.Max(length, 2 * array.Length)];
            return array;
        }
        private readonly List<NameRun> runPool = [];
        private readonly List<Cluster> clusterPool = [];
        private int runsTaken;
        private int clustersTaken;

        // The scratch of the last analysis on this thread; taken while an analysis runs.
        [ThreadStatic] private static Scratch? pooled;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static Scratch Take()
        {
            var s = pooled ?? new Scratch();
            pooled = null;
            return s;
        }

        /// <summary>A name run with every field at its default, reused from an earlier document when there is one.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public Cluster NewCluster()
        {
            if (clustersTaken == clusterPool.Count) clusterPool.Add(new Cluster());
            var c = clusterPool[clustersTaken++];
            c.Reset();
            return c;
        }

        /// <summary>Empties everything and keeps it for the thread's next analysis, unless a huge document grew it.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
            Descriptions.Clear();
            TheTokens.Clear();
            AliasKeys.Clear();
            Pronouns.Clear();
            // Pooled runs and clusters keep references into this document until reused: harmless, as they are reset first.
            runsTaken = 0;
            clustersTaken = 0;
            pooled = this;
        }
    }

    /// <summary>
    /// A set of 64-bit word hashes for one document at a time: open addressing over two arrays, emptied in constant time
    /// by moving to a new generation, so a small document after a big one does not clear the big one's slots.
    /// </summary>
    private sealed class WordHashSet
    {
        // Grown when entries would fill more than half the slots, which keeps probe runs short.
        private const int InitialBits = 8;
        private const ulong Fibonacci = 0x9E3779B97F4A7C15UL; // spreads the hash's high bits over the slot index

        private ulong[] keys = new ulong[1 << InitialBits];
        private int[] generations = new int[1 << InitialBits];
        private int bits = InitialBits;
        private int generation = 1;

        /// <summary>Hashes in the set.</summary>
        public int Count { get; private set; }

        /// <summary>Adds <paramref name="hash"/>; false when it was there already.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool Add(ulong hash)
        {
            if (2 * (Count + 1) > keys.Length) Grow();
            var mask = keys.Length - 1;
            for (var slot = Slot(hash); ; slot = (slot + 1) & mask)
            {
                if (generations[slot] != generation)
                {
                    generations[slot] = generation;
                    keys[slot] = hash;
                    Count++;
                    return true;
                }
                if (keys[slot] == hash) return false;
            }
        }

        /// <summary>Whether <paramref name="hash"/> is in the set.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool Contains(ulong hash)
        {
            var mask = keys.Length - 1;
            for (var slot = Slot(hash); ; slot = (slot + 1) & mask)
            {
                if (generations[slot] != generation) return false;
                if (keys[slot] == hash) return true;
            }
        }

        /// <summary>Empties the set, keeping its memory.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Clear()
        {
            Count = 0;
            if (++generation == int.MaxValue)
            {
                Array.Clear(generations);
                generation = 1;
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private int Slot(ulong hash) => (int)((hash * Fibonacci) >> (64 - bits));

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Grow()
        {
            var oldKeys = keys;
            var oldGenerations = generations;
            bits++;
            keys = new ulong[1 << bits];
            generations = new int[1 << bits];
            var mask = keys.Length - 1;
            for (var i = 0; i < oldKeys.Length; i++)
            {
                if (oldGenerations[i] != generation) continue;
                var slot = Slot(oldKeys[i]);
                while (generations[slot] == generation) slot = (slot + 1) & mask;
                generations[slot] = generation;
                keys[slot] = oldKeys[i];
            }
        }
    }
}
