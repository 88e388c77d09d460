using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
namespace Storyline.Entities;

internal sealed partial class EntityAnalysis
{
    /// <summary>The mentions that corefer: one document entity in the making.</summary>
    private sealed class Cluster
    {
        public readonly List<NameRun> Runs = [];
        public TypeVotes Votes;
        private NameRun? longest; // the run with the most tokens: its words are the cluster's
        public int FirstOffset = int.MaxValue;
        public int Female;
        public int Male;
        public int PronounFemale;
        public int PronounMale;
        public int Index;
        public double Salience;
        public int Descriptions;

        /// <summary>Back to a new cluster's state, for reuse.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Reset()
        {
            Runs.Clear();
            Votes = default;
            longest = null;
            FirstOffset = int.MaxValue;
            Female = Male = PronounFemale = PronounMale = Index = Descriptions = 0;
            Salience = 0;
        }

        /// <summary>The key of the cluster's longest name: its words (joined by single spaces) are the cluster's words.</summary>
        public string Name => longest?.Key ?? "";

        /// <summary>How many words <see cref="Name"/> has.</summary>
        public int TokenCount => longest?.TokenCount ?? 0;

        /// <summary>The first word of <see cref="Name"/>.</summary>
        public ReadOnlySpan<char> FirstWord
        {
            get
            {
                var name = Name;
                var space = name.IndexOf(' ', StringComparison.Ordinal);
                return space < 0 ? name : name.AsSpan(0, space);
            }
        }

        /// <summary>The last word of <see cref="Name"/>.</summary>
        public ReadOnlySpan<char> LastWord => Name.AsSpan(Name.LastIndexOf(' ') + 1);

        public EntityType Type
        {
            [MethodImpl(MethodImplOptions.AggressiveOptimization)]
            get
            {
                var best = 0;
                for (var t = 1; t < TypeVotes.Length; t++) if (Votes[t] > Votes[best]) best = t;
                return (EntityType)best;
            }
        }

        /// <summary>Names, titles and roles decide; pronouns only when those say nothing.</summary>
        public Gender Gender
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => Female > Male ? Gender.Female : Male > Female ? Gender.Male
                : PronounFemale > PronounMale ? Gender.Female : PronounMale > PronounFemale ? Gender.Male : Gender.Unknown;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Add(NameRun r)
        {
            Runs.Add(r);
            r.Cluster = this;
            for (var t = 0; t < TypeVotes.Length; t++) Votes[t] += r.Votes[t];
            if (r.Start < FirstOffset) FirstOffset = r.Start;
            if (r.Gender == Gender.Female) Female++;
            else if (r.Gender == Gender.Male) Male++;
            if (r.TokenCount > TokenCount) longest = r;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool Absorb(Cluster other)
        {
            foreach (var r in other.Runs) Add(r);
            other.Runs.Clear();
            return true;
        }
    }

    /// <summary>
    /// Full names first, then single words: a lone word joins the most-mentioned person whose
    /// surname or first name it is, or the organization it abbreviates or begins.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<Cluster> ClusterRuns(List<NameRun> runs)
    {
        MarkReusedSurnames(runs);
        var clusters = scratch.Clusters;
        var byKey = scratch.ClustersByKey;
        foreach (var r in runs)
        {
            if (r.TokenCount < 2) continue;
            if (!byKey.TryGetValue(r.Key, out var c)) { c = scratch.NewCluster(); byKey[r.Key] = c; clusters.Add(c); }
            c.Add(r);
        }
        MergeOrganizationPrefixes(clusters);
        var index = scratch.Index;
        index.Build(clusters);

        foreach (var r in runs)
        {
            if (r.TokenCount >= 2) continue;
            var candidates = index.First(r.Key);
            var target = BestPersonFor(index, candidates, r.Key) ?? OrganizationFor(index, candidates, r);
            if (target is null && !byKey.TryGetValue(r.Key, out target)) { target = scratch.NewCluster(); byKey[r.Key] = target; clusters.Add(target); }
            target.Add(r);
        }
        RemoveEmptyAndOrder(clusters);
        return clusters;
    }

