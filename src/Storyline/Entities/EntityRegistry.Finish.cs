using System.Runtime.CompilerServices;
using System.Numerics;
using System.Text;

namespace Storyline.Entities;

public sealed partial class EntityRegistry
{
    private sealed partial class Builder
    {
        /// <summary>Hex digits of an entity id after its "e".</summary>
        private const int IdDigits = 12;
        private const int BitsPerDigit = 4;
        private const int DigitMask = (1 << BitsPerDigit) - 1;
        private const string HexDigits = "0123456789abcdef";

        // Spelled out rather than formatted from the enum: that query and Enum.ToString compiled a dozen methods in the
        // single pass of an ingest. Indexed by the type's value.
        private static readonly string[] TypeNames = [nameof(EntityType.Person), nameof(EntityType.Organization), nameof(EntityType.Place), nameof(EntityType.Other)];

        // Scratch lists reused across nodes.
        private readonly List<string> names = [];
        private readonly List<string> aliases = [];
        private readonly List<int> articles = [];

        /// <summary>Turns every node into a global entity, sorts them and indexes them by document entity.</summary>
        private Snapshot Finish()
        {
            var (members, memberStart) = GatherMembers();
            var made = new GlobalEntity[nodeCount];
            for (var n = 0; n < nodeCount; n++) made[n] = ToGlobal(n, members.AsSpan(memberStart[n], memberCount[n]));
            // By name, then id; creation order settles what is left, as a stable sort would.
            var order = NameOrder(made);
            var list = new GlobalEntity[nodeCount];
            for (var i = 0; i < order.Length; i++) list[i] = made[order[i]];

            var docIndex = new Dictionary<string, int>(docs.Length, StringComparer.Ordinal);
            var byDoc = new GlobalEntity?[]?[docs.Length];
            Dictionary<(int, int), GlobalEntity>? odd = null;
            for (var d = 0; d < docs.Length; d++)
            {
                docIndex[docs[d].ArticleId] = d;
                int start = docStart[d], end = docStart[d + 1];
                var regular = true;
                for (var f = start; f < end; f++) regular &= (uint)entity[f].Index < (uint)(end - start);
                var table = regular ? byDoc[d] = new GlobalEntity?[end - start] : null;
                odd ??= regular ? null : [];
                // Full names were assigned first, lone names after: a repeated index keeps the later one.
                for (var pass = 0; pass < 2; pass++)
                    for (var f = start; f < end; f++)
                    {
                        if (full[f] != (pass == 0)) continue;
                        if (table is not null) table[entity[f].Index] = made[nodeOfEntity[f]];
                        else odd![(d, entity[f].Index)] = made[nodeOfEntity[f]];
                    }
            }
            return new Snapshot(list, docIndex, byDoc, odd);
        }

        /// <summary>What a global entity is made of, per member: its full name (null for a lone name), aliases and document.</summary>
        private readonly record struct Member(string? FullName, IReadOnlyList<string> Aliases, int Doc);

