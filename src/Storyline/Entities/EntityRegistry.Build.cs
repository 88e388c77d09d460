using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Storyline.Entities;

public sealed partial class EntityRegistry
{
    /// <summary>Builds a snapshot from the documents, in ordinal id order, in one pass over flat integer arrays.</summary>
    /// <remarks>
    /// Every entity of every document is laid out flat ("f", document by document); names are interned
    /// case-insensitively to integers once, and a global entity being built ("node") is the interned name it was
    /// created under. Members are linked lists through the flat entities, so no per-node collection is allocated.
    /// The registry is built once per ingest, so the methods called per entity or per node are compiled optimized
    /// at once (AggressiveOptimization): left to tiering, they would run most of that one pass unoptimized.
    /// </remarks>
    private sealed partial class Builder
    {
        /// <summary>Number of <see cref="EntityType"/> values counted per node.</summary>
        private const int TypeCount = 4;

        private readonly DocumentEntities[] docs;
        private readonly DocumentEntity[] entity;
        private readonly int[] entityDoc;
        private readonly int[] docStart;
        private readonly int[] nameOf;
        private readonly bool[] full;
        private readonly Dictionary<string, int> nameIds = new(StringComparer.OrdinalIgnoreCase);
        private int nameCount;

        // Each document's distinct interned names, as slices of one array.
        private int[] contextStart = [];
        private int[] contextNames = [];

        // Nodes: at most one per interned name (a node is the name it was created under), so the arrays, allocated once
        // the names are known, never grow; sized per flat entity they were several times larger, on the large object heap.
        private int nodeCount;
        private int[] nodeOfName = [];
        private int[] nodeName = [];
        private string[] nodeKey = [];
        private int[] memberHead = [];
        private int[] memberCount = [];
        private int[] typeCounts = [];
        private readonly int[] memberNext;
        private readonly int[] nodeOfEntity;

        public Builder(DocumentEntities[] docs)
        {
            this.docs = docs;
            docStart = new int[docs.Length + 1];
            for (var d = 0; d < docs.Length; d++) docStart[d + 1] = docStart[d] + docs[d].Entities.Count;
            var total = docStart[^1];
            entity = new DocumentEntity[total];
            entityDoc = new int[total];
            nameOf = new int[total];
            full = new bool[total];
            memberNext = new int[total];
            nodeOfEntity = new int[total];
        }

        public Snapshot Run()
        {
            Intern();
            // Pass 1: full names (and every non-person) by name.
            for (var f = 0; f < entity.Length; f++)
                if (full[f]) AddMember(NodeFor(f), f);
            // Pass 2: a lone surname or first name joins the full-name person its article's context points to.
            var candidates = new Candidates(this);
            candidates.Score();
            for (var f = 0; f < entity.Length; f++)
            {
                if (full[f]) continue;
                var target = candidates.PersonFor(f);
                AddMember(target >= 0 ? target : NodeFor(f), f);
            }
            return Finish();
        }

        /// <summary>Lays the entities out flat, interns their names and collects each document's distinct names.</summary>
        private void Intern()
        {
            var f = 0;
            for (var d = 0; d < docs.Length; d++)
                foreach (var e in docs[d].Entities)
                {
                    entity[f] = e;
                    entityDoc[f] = d;
                    full[f] = IsFullName(e);
                    ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(nameIds, e.Name, out var exists);
                    if (!exists) id = nameIds.Count - 1;
                    nameOf[f++] = id;
                }
            nameCount = nameIds.Count;
            nodeOfName = new int[nameCount];
            Array.Fill(nodeOfName, -1);
            nodeName = new int[nameCount];
            nodeKey = new string[nameCount];
            memberHead = new int[nameCount];
            memberCount = new int[nameCount];
            typeCounts = new int[nameCount * TypeCount];
            contextStart = new int[docs.Length + 1];
            contextNames = new int[entity.Length];
            var seen = new int[nameCount];
            var k = 0;
            for (var d = 0; d < docs.Length; d++)
            {
                contextStart[d] = k;
                for (f = docStart[d]; f < docStart[d + 1]; f++)
                    if (seen[nameOf[f]] != d + 1)
                    {
                        seen[nameOf[f]] = d + 1;
                        contextNames[k++] = nameOf[f];
                    }
            }
            contextStart[docs.Length] = k;
        }

        /// <summary>A document's distinct interned names.</summary>
        private ReadOnlySpan<int> ContextOf(int d) => contextNames.AsSpan(contextStart[d], contextStart[d + 1] - contextStart[d]);

        /// <summary>The node of an entity's name, created with that entity's spelling as its key when new.</summary>
        // NodeFor, AddMember and Prefer are inlined into the optimized passes that call them per entity: left alone, each
        // compiled twice in the single pass of an ingest (unoptimized, then again when tiered up).
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private int NodeFor(int f)
        {
            ref var node = ref nodeOfName[nameOf[f]];
            if (node < 0)
            {
                node = nodeCount++;
                nodeName[node] = nameOf[f];
                nodeKey[node] = entity[f].Name;
                memberHead[node] = -1;
            }
            return node;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void AddMember(int node, int f)
        {
            var type = (int)entity[f].Type;
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)type, (uint)TypeCount);
            nodeOfEntity[f] = node;
            memberNext[f] = memberHead[node];
            memberHead[node] = f;
            memberCount[node]++;
            typeCounts[node * TypeCount + type]++;
        }

        /// <summary>Most members' type; on a tie the first in declaration order.</summary>
        private EntityType MajorityType(int node)
        {
            var count = typeCounts.AsSpan(node * TypeCount, TypeCount);
            var best = 0;
            for (var t = 1; t < count.Length; t++) if (count[t] > count[best]) best = t;
            return (EntityType)best;
        }

        /// <summary>A node's key comes before another's when it has more members, then by ordinal key.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private bool Prefer(int a, int b) =>
            memberCount[a] > memberCount[b] || (memberCount[a] == memberCount[b] && string.CompareOrdinal(nodeKey[a], nodeKey[b]) < 0);
    }
}
