using System.Runtime.CompilerServices;
using System.Numerics;

namespace Storyline.Entities;

public sealed partial class EntityRegistry
{
    private sealed partial class Builder
    {
        /// <summary>The full-name persons a lone name could be, and how strongly each lone name's article points to each.</summary>
        /// <remarks>
        /// A candidate's score for an article is how often the candidate's full-name articles name each of that article's
        /// names (its own name aside). Rather than counting per candidate and article, the lone names are taken word by
        /// word. A word with few lone names marks their articles' names with one bit each and walks its candidates'
        /// articles once; a word with many builds a table from each name to the candidates whose articles have it (with
        /// the count), so each article's scores are a walk over its own names. Scores do not depend on which lone names
        /// attached before, so they are all computed ahead of the (ordered) attaching pass.
        /// </remarks>
        private sealed class Candidates
        {
            /// <summary>Up to this many lone entities of a word are scored by marking their articles' names (two walks of 64); more get a word table.</summary>
            private const int MarkedArticlesAtMost = 128;

            private readonly Builder b;
            // Candidates of each word (an interned name), in node order, as slices of one array.
            private readonly int[] wordStart;
            private readonly int[] candidate;
            // Interned first and last word of each candidate node; -1 when no entity has that name.
            private readonly int[] firstWord;
            private readonly int[] lastWord;
            // One entry per lone entity that has candidates, in flat order: where its scores start.
            private readonly int[] scoreStart;
            private readonly int[] occurrenceOf;
            private readonly int[] scores;

            public Candidates(Builder builder)
            {
                b = builder;
                firstWord = new int[b.nodeCount];
                lastWord = new int[b.nodeCount];
                var lookup = b.nameIds.GetAlternateLookup<ReadOnlySpan<char>>();
                var pairs = new List<(int Word, int Node)>();
                for (var n = 0; n < b.nodeCount; n++)
                {
                    var key = b.nodeKey[n];
                    var space = key.IndexOf(' ', StringComparison.Ordinal);
                    if (space < 0 || b.MajorityType(n) != EntityType.Person) continue;
                    var first = firstWord[n] = lookup.TryGetValue(key.AsSpan(0, space), out var w) ? w : -1;
                    var last = lastWord[n] = lookup.TryGetValue(key.AsSpan(key.LastIndexOf(' ') + 1), out w) ? w : -1;
                    if (first >= 0) pairs.Add((first, n));
                    if (last >= 0 && last != first) pairs.Add((last, n));
                }
                wordStart = new int[b.nameCount + 1];
                foreach (var (w, _) in pairs) wordStart[w + 1]++;
                for (var w = 0; w < b.nameCount; w++) wordStart[w + 1] += wordStart[w];
                candidate = new int[pairs.Count];
                var fill = new int[b.nameCount];
                Array.Copy(wordStart, fill, fill.Length);
                foreach (var (w, n) in pairs) candidate[fill[w]++] = n;

                occurrenceOf = new int[b.entity.Length];
                var occurrences = 0;
                var total = 0;
                for (var f = 0; f < b.entity.Length; f++)
                {
                    occurrenceOf[f] = -1;
                    if (b.full[f] || CountOf(b.nameOf[f]) == 0) continue;
                    occurrenceOf[f] = occurrences++;
                    total += CountOf(b.nameOf[f]);
                }
                scoreStart = new int[occurrences];
                scores = new int[total];
                total = 0;
                for (var f = 0; f < b.entity.Length; f++)
                    if (occurrenceOf[f] >= 0)
                    {
                        scoreStart[occurrenceOf[f]] = total;
                        total += CountOf(b.nameOf[f]);
                    }
            }

            private int CountOf(int word) => wordStart[word + 1] - wordStart[word];

