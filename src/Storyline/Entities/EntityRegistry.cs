using System.Globalization;
using System.Runtime.InteropServices;

namespace Storyline.Entities;

/// <summary>
/// Merges the entities of many documents into global entities with aliases and articles.
/// Full names merge by name; a lone surname or first name attaches to the full-name person
/// that the rest of its article points to (the entities they co-occur with), never to another
/// person who merely shares the word. Deterministic: the result depends only on the set of
/// documents added, not on their order; safe to call from several threads.
/// </summary>
public sealed class EntityRegistry
{
    private readonly SortedDictionary<string, DocumentEntities> docs = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private Snapshot? snapshot;

    /// <summary>Adds (or replaces) one document's entities.</summary>
    public void Add(DocumentEntities document)
    {
        ArgumentNullException.ThrowIfNull(document);
        lock (gate)
        {
            docs[document.ArticleId] = document;
            snapshot = null;
        }
    }

    /// <summary>Number of documents added.</summary>
    public int DocumentCount { get { lock (gate) return docs.Count; } }

    /// <summary>All global entities, sorted by name then id.</summary>
    public IReadOnlyList<GlobalEntity> Entities() => Current().Entities;

    /// <summary>The global entity a document entity belongs to, or null when unknown.</summary>
    public GlobalEntity? Resolve(string articleId, int entityIndex) =>
        Current().ByDocEntity.TryGetValue((articleId, entityIndex), out var g) ? g : null;

    /// <summary>Global entities whose name or an alias equals <paramref name="name"/> (case-insensitive).</summary>
    public IReadOnlyList<GlobalEntity> Find(string name) =>
        Current().Entities.Where(e => e.Aliases.Contains(name, StringComparer.OrdinalIgnoreCase) || e.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).ToArray();

    private Snapshot Current()
    {
        lock (gate) return snapshot ??= Build();
    }

    private sealed record Snapshot(IReadOnlyList<GlobalEntity> Entities, Dictionary<(string, int), GlobalEntity> ByDocEntity);

    /// <summary>A global entity being built.</summary>
    private sealed class Node(string key)
    {
        public string Key { get; } = key;
        public List<(DocumentEntities Doc, DocumentEntity Entity)> Members { get; } = [];
        public string[] Tokens { get; set; } = [];

        /// <summary>The articles that name it in full (before lone names join), as indexes in document order.</summary>
        public int[] FullNameDocs { get; set; } = [];

        /// <summary>Its key interned as a context name.</summary>
        public int KeyId { get; set; } = -1;
    }

    /// <summary>How often a full-name node appears in articles together with a name, counted on demand.</summary>
    /// <remarks>
    /// Names are interned to integers (case-insensitively) once. A node's counts are a sorted array of names with
    /// their counts; the article asking marks its names in a stamp array, so a score is a scan of the smaller side.
    /// </remarks>
    private sealed class CoOccurrence(int[][] contextOf, int nameCount)
    {
        private readonly Dictionary<Node, (int[] Names, int[] Counts)> counts = [];
        private readonly int[] stamp = new int[nameCount];
        private int current;
        private int[] context = [];

        /// <summary>Counts the nodes that will be asked about ahead of time, on several threads (each count is independent).</summary>
        public void Prepare(IReadOnlyList<Node> nodes)
        {
            var result = new (int[] Names, int[] Counts)[nodes.Count];
            Parallel.For(0, nodes.Count, () => (Scratch: new int[nameCount], Touched: new List<int>()),
                (i, _, local) => { result[i] = Count(nodes[i], local.Scratch, local.Touched); return local; }, _ => { });
            for (var i = 0; i < nodes.Count; i++) counts[nodes[i]] = result[i];
        }

        /// <summary>Sets the names of the article whose lone names are being scored.</summary>
        public void SetContext(int[] names)
        {
            context = names;
            current++;
            foreach (var c in names) stamp[c] = current;
        }

