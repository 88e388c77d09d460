namespace Storyline.Entities;

/// <summary>
/// Merges the entities of many documents into global entities with aliases and articles.
/// Full names merge by name; a lone surname or first name attaches to the full-name person
/// that the rest of its article points to (the entities they co-occur with), never to another
/// person who merely shares the word. Deterministic: the result depends only on the set of
/// documents added, not on their order; safe to call from several threads.
/// </summary>
public sealed partial class EntityRegistry
{
    // Kept unordered and sorted once when built: a dictionary of reference types runs code the process has compiled
    // already, where a sorted dictionary compiles its tree (some thirty methods) in the single pass of an ingest.
    private readonly Dictionary<string, DocumentEntities> docs = new(StringComparer.Ordinal);
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
    public GlobalEntity? Resolve(string articleId, int entityIndex) => Current().Resolve(articleId, entityIndex);

    /// <summary>Global entities whose name or an alias equals <paramref name="name"/> (case-insensitive).</summary>
    public IReadOnlyList<GlobalEntity> Find(string name) =>
        Current().Entities.Where(e => e.Aliases.Contains(name, StringComparer.OrdinalIgnoreCase) || e.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).ToArray();

    private Snapshot Current()
    {
        lock (gate) return snapshot ??= new Builder(InIdOrder()).Run();
    }

    /// <summary>The documents in ordinal id order.</summary>
    private DocumentEntities[] InIdOrder()
    {
        var ids = new string[docs.Count];
        docs.Keys.CopyTo(ids, 0);
        Array.Sort(ids, StringComparer.Ordinal);
        var ordered = new DocumentEntities[ids.Length];
        for (var i = 0; i < ids.Length; i++) ordered[i] = docs[ids[i]];
        return ordered;
    }

    /// <summary>The built registry: entities in order, and each document entity's global entity by document and index.</summary>
    /// <remarks>
    /// A document whose entity indexes are not 0..count-1 (possible only for hand-made input) is looked up in
    /// <paramref name="odd"/> instead of an array, so any index resolves as it was assigned.
    /// </remarks>
    private sealed class Snapshot(GlobalEntity[] entities, Dictionary<string, int> docIndex, GlobalEntity?[]?[] byDoc,
        Dictionary<(int Doc, int Index), GlobalEntity>? odd)
    {
        public IReadOnlyList<GlobalEntity> Entities => entities;

        public GlobalEntity? Resolve(string articleId, int entityIndex)
        {
            if (articleId is null || !docIndex.TryGetValue(articleId, out var d)) return null;
            if (byDoc[d] is { } table) return (uint)entityIndex < (uint)table.Length ? table[entityIndex] : null;
            return odd!.GetValueOrDefault((d, entityIndex));
        }
    }

    /// <summary>A one-word person (or untyped) name may be a surname or first name of someone named in full elsewhere.</summary>
    private static bool IsFullName(DocumentEntity e) => e.Type is not (EntityType.Person or EntityType.Other) || e.Name.Contains(' ', StringComparison.Ordinal);
}
