using System.Runtime.CompilerServices;
namespace Storyline.Entities;

internal sealed partial class EntityAnalysis
{
    /// <summary>The mentions that corefer: one document entity in the making.</summary>
    private sealed class Cluster
    {
        public readonly List<NameRun> Runs = [];
        public TypeVotes Votes;
        public string[] Tokens = [];
        public int FirstOffset = int.MaxValue;
        public int Female;
        public int Male;
        public int PronounFemale;
        public int PronounMale;
        public int Index;
        public double Salience;
        public int Descriptions;

        public EntityType Type
        {
            get
            {
                var best = 0;
                for (var t = 1; t < TypeVotes.Length; t++) if (Votes[t] > Votes[best]) best = t;
                return (EntityType)best;
            }
        }

        /// <summary>Names, titles and roles decide; pronouns only when those say nothing.</summary>
        public Gender Gender => Female > Male ? Gender.Female : Male > Female ? Gender.Male
            : PronounFemale > PronounMale ? Gender.Female : PronounMale > PronounFemale ? Gender.Male : Gender.Unknown;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Add(NameRun r)
        {
            Runs.Add(r);
            r.Cluster = this;
            for (var t = 0; t < TypeVotes.Length; t++) Votes[t] += r.Votes[t];
            if (r.Start < FirstOffset) FirstOffset = r.Start;
            if (r.Gender == Gender.Female) Female++;
            else if (r.Gender == Gender.Male) Male++;
            if (r.TokenCount > Tokens.Length) Tokens = r.Key.Split(' ');
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
        var clusters = new List<Cluster>();
        var byKey = new Dictionary<string, Cluster>(StringComparer.OrdinalIgnoreCase);
        foreach (var r in runs)
        {
            if (r.TokenCount < 2) continue;
            if (!byKey.TryGetValue(r.Key, out var c)) { c = new Cluster(); byKey[r.Key] = c; clusters.Add(c); }
            c.Add(r);
        }
        MergeOrganizationPrefixes(clusters);
        var index = new WordIndex(clusters);

        foreach (var r in runs)
        {
            if (r.TokenCount >= 2) continue;
            var candidates = index.Candidates(r.Key);
            var target = BestPersonFor(candidates, r.Key) ?? OrganizationFor(candidates, r);
            if (target is null && !byKey.TryGetValue(r.Key, out target)) { target = new Cluster(); byKey[r.Key] = target; clusters.Add(target); }
            target.Add(r);
        }
        clusters.RemoveAll(c => c.Runs.Count == 0);
        clusters.Sort((a, b) => a.FirstOffset.CompareTo(b.FirstOffset));
        return clusters;
    }