        public int Score(Node node)
        {
            if (!counts.TryGetValue(node, out var names)) counts[node] = names = Count(node, new int[stamp.Length], []);
            var score = 0;
            if (names.Names.Length <= context.Length * 4)
            {
                for (var k = 0; k < names.Names.Length; k++)
                    if (stamp[names.Names[k]] == current) score += names.Counts[k];
            }
            else
                foreach (var c in context)
                    if (Array.BinarySearch(names.Names, c) is var k and >= 0) score += names.Counts[k];
            return score;
        }

        // How many of the node's articles name each other name; the scratch array is left all zero.
        private (int[] Names, int[] Counts) Count(Node node, int[] scratch, List<int> touched)
        {
            touched.Clear();
            foreach (var doc in node.FullNameDocs)
                foreach (var name in contextOf[doc])
                    if (name != node.KeyId && scratch[name]++ == 0) touched.Add(name);
            touched.Sort();
            var result = (Names: touched.ToArray(), Counts: new int[touched.Count]);
            for (var k = 0; k < touched.Count; k++)
            {
                result.Counts[k] = scratch[touched[k]];
                scratch[touched[k]] = 0;
            }
            return result;
        }
    }

    /// <summary>A one-word person (or untyped) name may be a surname or first name of someone named in full elsewhere.</summary>
    private static bool IsFullName(DocumentEntity e) => e.Type is not (EntityType.Person or EntityType.Other) || e.Name.Contains(' ', StringComparison.Ordinal);

    private Snapshot Build()
    {
        var nodes = new Dictionary<string, Node>(StringComparer.OrdinalIgnoreCase);
        var assigned = new Dictionary<(string, int), Node>();
        Node NodeFor(string key)
        {
            if (!nodes.TryGetValue(key, out var n)) nodes[key] = n = new Node(key) { Tokens = key.Split(' ') };
            return n;
        }

        // Pass 1: full names (and every non-person) by name.
        foreach (var (id, doc) in docs)
            foreach (var e in doc.Entities)
                if (IsFullName(e)) { var n = NodeFor(e.Name); n.Members.Add((doc, e)); assigned[(id, e.Index)] = n; }

        // Context: the names of each article, interned, so a candidate's co-occurrence is counted only when asked.
        var nameIds = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var docIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var contextOf = new int[docs.Count][];
        var ids = new HashSet<int>();
        foreach (var (id, doc) in docs)
        {
            ids.Clear();
            foreach (var e in doc.Entities) ids.Add(Intern(nameIds, e.Name));
            docIndex[id] = docIndex.Count;
            contextOf[docIndex[id]] = [.. ids];
        }
        foreach (var n in nodes.Values)
        {
            n.FullNameDocs = n.Members.Select(m => docIndex[m.Doc.ArticleId]).Distinct().ToArray();
            n.KeyId = Intern(nameIds, n.Key);
        }
        var cooccur = new CoOccurrence(contextOf, nameIds.Count);

        // Pass 2: a lone surname or first name joins the full-name person its article's context points to.
        var persons = nodes.Values.Where(n => n.Tokens.Length > 1 && MajorityType(n) == EntityType.Person).ToArray();
        // Index full-name persons by their first and last word, so a lone name meets only its candidates.
        var byWord = new Dictionary<string, List<Node>>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in persons)
            foreach (var word in new[] { p.Tokens[0], p.Tokens[^1] }.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (!byWord.TryGetValue(word, out var sharing)) byWord[word] = sharing = [];
                sharing.Add(p);
            }
        var asked = new HashSet<Node>();
        foreach (var (_, doc) in docs)
            foreach (var e in doc.Entities)
                if (!IsFullName(e) && byWord.TryGetValue(e.Name, out var sharing)) asked.UnionWith(sharing);
        cooccur.Prepare(asked.ToArray());
        foreach (var (id, doc) in docs)
        {
            cooccur.SetContext(contextOf[docIndex[id]]);
            foreach (var e in doc.Entities)
            {
                if (IsFullName(e)) continue;
                var target = (byWord.TryGetValue(e.Name, out var candidates) ? PersonFor(e.Name, candidates, cooccur) : null) ?? NodeFor(e.Name);
                target.Members.Add((doc, e));
                assigned[(id, e.Index)] = target;
            }
        }

