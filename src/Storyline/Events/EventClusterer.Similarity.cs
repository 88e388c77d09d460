using System.Runtime.InteropServices;

namespace Storyline.Events;

public sealed partial class EventClusterer
{
    // Below this many rows a similarity graph is computed on the calling thread: handing a split's few rows to the
    // thread pool costs more CPU than it saves.
    private const int MinParallelRows = 1024;

    // Scratch of SimilarityEdges by term id, kept between calls since a split calls it for many small clusters: where a
    // term's postings start in the flat postings, how far they are filled, and where its undated documents start.
    private int[] postingStart = [];
    private int[] postingFill = [];
    private int[] postingUndated = [];
    // The terms with postings in the current call; kept so the whole-corpus call does not grow a new list.
    private readonly List<int> usedTerms = [];

    // All pairs with similarity at or above the floor, through weighted postings: each pair's dot product is
    // accumulated term by term, so no pair without a shared term is ever visited. Terms in more documents than the
    // cap carry little weight and are left out. Rows are documents[order[r]] with weights vectors.Row(r).
    private List<Edge> SimilarityEdges(int[] order, Vectors vectors, double cap, double floor)
    {
        if (postingStart.Length < termIds.Count)
        {
            postingStart = new int[termIds.Count];
            postingFill = new int[termIds.Count];
            postingUndated = new int[termIds.Count];
        }
        var rowStart = vectors.RowStart;
        var weightsOf = vectors.Values;
        // Where each row's own entry sits in the flat postings (-1 when its term is left out), so the pair loop
        // starts right after it without searching.
        var ownPosition = new int[rowStart[order.Length]];
        var used = usedTerms;
        used.Clear();
        var total = 0;
        for (var r = 0; r < order.Length; r++)
        {
            var terms = documents[order[r]].Terms;
            for (var k = 0; k < terms.Length; k++)
            {
                var df = documentFrequency[terms[k]];
                if (df < 2 || df > cap || weightsOf[rowStart[r] + k] == 0) { ownPosition[rowStart[r] + k] = -1; continue; }
                if (postingFill[terms[k]]++ == 0) used.Add(terms[k]);
                total++;
            }
        }
        // Postings lie end to end in three flat arrays (document row, weight, day), each term's in canonical order.
        var offset = 0;
        foreach (var term in used)
        {
            postingStart[term] = offset;
            offset += postingFill[term];
            postingFill[term] = postingStart[term];
        }
        var days = new int[order.Length];
        var firstUndated = order.Length;
        for (var r = 0; r < order.Length; r++)
        {
            if (documents[order[r]].Date is { } date) days[r] = date.DayNumber;
            else if (firstUndated == order.Length) firstUndated = r;
        }
        var postingDocs = new int[total];
        var postingWeights = new double[total];
        var postingDays = new int[total];
        for (var r = 0; r < order.Length; r++)
        {
            var terms = documents[order[r]].Terms;
            for (var k = 0; k < terms.Length; k++)
            {
                if (ownPosition[rowStart[r] + k] < 0) continue;
                var p = postingFill[terms[k]]++;
                postingDocs[p] = r;
                postingWeights[p] = weightsOf[rowStart[r] + k];
                postingDays[p] = days[r];
                ownPosition[rowStart[r] + k] = p;
                // Rows come in canonical order, dated ones first: a term's undated postings start after its last dated one.
                if (r < firstUndated) postingUndated[terms[k]] = p + 1;
            }
        }
        foreach (var term in used)
            if (postingUndated[term] <= postingStart[term]) postingUndated[term] = postingStart[term];
        var span = (int)Math.Ceiling(options.MaxEventSpanDays);
        var timeFactors = new double[span + 1];
        for (var d = 0; d <= span; d++) timeFactors[d] = TimeFactorOfDays(d);

        // Rows are independent: each worker appends its rows' edges to its own list and notes where each row's lie;
        // the lists are then joined in row order.
        var rowOwner = new EdgeWorker[order.Length];
        var rowFrom = new int[order.Length];
        var rowCount = new int[order.Length];
        void Row(int a, EdgeWorker worker)
        {
            var accumulator = worker.Accumulator;
            var touched = worker.Touched;
            var terms = documents[order[a]].Terms;
            for (var k = 0; k < terms.Length; k++)
            {
                var own = ownPosition[rowStart[a] + k];
                if (own < 0) continue;
                var term = terms[k];
                var end = postingFill[term];
                var wa = weightsOf[rowStart[a] + k];
                // Postings are in canonical order: start after a so each pair is summed once; a dated
                // article meets later dated ones only inside its time window, and every undated one.
                var p = own + 1;
                if (a < firstUndated)
                {
                    var last = days[a] + span;
                    var undated = postingUndated[term];
                    for (; p < undated && postingDays[p] <= last; p++)
                    {
                        var b = postingDocs[p];
                        if (accumulator[b] == 0) touched.Add(b);
                        accumulator[b] += wa * postingWeights[p];
                    }
                    if (p < undated) p = undated;
                }
                for (; p < end; p++)
                {
                    var b = postingDocs[p];
                    if (accumulator[b] == 0) touched.Add(b);
                    accumulator[b] += wa * postingWeights[p];
                }
            }
            touched.Sort();
            rowOwner[a] = worker;
            rowFrom[a] = worker.Edges.Count;
            foreach (var b in touched)
            {
                // Undated articles lose nothing for time; dated ones here lie within the window, so the table covers them.
                var factor = a >= firstUndated || b >= firstUndated ? 1 : timeFactors[Math.Abs(days[b] - days[a])];
                var similarity = Math.Round(accumulator[b] * factor, 9);
                accumulator[b] = 0;
                if (similarity >= floor) worker.Edges.Add(new Edge(a, b, similarity));
            }
            rowCount[a] = worker.Edges.Count - rowFrom[a];
            touched.Clear();
        }
        if (order.Length < MinParallelRows)
        {
            var worker = new EdgeWorker(order.Length);
            for (var a = 0; a < order.Length; a++) Row(a, worker);
        }
        else
        {
            Parallel.For(0, order.Length, () => new EdgeWorker(order.Length), (a, _, worker) =>
            {
                Row(a, worker);
                return worker;
            }, _ => { });
        }
        foreach (var term in used)
        {
            postingStart[term] = 0;
            postingFill[term] = 0;
            postingUndated[term] = 0;
        }
        var count = 0;
        foreach (var c in rowCount) count += c;
        var edges = new List<Edge>(count);
        for (var a = 0; a < order.Length; a++)
            if (rowCount[a] > 0) edges.AddRange(CollectionsMarshal.AsSpan(rowOwner[a].Edges).Slice(rowFrom[a], rowCount[a]));
        return edges;
    }

    // One worker's scratch: dot products by row, the rows touched, and the edges of the rows it has done.
    private sealed class EdgeWorker(int rows)
    {
        public double[] Accumulator { get; } = new double[rows];
        public List<int> Touched { get; } = [];
        public List<Edge> Edges { get; } = [];
    }

    // TF-IDF vectors of rows end to end: row r's weights (one per term of its document) from RowStart[r].
    private sealed class Vectors
    {
        public Vectors(int[] order, List<Document> documents)
        {
            RowStart = new int[order.Length + 1];
            for (var r = 0; r < order.Length; r++) RowStart[r + 1] = RowStart[r] + documents[order[r]].Terms.Length;
            Values = new double[RowStart[order.Length]];
        }

        public int[] RowStart { get; }

        public double[] Values { get; }

        public Span<double> Row(int r) => Values.AsSpan(RowStart[r], RowStart[r + 1] - RowStart[r]);
    }
}