            /// <summary>Scores every candidate of every lone name against that name's article.</summary>
            public void Score()
            {
                // The lone entities grouped by word, in flat order within a word.
                var byWord = new int[b.nameCount + 1];
                var lone = 0;
                for (var f = 0; f < b.entity.Length; f++)
                    if (occurrenceOf[f] >= 0) { byWord[b.nameOf[f] + 1]++; lone++; }
                for (var w = 0; w < b.nameCount; w++) byWord[w + 1] += byWord[w];
                var grouped = new int[lone];
                var fill = new int[b.nameCount];
                Array.Copy(byWord, fill, fill.Length);
                for (var f = 0; f < b.entity.Length; f++)
                    if (occurrenceOf[f] >= 0) grouped[fill[b.nameOf[f]]++] = f;

                var table = new WordTable(b.nameCount);
                var marks = new ulong[b.nameCount];
                for (var w = 0; w < b.nameCount; w++)
                {
                    if (byWord[w + 1] == byWord[w]) continue;
                    if (byWord[w + 1] - byWord[w] <= MarkedArticlesAtMost)
                    {
                        for (var i = byWord[w]; i < byWord[w + 1]; i += 64)
                            ScoreMarked(grouped.AsSpan(i, Math.Min(64, byWord[w + 1] - i)), candidate.AsSpan(wordStart[w], CountOf(w)), marks);
                        continue;
                    }
                    table.Build(b, candidate.AsSpan(wordStart[w], CountOf(w)));
                    for (var i = byWord[w]; i < byWord[w + 1]; i++)
                    {
                        var f = grouped[i];
                        var d = b.entityDoc[f];
                        table.Score(b.contextNames.AsSpan(b.contextStart[d], b.contextStart[d + 1] - b.contextStart[d]),
                            scores.AsSpan(scoreStart[occurrenceOf[f]], CountOf(w)));
                    }
                }
            }

            /// <summary>
            /// Scores up to 64 lone entities of one word in one walk over the candidates' articles: each name carries a bit
            /// per lone entity whose article has it. Cheaper than a word table while a word has few lone entities.
            /// </summary>
            [MethodImpl(MethodImplOptions.AggressiveOptimization)]
            private void ScoreMarked(ReadOnlySpan<int> lone, ReadOnlySpan<int> persons, ulong[] marks)
            {
                Span<int> scoreAt = stackalloc int[64];
                for (var t = 0; t < lone.Length; t++)
                {
                    scoreAt[t] = scoreStart[occurrenceOf[lone[t]]];
                    foreach (var c in b.ContextOf(b.entityDoc[lone[t]])) marks[c] |= 1UL << t;
                }
                for (var j = 0; j < persons.Length; j++)
                {
                    var p = persons[j];
                    var own = b.nodeName[p];
                    var previous = -1;
                    // Before any lone name joins, a node's members are its full-name mentions, linked newest document first.
                    for (var f = b.memberHead[p]; f >= 0; f = b.memberNext[f])
                    {
                        var d = b.entityDoc[f];
                        if (d == previous) continue;
                        previous = d;
                        foreach (var c in b.ContextOf(d))
                        {
                            var bits = marks[c];
                            if (bits == 0 || c == own) continue;
                            do
                            {
                                scores[scoreAt[BitOperations.TrailingZeroCount(bits)] + j]++;
                                bits &= bits - 1;
                            }
                            while (bits != 0);
                        }
                    }
                }
                foreach (var f in lone)
                    foreach (var c in b.ContextOf(b.entityDoc[f])) marks[c] = 0;
            }

            /// <summary>The person a lone entity (asked in flat order) belongs to, or -1.</summary>
            [MethodImpl(MethodImplOptions.AggressiveOptimization)]
            public int PersonFor(int f)
            {
                var o = occurrenceOf[f];
                if (o < 0) return -1;
                var word = b.nameOf[f];
                var persons = candidate.AsSpan(wordStart[word], CountOf(word));
                var score = scores.AsSpan(scoreStart[o], persons.Length);
                int best = -1, bestScore = -1, candidates = 0;
                var bySurname = false;
                for (var j = 0; j < persons.Length; j++)
                {
                    var p = persons[j];
                    var surname = lastWord[p] == word;
                    if (!surname && firstWord[p] != word) continue;
                    candidates++;
                    if (score[j] > bestScore || (score[j] == bestScore && best >= 0 && b.Prefer(p, best)))
                    {
                        best = p; bestScore = score[j]; bySurname = surname;
                    }
                }
                if (best < 0) return -1;
                // Context decides; without any, only an unshared surname is safe to attach.
                if (bestScore > 0) return best;
                return candidates == 1 && bySurname ? best : -1;
            }
        }

