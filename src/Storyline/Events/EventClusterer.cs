using System.Diagnostics;

namespace Storyline.Events;

/// <summary>
/// Groups articles into events. Articles arrive one at a time (<see cref="Add"/>) and get a
/// provisional event at once: candidates come from an inverted index of terms, never from a
/// scan of all events. <see cref="Consolidate"/> then recomputes the events as average-link
/// clusters of the whole similarity graph with the final term statistics, in a canonical
/// order, so the result depends only on the set of articles, not on their order.
/// </summary>
public sealed partial class EventClusterer
{
    private readonly ClusteringOptions options;
    private readonly EventTermExtractor extractor;
    private readonly Dictionary<string, int> termIds = new(StringComparer.Ordinal);
    private readonly List<int> documentFrequency = [];
    // The background share of each term, looked up once when the term is first seen: IDF asks for it per document term.
    private readonly List<double> backgroundShare = [];
    private readonly BackgroundFrequencies background = BackgroundFrequencies.Shared;
    // Documents by term id, for the provisional assignment of a stream; a batch that only consolidates never reads
    // them, so they are built on the first streamed article (from every document indexed before it).
    private List<List<int>>? postings;
    private readonly List<Document> documents = [];
    private readonly Dictionary<string, int> documentIndex = new(StringComparer.Ordinal);
    private readonly List<int> provisionalEvent = [];
    private readonly List<int> provisionalSize = [];
    // Scratch postings of SimilarityEdges, by term id; empty between calls.
    private int[]?[] postingDocs = [];
    private double[]?[] postingWeights = [];
    private int[] postingFill = [];

    /// <summary>A clusterer with <paramref name="options"/> (defaults when null).</summary>
    public EventClusterer(ClusteringOptions? options = null)
    {
        this.options = options ?? new ClusteringOptions();
        extractor = new EventTermExtractor(this.options);
    }

    /// <summary>Number of articles added.</summary>
    public int Count => documents.Count;

    /// <summary>
    /// Adds an article to the index (an id seen before is ignored). Use this for batches that
    /// end in <see cref="Consolidate"/>; <see cref="AddAndAssign"/> also places the article at once.
    /// </summary>
    public void Add(EventInput input) => Index(input);

    /// <summary>
    /// Adds an article, as in a stream, and returns its provisional event (an index among
    /// provisional events); an article id seen before keeps its event.
    /// </summary>
    public int AddAndAssign(EventInput input)
    {
        if (postings is null)
        {
            postings = new List<List<int>>(termIds.Count);
            for (var term = 0; term < termIds.Count; term++) postings.Add([]);
            for (var d = 0; d < documents.Count; d++)
                foreach (var term in documents[d].Terms) postings[term].Add(d);
        }
        var index = Index(input);
        while (provisionalEvent.Count < documents.Count) provisionalEvent.Add(-1);
        if (provisionalEvent[index] >= 0) return provisionalEvent[index];
        Weights(documents[index], documents.Count);
        return provisionalEvent[index] = AssignProvisionally(index);
    }

    /// <summary>
    /// The weighted terms of one article, for callers that extract ahead of time (on another
    /// thread, while the article is being stored). Thread-safe.
    /// </summary>
    public EventTerms ExtractTerms(EventInput input)
    {
        return new EventTerms(extractor.Extract(input));
    }

    /// <summary>
    /// Adds many articles; terms not given in <paramref name="prepared"/> are extracted on all
    /// cores; indexing follows the given order.
    /// </summary>
    public void AddRange(IReadOnlyList<EventInput> inputs, IReadOnlyList<EventTerms?>? prepared = null)
    {
        var extracted = new EventTerms[inputs.Count];
        Parallel.For(0, inputs.Count, i => extracted[i] = prepared?[i] ?? ExtractTerms(inputs[i]));
        for (var i = 0; i < inputs.Count; i++) Index(inputs[i], extracted[i]);
    }

