using System.Runtime.InteropServices;

namespace Storyline.Events;

public sealed partial class EventClusterer
{
    // Average-link agglomeration over a sparse graph: pairs without an edge count as 0.
    // Merges go best-first with ties broken by cluster index, so the result is deterministic.
    // Nodes are local indices 0..n-1 in canonical (id) order; edges use local indices, and a cluster's label is
    // the index of its first member.
    private int[] AverageLink(int[] nodes, List<Edge> edges, double threshold)
    {
        var n = nodes.Length;
        var parent = new int[n];
        var size = new int[n];
        var minDate = new DateOnly?[n];
        var maxDate = new DateOnly?[n];
        var version = new int[n];
        // Each node's links sized for its edges up front, so building them never grows a table.
        var degree = new int[n];
        foreach (var e in edges)
        {
            degree[e.A]++;
            degree[e.B]++;
        }
        var links = new Dictionary<int, double>[n];
        for (var i = 0; i < n; i++)
        {
            parent[i] = i;
            size[i] = 1;
            minDate[i] = maxDate[i] = documents[nodes[i]].Date;
            links[i] = new Dictionary<int, double>(degree[i]);
        }

        foreach (var e in edges)
        {
            links[e.A][e.B] = e.Similarity;
            links[e.B][e.A] = e.Similarity;
        }
        // Local indices follow the canonical order, so ranking by index makes tie-breaks independent of insertion order.
        var queue = new PriorityQueue<(int A, int B, int VA, int VB), MergePriority>();
        void Push(int a, int b, double sum)
        {
            var score = Math.Round(sum / ((double)size[a] * size[b]), 9);
            if (score < threshold) return;
            var (ra, rb) = a < b ? (a, b) : (b, a);
            queue.Enqueue((a, b, version[a], version[b]), new MergePriority(score, ra, rb));
        }
        foreach (var e in edges) Push(e.A, e.B, e.Similarity);

        var neighbours = new List<KeyValuePair<int, double>>();
        while (queue.TryDequeue(out var item, out _))
        {
            var (a, b, va, vb) = item;
            if (parent[a] != a || parent[b] != b || version[a] != va || version[b] != vb) continue;
            if (SpanDays(minDate[a], maxDate[a], minDate[b], maxDate[b]) > options.MaxEventSpanDays) continue;
            // Keep the lower-ranked cluster as the survivor.
            if (b < a) (a, b) = (b, a);
            parent[b] = a;
            size[a] += size[b];
            minDate[a] = Min(minDate[a], minDate[b]);
            maxDate[a] = Max(maxDate[a], maxDate[b]);
            var linksA = links[a];
            foreach (var (other, sum) in links[b])
            {
                if (other == a) continue;
                ref var merged = ref CollectionsMarshal.GetValueRefOrAddDefault(linksA, other, out _);
                merged += sum;
                var linksOther = links[other];
                linksOther.Remove(b);
                linksOther[a] = merged;
            }
            linksA.Remove(b);
            links[b] = [];
            version[a]++;
            version[b]++;
            neighbours.Clear();
            neighbours.AddRange(linksA);
            CollectionsMarshal.AsSpan(neighbours).Sort(static (x, y) => x.Key.CompareTo(y.Key));
            foreach (var (other, sum) in neighbours) Push(a, other, sum);
        }

        var cluster = new int[n];
        for (var i = 0; i < n; i++)
        {
            var r = i;
            while (parent[r] != r) r = parent[r];
            cluster[i] = r;
        }
        return cluster;
    }

    // Best score first, then the pair of lowest ranks.
    private readonly record struct MergePriority(double Score, int RankA, int RankB) : IComparable<MergePriority>
    {
        public int CompareTo(MergePriority other)
        {
            var c = other.Score.CompareTo(Score);
            if (c != 0) return c;
            c = RankA.CompareTo(other.RankA);
            return c != 0 ? c : RankB.CompareTo(other.RankB);
        }
    }

    private static double SpanDays(DateOnly? minA, DateOnly? maxA, DateOnly? minB, DateOnly? maxB)
    {
        var min = Min(minA, minB);
        var max = Max(maxA, maxB);
        return min is null || max is null ? 0 : max.Value.DayNumber - min.Value.DayNumber;
    }

    private static DateOnly? Min(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;
    private static DateOnly? Max(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
