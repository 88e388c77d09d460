using System.Globalization;

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

        /// <summary>The articles that name it in full (before lone names join).</summary>
        public string[] FullNameDocs { get; set; } = [];
    }

    /// <summary>How often a full-name node appears in articles together with a name, counted on demand.</summary>
    private sealed class CoOccurrence(Dictionary<string, HashSet<string>> contextOf)
    {
        // Per node, how many of its articles name each other name: built once, then each query is one lookup per name.
        private readonly Dictionary<Node, Dictionary<string, int>> counts = [];

        public int Score(Node node, string[] context)
        {
            if (!counts.TryGetValue(node, out var names))
            {
                names = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                foreach (var doc in node.FullNameDocs)
                    foreach (var name in contextOf[doc])
                        if (!name.Equals(node.Key, StringComparison.OrdinalIgnoreCase))
                            names[name] = names.GetValueOrDefault(name) + 1;
                counts[node] = names;
            }
            var score = 0;
            foreach (var c in context) score += names.GetValueOrDefault(c);
            return score;
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

        // Context: the names of each article, so a candidate's co-occurrence is counted only when asked.
        var contextOf = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (id, doc) in docs) contextOf[id] = new HashSet<string>(ContextKeys(doc), StringComparer.OrdinalIgnoreCase);
        foreach (var n in nodes.Values) n.FullNameDocs = n.Members.Select(m => m.Doc.ArticleId).Distinct(StringComparer.Ordinal).ToArray();
        var cooccur = new CoOccurrence(contextOf);

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
        foreach (var (id, doc) in docs)
        {
            var context = ContextKeys(doc);
            foreach (var e in doc.Entities)
            {
                if (IsFullName(e)) continue;
                var target = (byWord.TryGetValue(e.Name, out var candidates) ? PersonFor(e.Name, candidates, context, cooccur) : null) ?? NodeFor(e.Name);
                target.Members.Add((doc, e));
                assigned[(id, e.Index)] = target;
            }
        }

        var globals = new Dictionary<Node, GlobalEntity>();
        foreach (var n in nodes.Values.Where(n => n.Members.Count > 0)) globals[n] = ToGlobal(n);
        var byDoc = assigned.ToDictionary(kv => kv.Key, kv => globals[kv.Value]);
        var list = globals.Values.OrderBy(g => g.Name, StringComparer.Ordinal).ThenBy(g => g.Id, StringComparer.Ordinal).ToArray();
        return new Snapshot(list, byDoc);
    }

    /// <summary>The names in a document that can vouch for who a lone name is.</summary>
    private static string[] ContextKeys(DocumentEntities doc) =>
        doc.Entities.Select(e => e.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

    private static Node? PersonFor(string word, List<Node> persons, string[] context, CoOccurrence cooccur)
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
            score += cooccur.Score(p, context);
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

    private static EntityType MajorityType(Node n) =>
        n.Members.GroupBy(m => m.Entity.Type).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;

    private static GlobalEntity ToGlobal(Node n)
    {
        var type = MajorityType(n);
        var name = n.Members.Where(m => IsFullName(m.Entity)).Select(m => m.Entity.Name).DefaultIfEmpty(n.Key)
            .GroupBy(s => s, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key.Length)
            .ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var aliases = n.Members.SelectMany(m => m.Entity.Aliases).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var articles = n.Members.Select(m => m.Doc.ArticleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var id = "e" + Fnv(type + ":" + n.Key.ToLowerInvariant()).ToString("x12", CultureInfo.InvariantCulture)[..12];
        return new GlobalEntity(id, name, type, aliases, articles);
    }

    private static ulong Fnv(string s)
    {
        var h = 14695981039346656037UL;
        foreach (var c in s) { h ^= c; h *= 1099511628211UL; }
        return h;
    }
}
