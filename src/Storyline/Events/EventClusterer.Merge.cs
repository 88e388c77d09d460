namespace Storyline.Events;

public sealed partial class EventClusterer
{
    // Average-link agglomeration over a sparse graph: pairs without an edge count as 0.
    // Merges go best-first with ties broken by cluster index, so the result is deterministic.
    // Nodes are local indices 0..n-1 in canonical (id) order; edges use local indices.
    private int[] AverageLink(int[] nodes, List<Edge> edges, double threshold)
    {
        var n = nodes.Length;
        var parent = new int[n];
        var size = new int[n];
        var minDate = new DateOnly?[n];
        var maxDate = new DateOnly?[n];
        var links = new Dictionary<int, double>[n];
        var version = new int[n];
        for (var i = 0; i < n; i++)
        {
            parent[i] = i;
            size[i] = 1;
            minDate[i] = maxDate[i] = documents[nodes[i]].Date;
            links[i] = [];
        }
        // Local indices follow the id order, so tie-breaks do not depend on insertion order.
        var rank = new int[n];
        for (var r = 0; r < n; r++) rank[r] = r;

        foreach (var e in edges)
        {
            links[e.A][e.B] = e.Similarity;
            links[e.B][e.A] = e.Similarity;
        }
        var queue = new PriorityQueue<(int A, int B, int VA, int VB), (double Score, int RA, int RB)>(
            Comparer<(double Score, int RA, int RB)>.Create(static (x, y) =>
            {
                var c = y.Score.CompareTo(x.Score);
                if (c != 0) return c;
                c = x.RA.CompareTo(y.RA);
                return c != 0 ? c : x.RB.CompareTo(y.RB);
            }));
        void Push(int a, int b)
        {
            var score = Math.Round(links[a][b] / ((double)size[a] * size[b]), 9);
            if (score < threshold) return;
            var (ra, rb) = rank[a] < rank[b] ? (rank[a], rank[b]) : (rank[b], rank[a]);
            queue.Enqueue((a, b, version[a], version[b]), (score, ra, rb));
        }
        foreach (var e in edges) Push(e.A, e.B);

        while (queue.TryDequeue(out var item, out _))
        {
            var (a, b, va, vb) = item;
            if (parent[a] != a || parent[b] != b || version[a] != va || version[b] != vb) continue;
            if (SpanDays(minDate[a], maxDate[a], minDate[b], maxDate[b]) > options.MaxEventSpanDays) continue;
            // Keep the lower-ranked cluster as the survivor.
            if (rank[b] < rank[a]) (a, b) = (b, a);
            parent[b] = a;
            size[a] += size[b];
            minDate[a] = Min(minDate[a], minDate[b]);
            maxDate[a] = Max(maxDate[a], maxDate[b]);
            foreach (var (other, sum) in links[b])
            {
                if (other == a) continue;
                links[a][other] = links[a].GetValueOrDefault(other) + sum;
                links[other].Remove(b);
                links[other][a] = links[a][other];
            }
            links[a].Remove(b);
            links[b] = [];
            version[a]++;
            version[b]++;
            foreach (var other in links[a].Keys.OrderBy(k => rank[k])) Push(a, other);
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

    private static double SpanDays(DateOnly? minA, DateOnly? maxA, DateOnly? minB, DateOnly? maxB)
    {
        var min = Min(minA, minB);
        var max = Max(maxA, maxB);
        return min is null || max is null ? 0 : max.Value.DayNumber - min.Value.DayNumber;
    }

    private static DateOnly? Min(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;
    private static DateOnly? Max(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