    /// <summary>
    /// Drops the clusters others absorbed and orders the rest by first mention. Every run is in one cluster, so no two
    /// first mentions are the same: an insertion sort gives the one order any sort would, and the list is nearly in
    /// order already (multi-word names first, each group in text order).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RemoveEmptyAndOrder(List<Cluster> clusters)
    {
        // Beyond this many, a sort beats the insertion sort's worst case.
        const int maxInsertionSorted = 64;
        if (clusters.Count > maxInsertionSorted)
        {
            clusters.RemoveAll(static c => c.Runs.Count == 0);
            clusters.Sort(static (a, b) => a.FirstOffset.CompareTo(b.FirstOffset));
            return;
        }
        var kept = 0;
        for (var i = 0; i < clusters.Count; i++)
        {
            var c = clusters[i];
            if (c.Runs.Count == 0) continue;
            var k = kept++;
            while (k > 0 && clusters[k - 1].FirstOffset > c.FirstOffset)
            {
                clusters[k] = clusters[k - 1];
                k--;
            }
            clusters[k] = c;
        }
        clusters.RemoveRange(kept, clusters.Count - kept);
    }

    /// <summary>A multi-word name whose last word recurs alone ("Hasim Rahman" … "Rahman") is a person's.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void MarkReusedSurnames(List<NameRun> runs)
    {
        var singles = scratch.SingleWordKeys;
        foreach (var r in runs) if (r.TokenCount == 1) singles.Add(r.Key);
        var lookup = singles.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var r in runs)
        {
            if (r.TokenCount < 2 || r.TokenCount > 4 || IsSuffixWord(r.Last)) continue;
            if (lookup.Contains(Core(r.Last))) r.Votes[(int)EntityType.Person] += 2 * options.WeakTypeVote;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void MergeOrganizationPrefixes(List<Cluster> clusters)
    {
        // Absorbing shorter names never lengthens a host, so no cluster as long as the longest has a host.
        var longest = 0;
        foreach (var c in clusters) longest = Math.Max(longest, c.TokenCount);
        // A host starts with the same word, so a long list is searched by first word only (in list order, as the full scan would):
        // the clusters of one first word are chained through next[], from the index firstOf gives.
        // Absorbing never changes a host's tokens: they come from its longest name, longer than any it absorbs.
        var indexed = clusters.Count > SmallClusterList;
        var firstOf = scratch.ClusterByFirstWord;
        var byWord = firstOf.GetAlternateLookup<ReadOnlySpan<char>>();
        var next = scratch.NextWithFirstWord(clusters.Count);
        var tail = scratch.LastWithFirstWord(clusters.Count);
        if (indexed)
        {
            for (var i = 0; i < clusters.Count; i++)
            {
                next[i] = -1;
                ref var head = ref CollectionsMarshal.GetValueRefOrAddDefault(byWord, clusters[i].FirstWord, out var exists);
                if (!exists) head = tail[i] = i;
                else
                {
                    next[tail[head]] = i;
                    tail[head] = i;
                }
            }
        }
        foreach (var c in clusters)
        {
            if (c.TokenCount >= longest || c.Runs.Count == 0 || AnyHonorific(c.Runs)) continue;
            Cluster? host = null;
            for (var k = indexed ? byWord[c.FirstWord] : 0; k >= 0 && k < clusters.Count; k = indexed ? next[k] : k + 1)
            {
                var d = clusters[k];
                if (d == c || d.Runs.Count == 0 || d.TokenCount <= c.TokenCount || d.Type is EntityType.Person) continue;
                if (StartsWithWordsOf(d.Name, c.Name)) { host = d; break; }
            }
            host?.Absorb(c);
        }
        if (indexed) firstOf.Clear();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool AnyHonorific(List<NameRun> runs)
    {
        foreach (var r in runs) if (r.Honorific) return true;
        return false;
    }

    // Up to this many clusters, scanning them all is cheaper than indexing them.
    private const int SmallClusterList = 16;

    /// <summary>
    /// Whether the words of <paramref name="name"/> begin with all the words of <paramref name="prefix"/> (ignoring case), a
    /// shorter name. Both join their words with single spaces, and only a space matches a space, so word for word is
    /// character for character up to a space in <paramref name="name"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool StartsWithWordsOf(string name, string prefix) =>
        name.Length > prefix.Length && name[prefix.Length] == ' ' && name.AsSpan(0, prefix.Length).Equals(prefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A multi-word cluster a word may denote, with the type it had before lone words joined; the next candidate of the
    /// same word, or -1; and for a word's first candidate, its last, where the next one is linked.
    /// </summary>
    private struct Candidate
    {
        public Cluster Cluster;
        public EntityType Type;
        public int Next;
        public int Tail;
    }

    /// <summary>
    /// Multi-word clusters by their first word, last word and initials, with the type they had
    /// before lone words joined, so each lone word looks at a handful of candidates. Each word's candidates are a
    /// chain through one array, in the order they were added; the index is emptied and refilled for each document.
    /// </summary>
    private sealed class WordIndex
    {
        private readonly Dictionary<string, int> firstOf = new(StringComparer.OrdinalIgnoreCase);
        private Candidate[] candidates = new Candidate[InitialCandidates];
        private int count;

        private const int InitialCandidates = 64;

        public ref readonly Candidate this[int i] => ref candidates[i];

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Build(List<Cluster> clusters)
        {
            const int maxStackLetters = 64;
            Span<char> stack = stackalloc char[maxStackLetters];
            foreach (var c in clusters)
            {
                if (c.Runs.Count == 0 || c.TokenCount < 2) continue;
                var type = c.Type;
                // Words are looked up as spans: a word's string is made only when it is new to the index.
                var byWord = firstOf.GetAlternateLookup<ReadOnlySpan<char>>();
                var firstWord = c.FirstWord;
                var lastWord = c.LastWord;
                Link(ref CollectionsMarshal.GetValueRefOrAddDefault(byWord, firstWord, out var exists), exists, c, type);
                if (!lastWord.Equals(firstWord, StringComparison.OrdinalIgnoreCase))
                    Link(ref CollectionsMarshal.GetValueRefOrAddDefault(byWord, lastWord, out exists), exists, c, type);
                if (type == EntityType.Person) continue;
                var name = c.Name;
                var letters = c.TokenCount <= maxStackLetters ? stack : new char[c.TokenCount];
                var n = 0;
                for (var w = 0; ; )
                {
                    if (char.IsUpper(name[w])) letters[n++] = name[w];
                    var space = name.IndexOf(' ', w);
                    if (space < 0) break;
                    w = space + 1;
                }
                if (n >= 2) Link(ref CollectionsMarshal.GetValueRefOrAddDefault(byWord, letters[..n], out exists), exists, c, type);
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Link(ref int first, bool exists, Cluster c, EntityType type)
        {
            if (count == candidates.Length) Array.Resize(ref candidates, candidates.Length * 2);
            candidates[count] = new Candidate { Cluster = c, Type = type, Next = -1, Tail = count };
            if (exists)
            {
                candidates[candidates[first].Tail].Next = count;
                candidates[first].Tail = count;
            }
            else first = count;
            count++;
        }

        /// <summary>The first candidate of <paramref name="word"/>, or -1.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public int First(string word) => firstOf.TryGetValue(word, out var first) ? first : -1;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Clear()
        {
            Scratch.Empty(firstOf);
            // The clusters are let go, though their objects are reused: nothing of a document outlives it here.
            Array.Clear(candidates, 0, count);
            count = 0;
        }
    }

    /// <summary>The person a lone surname or first name denotes: the most mentioned, then the first introduced.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Cluster? BestPersonFor(WordIndex index, int first, string word)
    {
        Cluster? best = null;
        for (var k = first; k >= 0; k = index[k].Next)
        {
            var c = index[k].Cluster;
            if (c.Runs.Count == 0 || index[k].Type != EntityType.Person) continue;
            if (!c.LastWord.Equals(word, StringComparison.OrdinalIgnoreCase) && !c.FirstWord.Equals(word, StringComparison.OrdinalIgnoreCase)) continue;
            if (best is null || c.Runs.Count > best.Runs.Count || (c.Runs.Count == best.Runs.Count && c.FirstOffset < best.FirstOffset)) best = c;
        }
        return best;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Cluster? OrganizationFor(WordIndex index, int first, NameRun r)
    {
        var word = r.Key;
        var acronym = toks[r.First].Has(TokFlags.AllCaps);
        for (var k = first; k >= 0; k = index[k].Next)
        {
            var c = index[k].Cluster;
            var type = index[k].Type;
            if (c.Runs.Count == 0 || type is not (EntityType.Organization or EntityType.Place or EntityType.Other)) continue;
            if (acronym && IsAcronymOf(word, c.Name)) return c;
            if (!acronym && type == EntityType.Organization && !Is(r.First, WordClass.FirstName)
                && (c.FirstWord.Equals(word, StringComparison.OrdinalIgnoreCase) || c.LastWord.Equals(word, StringComparison.OrdinalIgnoreCase))) return c;
        }
        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsAcronymOf(string word, string name)
    {
        var k = 0;
        for (var w = 0; ; )
        {
            var initial = name[w];
            if (char.IsUpper(initial)) // "of", "the" are skipped in acronyms
            {
                if (k >= word.Length || char.ToUpperInvariant(word[k]) != initial) return false;
                k++;
            }
            var space = name.IndexOf(' ', w);
            if (space < 0) break;
            w = space + 1;
        }
        return k == word.Length && k >= 2;
    }
}