        /// <summary>Every node's members side by side (a node's from <c>start[n]</c>, in flat order), read in one pass in flat order.</summary>
        /// <remarks>
        /// The member lists are linked through the flat entities from document to document: following them read the
        /// entities (and their objects) in scattered order, a cache miss per member. Gathered in flat order, the entities
        /// are read as they lie; only the writes scatter. The order of a node's members does not change its entity: its
        /// names, aliases and articles are all sorted.
        /// </remarks>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private (Member[] Members, int[] Start) GatherMembers()
        {
            var start = new int[nodeCount + 1];
            for (var n = 0; n < nodeCount; n++) start[n + 1] = start[n] + memberCount[n];
            // Filling moves each node's start to its end; the pass after puts them back.
            var members = new Member[entity.Length];
            for (var f = 0; f < entity.Length; f++)
            {
                var e = entity[f];
                members[start[nodeOfEntity[f]]++] = new Member(full[f] ? e.Name : null, e.Aliases, entityDoc[f]);
            }
            for (var n = nodeCount; n > 0; n--) start[n] = start[n - 1];
            start[0] = 0;
            return (members, start);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private GlobalEntity ToGlobal(int n, ReadOnlySpan<Member> members)
        {
            var type = MajorityType(n);
            string name;
            IReadOnlyList<string> aliasList, articleList;
            if (members.Length == 1 && IsSortedDistinct(members[0].Aliases))
            {
                // Most nodes are one mention of one article: skip the grouping.
                var m = members[0];
                name = m.FullName ?? nodeKey[n];
                aliasList = m.Aliases;
                articleList = [docs[m.Doc].ArticleId];
            }
            else
            {
                names.Clear();
                aliases.Clear();
                articles.Clear();
                foreach (var m in members)
                {
                    if (m.FullName is not null) names.Add(m.FullName);
                    if (m.Aliases is string[] array) CollectionExtensions.AddRange(aliases, new ReadOnlySpan<string>(array));
                    else aliases.AddRange(m.Aliases);
                    articles.Add(m.Doc);
                }
                name = names.Count == 0 ? nodeKey[n] : MostCommon(names);
                aliases.Sort(StringComparer.Ordinal);
                aliasList = Distinct(aliases);
                // Documents are in ordinal id order, so their indexes sort as their ids do.
                articles.Sort();
                var distinct = 1;
                for (var i = 1; i < articles.Count; i++) if (articles[i] != articles[i - 1]) distinct++;
                var ids = new string[distinct];
                for (int i = 0, k = 0; i < articles.Count; i++)
                    if (i == 0 || articles[i] != articles[i - 1]) ids[k++] = docs[articles[i]].ArticleId;
                articleList = ids;
            }
            return new GlobalEntity(IdOf(type, nodeKey[n]), name, type, aliasList, articleList);
        }

        /// <summary>The name most members use; on a tie the longer, then the ordinally first.</summary>
        private static string MostCommon(List<string> names)
        {
            names.Sort(StringComparer.Ordinal);
            string best = names[0];
            var bestCount = 0;
            for (var i = 0; i < names.Count;)
            {
                var j = i + 1;
                while (j < names.Count && string.Equals(names[j], names[i], StringComparison.Ordinal)) j++;
                // Groups come in ordinal order, so an equal count and length keeps the earlier one.
                if (j - i > bestCount || (j - i == bestCount && names[i].Length > best.Length))
                {
                    best = names[i];
                    bestCount = j - i;
                }
                i = j;
            }
            return best;
        }

        private static string[] Distinct(List<string> sorted)
        {
            var count = sorted.Count == 0 ? 0 : 1;
            for (var i = 1; i < sorted.Count; i++) if (!string.Equals(sorted[i], sorted[i - 1], StringComparison.Ordinal)) count++;
            var result = new string[count];
            for (int i = 0, k = 0; i < sorted.Count; i++)
                if (i == 0 || !string.Equals(sorted[i], sorted[i - 1], StringComparison.Ordinal)) result[k++] = sorted[i];
            return result;
        }

        private static bool IsSortedDistinct(IReadOnlyList<string> names)
        {
            // The recognizer gives arrays: read them as spans rather than through the list interface.
            if (names is string[] array) return IsSortedDistinct(new ReadOnlySpan<string>(array));
            for (var i = 1; i < names.Count; i++)
                if (string.CompareOrdinal(names[i - 1], names[i]) >= 0) return false;
            return true;
        }

        private static bool IsSortedDistinct(ReadOnlySpan<string> names)
        {
            for (var i = 1; i < names.Length; i++)
                if (string.CompareOrdinal(names[i - 1], names[i]) >= 0) return false;
            return true;
        }

        /// <summary>"e" and the first 12 hex digits of the FNV-1a hash of "Type:lowercase key", without building that string when the key is ASCII.</summary>
        private static string IdOf(EntityType type, string key)
        {
            var h = 14695981039346656037UL;
            foreach (var c in TypeNames[(int)type]) h = (h ^ c) * 1099511628211UL;
            h = (h ^ ':') * 1099511628211UL;
            if (Ascii.IsValid(key))
                foreach (var c in key) h = (h ^ (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c)) * 1099511628211UL;
            else
                foreach (var c in key.ToLowerInvariant()) h = (h ^ c) * 1099511628211UL;
            // "x12" formatting wrote at least twelve digits, all of them when the hash needs more, and the id kept the
            // first twelve: the top twelve digits of the shortest form, written here without the general formatter.
            var digits = Math.Max(IdDigits, (sizeof(ulong) * 8 - BitOperations.LeadingZeroCount(h) + BitsPerDigit - 1) / BitsPerDigit);
            var top = h >> (BitsPerDigit * (digits - IdDigits));
            Span<char> id = stackalloc char[IdDigits + 1];
            id[0] = 'e';
            for (var d = IdDigits; d >= 1; d--, top >>= BitsPerDigit) id[d] = HexDigits[(int)top & DigitMask];
            return new string(id);
        }
    }
}