    private int Index(EventInput input, EventTerms? extracted = null)
    {
        if (documentIndex.TryGetValue(input.Id, out var existing)) return existing;
        var weights = (extracted ?? ExtractTerms(input)).Weights;
        var ids = new int[weights.Length];
        var termWeights = new float[weights.Length];
        for (var k = 0; k < weights.Length; k++)
        {
            var (term, weight) = weights[k];
            if (!termIds.TryGetValue(term, out var id))
            {
                id = termIds.Count;
                termIds.Add(term, id);
                documentFrequency.Add(0);
                backgroundShare.Add(background.Share(term));
                postings?.Add([]);
            }
            ids[k] = id;
            termWeights[k] = weight;
        }
        // A document's terms are distinct, so sorting by id alone is deterministic.
        Array.Sort(ids, termWeights);
        var index = documents.Count;
        var document = new Document(input.Id, input.Date, ids, termWeights);
        AssertSorted(document.Terms);
        documents.Add(document);
        documentIndex.Add(input.Id, index);
        foreach (var term in document.Terms)
        {
            documentFrequency[term]++;
            postings?[term].Add(index);
        }

        return index;
    }

    // Join the provisional event with the best average link to this article, or open a new one.
    // Candidates come from the postings of the article's terms; weights use the current IDF.
    private int AssignProvisionally(int index)
    {
        var document = documents[index];
        var count = (double)documents.Count;
        var cap = RetrievalCap();
        var own = Weights(document, count);
        var scores = new Dictionary<int, double>();
        for (var k = 0; k < document.Terms.Length; k++)
        {
            var term = document.Terms[k];
            if (documentFrequency[term] > cap) continue;
            var idf = Idf(term, count);
            foreach (var other in postings![term])
            {
                if (other == index || other >= provisionalEvent.Count || provisionalEvent[other] < 0) continue;
                var o = documents[other];
                var pos = Array.BinarySearch(o.Terms, term);
                scores[other] = scores.GetValueOrDefault(other) + own[k] * Tf(o.Weights[pos]) * idf / o.Norm;
            }
        }
        var linkSums = new Dictionary<int, double>();
        foreach (var (other, dot) in scores)
        {
            var similarity = dot * TimeFactor(document.Date, documents[other].Date);
            if (similarity < options.EdgeFloor) continue;
            var ev = provisionalEvent[other];
            linkSums[ev] = linkSums.GetValueOrDefault(ev) + similarity;
        }
        var best = -1;
        var bestScore = options.JoinThreshold;
        foreach (var (ev, sum) in linkSums.OrderBy(p => p.Key))
        {
            var score = sum / provisionalSize[ev];
            if (score >= bestScore) { best = ev; bestScore = score; }
        }
        if (best < 0)
        {
            best = provisionalSize.Count;
            provisionalSize.Add(0);
        }
        provisionalSize[best]++;
        return best;
    }

    private double RetrievalCap() => Math.Max(options.MinRetrievalDocuments, options.MaxRetrievalDocumentShare * documents.Count);

    private static double Tf(float weight) => weight < 1 ? weight : 1 + Math.Log(weight);

