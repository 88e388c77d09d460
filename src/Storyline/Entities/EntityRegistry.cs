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

        // Context: which names co-occur in which articles.
        var cooccur = new Dictionary<(Node, string), int>();
        foreach (var (id, doc) in docs)
        {
            var here = doc.Entities.Where(IsFullName).Select(e => assigned[(id, e.Index)]).Distinct().ToArray();
            var context = ContextKeys(doc);
            foreach (var n in here)
                foreach (var c in context)
                    if (!c.Equals(n.Key, StringComparison.OrdinalIgnoreCase))
                        cooccur[(n, c)] = cooccur.GetValueOrDefault((n, c)) + 1;
        }

        // Pass 2: a lone surname or first name joins the full-name person its article's context points to.
        var persons = nodes.Values.Where(n => n.Tokens.Length > 1 && MajorityType(n) == EntityType.Person).ToArray();
        foreach (var (id, doc) in docs)
        {
            var context = ContextKeys(doc);
            foreach (var e in doc.Entities)
            {
                if (IsFullName(e)) continue;
                var target = PersonFor(e.Name, persons, context, cooccur) ?? NodeFor(e.Name);
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

    private static Node? PersonFor(string word, Node[] persons, string[] context, Dictionary<(Node, string), int> cooccur)
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
            foreach (var c in context) score += cooccur.GetValueOrDefault((p, c));
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