    /// <summary>A multi-word name whose last word recurs alone ("Hasim Rahman" … "Rahman") is a person's.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void MarkReusedSurnames(List<NameRun> runs)
    {
        var singles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in runs) if (r.TokenCount == 1) singles.Add(r.Key);
        var lookup = singles.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var r in runs)
        {
            if (r.TokenCount < 2 || r.TokenCount > 4 || IsSuffixWord(r.Last)) continue;
            if (lookup.Contains(Core(r.Last))) r.Votes[(int)EntityType.Person] += 2 * options.WeakTypeVote;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MergeOrganizationPrefixes(List<Cluster> clusters)
    {
        // Absorbing shorter names never lengthens a host, so no cluster as long as the longest has a host.
        var longest = 0;
        foreach (var c in clusters) longest = Math.Max(longest, c.Tokens.Length);
        // A host starts with the same word, so a long list is searched by first word only (in list order, as the full scan would).
        // Absorbing never changes a host's tokens: they come from its longest name, longer than any it absorbs.
        Dictionary<string, List<Cluster>>? byFirstWord = null;
        if (clusters.Count > SmallClusterList)
        {
            byFirstWord = new Dictionary<string, List<Cluster>>(StringComparer.OrdinalIgnoreCase);
            foreach (var c in clusters)
            {
                if (!byFirstWord.TryGetValue(c.Tokens[0], out var list)) byFirstWord[c.Tokens[0]] = list = [];
                list.Add(c);
            }
        }
        foreach (var c in clusters)
        {
            if (c.Tokens.Length >= longest || c.Runs.Count == 0 || c.Runs.Exists(r => r.Honorific)) continue;
            Cluster? host = null;
            foreach (var d in byFirstWord is null ? clusters : byFirstWord[c.Tokens[0]])
            {
                if (d == c || d.Runs.Count == 0 || d.Tokens.Length <= c.Tokens.Length || d.Type is EntityType.Person) continue;
                if (StartsWith(d.Tokens, c.Tokens)) { host = d; break; }
            }
            host?.Absorb(c);
        }
    }

    // Up to this many clusters, scanning them all is cheaper than indexing them.
    private const int SmallClusterList = 16;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool StartsWith(string[] tokens, string[] prefix)
    {
        for (var i = 0; i < prefix.Length; i++) if (!tokens[i].Equals(prefix[i], StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }

    /// <summary>
    /// Multi-word clusters by their first word, last word and initials, with the type they had
    /// before lone words joined, so each lone word looks at a handful of candidates.
    /// </summary>
    private sealed class WordIndex
    {
        private readonly Dictionary<string, List<(Cluster Cluster, EntityType Type)>> byWord = new(StringComparer.OrdinalIgnoreCase);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public WordIndex(List<Cluster> clusters)
        {
            foreach (var c in clusters)
            {
                if (c.Runs.Count == 0 || c.Tokens.Length < 2) continue;
                var type = c.Type;
                Add(c.Tokens[0], c, type);
                if (!c.Tokens[^1].Equals(c.Tokens[0], StringComparison.OrdinalIgnoreCase)) Add(c.Tokens[^1], c, type);
                if (type != EntityType.Person && Acronym(c.Tokens) is { } acronym) Add(acronym, c, type);
            }
        }

        private void Add(string word, Cluster c, EntityType type)
        {
            if (!byWord.TryGetValue(word, out var list)) byWord[word] = list = [];
            list.Add((c, type));
        }

        private static string? Acronym(string[] tokens)
        {
            const int maxStackLetters = 64;
            Span<char> letters = tokens.Length <= maxStackLetters ? stackalloc char[tokens.Length] : new char[tokens.Length];
            var n = 0;
            foreach (var t in tokens) if (t.Length > 0 && char.IsUpper(t[0])) letters[n++] = t[0];
            return n >= 2 ? new string(letters[..n]) : null;
        }

        public List<(Cluster Cluster, EntityType Type)> Candidates(string word) => byWord.TryGetValue(word, out var list) ? list : [];
    }

    /// <summary>The person a lone surname or first name denotes: the most mentioned, then the first introduced.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Cluster? BestPersonFor(List<(Cluster Cluster, EntityType Type)> candidates, string word)
    {
        Cluster? best = null;
        foreach (var (c, type) in candidates)
        {
            if (c.Runs.Count == 0 || type != EntityType.Person) continue;
            var t = c.Tokens;
            if (!t[^1].Equals(word, StringComparison.OrdinalIgnoreCase) && !t[0].Equals(word, StringComparison.OrdinalIgnoreCase)) continue;
            if (best is null || c.Runs.Count > best.Runs.Count || (c.Runs.Count == best.Runs.Count && c.FirstOffset < best.FirstOffset)) best = c;
        }
        return best;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Cluster? OrganizationFor(List<(Cluster Cluster, EntityType Type)> candidates, NameRun r)
    {
        var word = r.Key;
        var acronym = toks[r.First].Has(TokFlags.AllCaps);
        foreach (var (c, type) in candidates)
        {
            if (c.Runs.Count == 0 || type is not (EntityType.Organization or EntityType.Place or EntityType.Other)) continue;
            if (acronym && IsAcronymOf(word, c.Tokens)) return c;
            if (!acronym && type == EntityType.Organization && !Is(r.First, WordClass.FirstName)
                && (c.Tokens[0].Equals(word, StringComparison.OrdinalIgnoreCase) || c.Tokens[^1].Equals(word, StringComparison.OrdinalIgnoreCase))) return c;
        }
        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsAcronymOf(string word, string[] tokens)
    {
        var k = 0;
        foreach (var t in tokens)
        {
            if (t.Length == 0 || !char.IsUpper(t[0])) continue; // "of", "the" are skipped in acronyms
            if (k >= word.Length || char.ToUpperInvariant(word[k]) != t[0]) return false;
            k++;
        }
        return k == word.Length && k >= 2;
    }
}
