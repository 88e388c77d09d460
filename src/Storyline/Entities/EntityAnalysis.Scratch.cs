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
        // A table grown past this many entries is shrunk once emptied: it would be cleared for every small document after it.
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

        /// <summary>Empties everything and keeps it for the thread's next analysis.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Release()
        {
            // Everything is kept, so a big document allocates its working memory once a thread, not once a document.
            MidSentenceCapitals.Clear();
            LowercaseWords.Clear();
            Runs.Clear();
            Clusters.Clear();
            Empty(ClustersByKey);
            Empty(SingleWordKeys);
            Empty(SeenKeys);
            Empty(KeyUses);
            Empty(ClusterByFirstWord);
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

        // Emptying a table clears all its buckets: one a huge document grew would cost every small one after it.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static void Empty<TKey, TValue>(Dictionary<TKey, TValue> d) where TKey : notnull
        {
            if (d.Count > 0) d.Clear();
            if (d.EnsureCapacity(0) > MaxKeptItems) d.TrimExcess();
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void Empty<T>(HashSet<T> set)
        {
            if (set.Count > 0) set.Clear();
            if (set.EnsureCapacity(0) > MaxKeptItems) set.TrimExcess();
        }
    }

    /// <summary>
    /// A set of 64-bit word hashes for one document at a time: open addressing over two arrays, emptied in constant time
    /// by moving to a new generation, so a small document after a big one does not clear the big one's slots. A big
    /// document's arrays are kept, but each document starts on their first slots again, as a small one fits there: it
    /// grows into a spare pair of arrays, swapped in, so only a document bigger than any before it allocates.
    /// </summary>
    private sealed class WordHashSet
    {
        // Grown when entries would fill more than half the slots, which keeps probe runs short.
        private const int InitialBits = 8;
        private const ulong Fibonacci = 0x9E3779B97F4A7C15UL; // spreads the hash's high bits over the slot index

        private ulong[] keys = new ulong[1 << InitialBits];
        private int[] generations = new int[1 << InitialBits];
        private ulong[] spareKeys = [];
        private int[] spareGenerations = [];
        private int bits = InitialBits;
        private int generation = 1;

        /// <summary>Hashes in the set.</summary>
        public int Count { get; private set; }

        /// <summary>Adds <paramref name="hash"/>; false when it was there already.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool Add(ulong hash)
        {
            if (2 * (Count + 1) > 1 << bits) Grow();
            var mask = (1 << bits) - 1;
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
            var mask = (1 << bits) - 1;
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
            bits = InitialBits;
            NextGeneration();
            // A spare as big as the arrays in use lets the next document grow as far as this one without allocating.
            if (spareKeys.Length < keys.Length)
            {
                spareKeys = new ulong[keys.Length];
                spareGenerations = new int[keys.Length];
            }
        }

        // Every generation a slot of either pair of arrays may hold is older than the new one, so all read as empty.
        private void NextGeneration()
        {
            if (++generation == int.MaxValue)
            {
                Array.Clear(generations);
                Array.Clear(spareGenerations);
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
            var oldSlots = 1 << bits;
            var old = generation;
            bits++;
            if (spareKeys.Length < 1 << bits)
            {
                spareKeys = new ulong[1 << bits];
                spareGenerations = new int[1 << bits];
            }
            (keys, spareKeys) = (spareKeys, oldKeys);
            (generations, spareGenerations) = (spareGenerations, oldGenerations);
            // The new arrays are filled under a generation no slot holds; past the last one, under the spare marker.
            var wrapped = generation + 1 == int.MaxValue;
            generation = wrapped ? int.MaxValue : generation + 1;
            var mask = (1 << bits) - 1;
            for (var i = 0; i < oldSlots; i++)
            {
                if (oldGenerations[i] != old) continue;
                var slot = Slot(oldKeys[i]);
                while (generations[slot] == generation) slot = (slot + 1) & mask;
                generations[slot] = generation;
                keys[slot] = oldKeys[i];
            }
            if (!wrapped) return;
            // Generations start again at 1: the spare arrays hold nothing live, and this document's slots are renumbered.
            Array.Clear(spareGenerations);
            for (var i = 0; i < generations.Length; i++) generations[i] = generations[i] == int.MaxValue ? 1 : 0;
            generation = 1;
        }
    }
}