        /// <summary>For one word's candidates: each name their full-name articles carry, with which candidates and how often.</summary>
        private sealed class WordTable(int nameCount)
        {
            // Entries (name, candidate, count) in candidate order, before grouping by name.
            private int[] entryName = new int[1024];
            private int[] entryCandidate = new int[1024];
            private int[] entryCount = new int[1024];
            private readonly int[] candidateStamp = new int[nameCount];
            private readonly int[] lastEntry = new int[nameCount];
            private int candidateGeneration;
            // Rows: the entries grouped by name; a name has a row in the current table when its stamp is current.
            private readonly int[] rowStamp = new int[nameCount];
            private readonly int[] rowOf = new int[nameCount];
            private readonly int[] rowStart = new int[nameCount + 1];
            private int[] postCandidate = new int[1024];
            private int[] postCount = new int[1024];
            private int generation;

            [MethodImpl(MethodImplOptions.AggressiveOptimization)]
            public void Build(Builder b, ReadOnlySpan<int> candidates)
            {
                var n = 0;
                for (var j = 0; j < candidates.Length; j++)
                {
                    var p = candidates[j];
                    var own = b.nodeName[p];
                    var stamp = ++candidateGeneration;
                    var previous = -1;
                    // Before any lone name joins, a node's members are its full-name mentions, linked newest document first.
                    for (var f = b.memberHead[p]; f >= 0; f = b.memberNext[f])
                    {
                        var d = b.entityDoc[f];
                        if (d == previous) continue;
                        previous = d;
                        var names = b.contextNames.AsSpan(b.contextStart[d], b.contextStart[d + 1] - b.contextStart[d]);
                        if (n + names.Length > entryName.Length) Grow(n + names.Length);
                        foreach (var c in names)
                        {
                            if (c == own) continue;
                            if (candidateStamp[c] != stamp)
                            {
                                candidateStamp[c] = stamp;
                                lastEntry[c] = n;
                                entryName[n] = c;
                                entryCandidate[n] = j;
                                entryCount[n++] = 1;
                            }
                            else entryCount[lastEntry[c]]++;
                        }
                    }
                }

                generation++;
                var rows = 0;
                for (var e = 0; e < n; e++)
                {
                    var c = entryName[e];
                    if (rowStamp[c] != generation)
                    {
                        rowStamp[c] = generation;
                        rowOf[c] = rows;
                        rowStart[++rows] = 0;
                    }
                    rowStart[rowOf[c] + 1]++;
                }
                rowStart[0] = 0;
                for (var r = 0; r < rows; r++) rowStart[r + 1] += rowStart[r];
                if (postCandidate.Length < n)
                {
                    postCandidate = new int[entryName.Length];
                    postCount = new int[entryName.Length];
                }
                // Filling moves each row's start to its end; the pass after puts them back.
                for (var e = 0; e < n; e++)
                {
                    var at = rowStart[rowOf[entryName[e]]]++;
                    postCandidate[at] = entryCandidate[e];
                    postCount[at] = entryCount[e];
                }
                for (var r = rows; r > 0; r--) rowStart[r] = rowStart[r - 1];
                rowStart[0] = 0;
            }

            /// <summary>Adds to <paramref name="scores"/> (one per candidate) the counts of the article's names.</summary>
            [MethodImpl(MethodImplOptions.AggressiveOptimization)]
            public void Score(ReadOnlySpan<int> names, Span<int> scores)
            {
                foreach (var c in names)
                {
                    if (rowStamp[c] != generation) continue;
                    var r = rowOf[c];
                    for (var k = rowStart[r]; k < rowStart[r + 1]; k++) scores[postCandidate[k]] += postCount[k];
                }
            }

            private void Grow(int needed)
            {
                var size = Math.Max(needed, entryName.Length * 2);
                Array.Resize(ref entryName, size);
                Array.Resize(ref entryCandidate, size);
                Array.Resize(ref entryCount, size);
            }
        }
    }
}