        var used = nodes.Values.Where(n => n.Members.Count > 0).ToArray();
        var made = new GlobalEntity[used.Length];
        Parallel.For(0, used.Length, i => made[i] = ToGlobal(used[i]));
        var globals = new Dictionary<Node, GlobalEntity>(used.Length);
        for (var i = 0; i < used.Length; i++) globals[used[i]] = made[i];
        var byDoc = assigned.ToDictionary(kv => kv.Key, kv => globals[kv.Value]);
        var list = globals.Values.OrderBy(g => g.Name, StringComparer.Ordinal).ThenBy(g => g.Id, StringComparer.Ordinal).ToArray();
                return new Snapshot(list, byDoc);
    }

    private static int Intern(Dictionary<string, int> ids, string name)
    {
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(ids, name, out var exists);
        if (!exists) id = ids.Count - 1;
        return id;
    }

    private static Node? PersonFor(string word, List<Node> persons, CoOccurrence cooccur)
    {
        Node? best = null;
        int bestScore = -1, candidates = 0;
        var bySurname = false;
        foreach (var p in persons)
        {
            var surname = p.Tokens[^1].Equals(word, StringComparison.OrdinalIgnoreCase);
            var firstName = p.Tokens[0].Equals(word, StringComparison.OrdinalIgnoreCase);
            if (!surname && !firstName) continue;
            candidates++;
            var score = 0;
            score += cooccur.Score(p);
            if (score > bestScore || (score == bestScore && best is not null && Prefer(p, best)))
            {
                best = p; bestScore = score; bySurname = surname;
            }
        }
        if (best is null) return null;
        // Context decides; without any, only an unshared surname is safe to attach.
        if (bestScore > 0) return best;
        return candidates == 1 && bySurname ? best : null;
    }

    private static bool Prefer(Node a, Node b) =>
        a.Members.Count > b.Members.Count || (a.Members.Count == b.Members.Count && string.CompareOrdinal(a.Key, b.Key) < 0);

    private static EntityType MajorityType(Node n)
    {
        // Most members' type; on a tie the first in declaration order.
        Span<int> count = stackalloc int[4];
        foreach (var m in n.Members) count[(int)m.Entity.Type]++;
        var best = 0;
        for (var t = 1; t < count.Length; t++) if (count[t] > count[best]) best = t;
        return (EntityType)best;
    }

    private static GlobalEntity ToGlobal(Node n)
    {
        var type = MajorityType(n);
        string name;
        IReadOnlyList<string> aliases, articles;
        if (n.Members.Count == 1 && IsSortedDistinct(n.Members[0].Entity.Aliases))
        {
            // Most nodes are one mention of one article: skip the grouping.
            var e = n.Members[0].Entity;
            name = IsFullName(e) ? e.Name : n.Key;
            aliases = e.Aliases;
            articles = [n.Members[0].Doc.ArticleId];
        }
        else
        {
            name = n.Members.Where(m => IsFullName(m.Entity)).Select(m => m.Entity.Name).DefaultIfEmpty(n.Key)
                .GroupBy(s => s, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key.Length)
                .ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
            aliases = n.Members.SelectMany(m => m.Entity.Aliases).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            articles = n.Members.Select(m => m.Doc.ArticleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        }
        var id = "e" + Fnv(type + ":" + n.Key.ToLowerInvariant()).ToString("x12", CultureInfo.InvariantCulture)[..12];
        return new GlobalEntity(id, name, type, aliases, articles);
    }

    private static bool IsSortedDistinct(IReadOnlyList<string> names)
    {
        for (var i = 1; i < names.Count; i++)
            if (string.CompareOrdinal(names[i - 1], names[i]) >= 0) return false;
        return true;
    }

    private static ulong Fnv(string s)
    {
        var h = 14695981039346656037UL;
        foreach (var c in s) { h ^= c; h *= 1099511628211UL; }
        return h;
    }
}