    // Normalized TF-IDF weights of a document under the current document frequencies.
    private double[] Weights(Document document, double count)
    {
        var weights = new double[document.Terms.Length];
        double norm = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = Tf(document.Weights[i]) * Idf(document.Terms[i], count);
            norm += weights[i] * weights[i];
        }
        norm = Math.Sqrt(norm);
        if (norm > 0) for (var i = 0; i < weights.Length; i++) weights[i] /= norm;
        document.Norm = norm > 0 ? norm : 1;
        return weights;
    }

    /// <summary>
    /// The events of all articles added so far, recomputed from the whole similarity graph:
    /// the same set of articles gives the same events whatever the order they were added in.
    /// </summary>
    public EventClustering Consolidate()
    {
        // Canonical order: dated articles by (date, id), then undated ones by id. It depends only on
        // the set of articles, and it lets the pair scan stop at the end of the time window.
        var order = Enumerable.Range(0, documents.Count)
            .OrderBy(i => documents[i].Date is null ? 1 : 0)
            .ThenBy(i => documents[i].Date ?? default)
            .ThenBy(i => documents[i].Id, StringComparer.Ordinal)
            .ToArray();
        var local = new int[documents.Count];
        for (var r = 0; r < order.Length; r++) local[order[r]] = r;
        var vectors = new double[order.Length][];
        for (var r = 0; r < order.Length; r++) vectors[r] = Weights(documents[order[r]], documents.Count);
        var edges = SimilarityEdges(order, vectors);
        var coarse = AverageLink(order, edges, options.JoinThreshold);
        var clusterOf = new int[documents.Count];
        var next = 0;
        foreach (var group in Enumerable.Range(0, order.Length).GroupBy(i => coarse[i]).OrderBy(g => g.Key))
        {
            var members = group.Select(i => order[i]).ToArray();
            foreach (var part in Split(members))
            {
                foreach (var m in part) clusterOf[m] = next;
                next++;
            }
        }

        var events = new List<EventCluster>();
        foreach (var group in order.GroupBy(i => clusterOf[i]))
        {
            var ids = group.Select(i => documents[i].Id).Order(StringComparer.Ordinal).ToArray();
            events.Add(new EventCluster(EventCluster.IdFor(ids), ids));
        }
        var links = edges
            .Where(e => clusterOf[order[e.A]] == clusterOf[order[e.B]])
            .Select(e => (X: documents[order[e.A]].Id, Y: documents[order[e.B]].Id, e.Similarity))
            .Select(e => string.CompareOrdinal(e.X, e.Y) < 0 ? new EventLink(e.X, e.Y, e.Similarity) : new EventLink(e.Y, e.X, e.Similarity))
            .ToArray();
        return new EventClustering(events.OrderBy(e => e.ArticleIds[0], StringComparer.Ordinal).ToArray(), links);
    }

    // All pairs with similarity at or above the edge floor, through weighted postings: each pair's
    // dot product is accumulated term by term, so no pair without a shared term is ever visited.
    // Terms in more documents than the retrieval cap carry little weight and are left out.
    private List<Edge> SimilarityEdges(int[] order, double[][] vectors) => SimilarityEdges(order, vectors, RetrievalCap(), options.EdgeFloor);

    private List<Edge> SimilarityEdges(int[] order, double[][] vectors, double cap, double floor)
    {
        // Postings by term id (null for a term left out), in canonical document order, as arrays: the pair loop below
        // is the hottest of clustering. The arrays span all terms and are kept between calls, since a split calls this
        // for many small clusters; only the terms used are cleared afterwards.
        if (postingDocs.Length < termIds.Count)
        {
            postingDocs = new int[]?[termIds.Count];
            postingWeights = new double[]?[termIds.Count];
            postingFill = new int[termIds.Count];
        }
        // Where each row's own entry sits in each of its terms' postings (-1 when left out), so the pair loop starts
        // right after it without searching: rows lie end to end, a row's terms from rowStart[r].
        var rowStart = new int[order.Length + 1];
        for (var r = 0; r < order.Length; r++) rowStart[r + 1] = rowStart[r] + documents[order[r]].Terms.Length;
        var ownPosition = new int[rowStart[order.Length]];
        var used = new List<int>();
        for (var r = 0; r < order.Length; r++)
        {
            var terms = documents[order[r]].Terms;
            for (var k = 0; k < terms.Length; k++)
            {
                var df = documentFrequency[terms[k]];
                if (df < 2 || df > cap || vectors[r][k] == 0) { ownPosition[rowStart[r] + k] = -1; continue; }
                if (postingFill[terms[k]]++ == 0) used.Add(terms[k]);
            }
        }
        foreach (var term in used)
        {
            postingDocs[term] = new int[postingFill[term]];
            postingWeights[term] = new double[postingFill[term]];
            postingFill[term] = 0;
        }
        for (var r = 0; r < order.Length; r++)
        {
            var terms = documents[order[r]].Terms;
            for (var k = 0; k < terms.Length; k++)
            {
                if (ownPosition[rowStart[r] + k] < 0) continue;
                var p = postingFill[terms[k]]++;
                postingDocs[terms[k]]![p] = r;
                postingWeights[terms[k]]![p] = vectors[r][k];
                ownPosition[rowStart[r] + k] = p;
            }
        }
        var dates = order.Select(i => documents[i].Date).ToArray();
        var firstUndated = Array.FindIndex(dates, d => d is null);
        if (firstUndated < 0) firstUndated = order.Length;
        var days = new int[order.Length];
        for (var r = 0; r < order.Length; r++) days[r] = dates[r]?.DayNumber ?? 0;
        var span = (int)Math.Ceiling(options.MaxEventSpanDays);
        // Rows are independent: compute them in parallel, each into its own list, then join in row order.
        var rows = new List<Edge>[order.Length];
        Parallel.For(0, order.Length, () => (new double[order.Length], new List<int>()), (a, _, scratch) =>
        {
            var (accumulator, touched) = scratch;
            var row = new List<Edge>();
            var terms = documents[order[a]].Terms;
            for (var k = 0; k < terms.Length; k++)
            {
                var own = ownPosition[rowStart[a] + k];
                if (own < 0) continue;
                var docs = postingDocs[terms[k]]!;
                var weights = postingWeights[terms[k]]!;
                var wa = vectors[a][k];
                // Postings are in canonical order: start after a so each pair is summed once; a dated
                // article meets later dated ones only inside its time window, and every undated one.
                var p = own + 1;
                if (dates[a] is not null)
                {
                    var last = days[a] + span;
                    for (; p < docs.Length && docs[p] < firstUndated && days[docs[p]] <= last; p++)
                    {
                        var b = docs[p];
                        if (accumulator[b] == 0) touched.Add(b);
                        accumulator[b] += wa * weights[p];
                    }
                    if (p < docs.Length && docs[p] < firstUndated)
                    {
                        var u = Array.BinarySearch(docs, p, docs.Length - p, firstUndated);
                        p = u < 0 ? ~u : u;
                    }
                }
                for (; p < docs.Length; p++)
                {
                    var b = docs[p];
                    if (accumulator[b] == 0) touched.Add(b);
                    accumulator[b] += wa * weights[p];
                }
            }
            touched.Sort();
            foreach (var b in touched)
            {
                var similarity = Math.Round(accumulator[b] * TimeFactor(documents[order[a]].Date, documents[order[b]].Date), 9);
                accumulator[b] = 0;
                if (similarity >= floor) row.Add(new Edge(a, b, similarity));
            }
            touched.Clear();
            rows[a] = row;
            return scratch;
        }, _ => { });
        foreach (var term in used)
        {
            postingDocs[term] = null;
            postingWeights[term] = null;
            postingFill[term] = 0;
        }
        var edges = new List<Edge>();
        foreach (var row in rows) edges.AddRange(row);
        return edges;
    }

    /// <summary>1 for articles close in time, decaying with distance, 0 past the longest event span; 1 when a date is unknown.</summary>
    internal double TimeFactor(DateOnly? a, DateOnly? b)
    {
        if (a is null || b is null) return 1;
        var days = Math.Abs(a.Value.DayNumber - b.Value.DayNumber);
        if (days > options.MaxEventSpanDays) return 0;
        if (days <= options.SameTimeDays) return 1;
        return Math.Pow(0.5, (days - options.SameTimeDays) / options.TimeHalfLifeDays);
    }

    private static double Dot(int[] aTerms, double[] aWeights, int[] bTerms, double[] bWeights)
    {
        double sum = 0;
        int i = 0, j = 0;
        while (i < aTerms.Length && j < bTerms.Length)
        {
            var c = aTerms[i].CompareTo(bTerms[j]);
            if (c == 0) sum += aWeights[i++] * bWeights[j++];
            else if (c < 0) i++;
            else j++;
        }
        return sum;
    }

    // IDF over the corpus plus a fixed number of virtual background articles (see BackgroundFrequencies).
    private double Idf(int term, double count)
    {
        var prior = options.BackgroundDocuments;
        var df = documentFrequency[term] + prior * backgroundShare[term];
        return Math.Log((count + prior + 1) / (df + 0.5));
    }

    [Conditional("DEBUG")]
    private static void AssertSorted(int[] terms)
    {
        for (var i = 1; i < terms.Length; i++) Debug.Assert(terms[i - 1] < terms[i], "terms must be sorted and distinct");
    }

    private sealed record Document(string Id, DateOnly? Date, int[] Terms, float[] Weights)
    {
        // Norm of the TF-IDF vector when last weighted; lets the provisional pass weight postings without recomputing it.
        public double Norm { get; set; } = 1;
    }

    private readonly record struct Edge(int A, int B, double Similarity);
}
