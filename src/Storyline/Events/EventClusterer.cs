using System.Diagnostics;
using System.Runtime.InteropServices;

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
    // Term id + 1 by the index the extracting thread gave the term, one array per vocabulary (thread table), zero for
    // an index not met yet: nearly every term of every article is found with one array read, without touching its
    // string. The ids themselves are still given here, in indexing order, so no thread's numbering shows in the output.
    private readonly Dictionary<object, int[]> termIdsByVocabulary = new(ReferenceEqualityComparer.Instance);
    private object? lastVocabulary;
    private int[] vocabularyIds = [];
    private const int InitialVocabularyIds = 1024;
    // Bits a term id is shifted by when packed above a weight's bits for sorting.
    private const int IdShift = 32;
    // Packed (id, weight) keys of the document being indexed; reused across documents.
    private long[] sortScratch = [];
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
        return extractor.Extract(input);
    }

    /// <summary>
    /// Adds many articles; terms not given in <paramref name="prepared"/> are extracted on all
    /// cores; indexing follows the given order.
    /// </summary>
    public void AddRange(IReadOnlyList<EventInput> inputs, IReadOnlyList<EventTerms?>? prepared = null)
    {
        var missing = prepared is null;
        for (var i = 0; i < inputs.Count && !missing; i++) missing = prepared![i] is null;
        if (!missing)
        {
            // Everything was extracted ahead of time: no work for other cores, so none is handed to the thread pool.
            for (var i = 0; i < inputs.Count; i++) Index(inputs[i], prepared![i]);
            return;
        }
        var extracted = new EventTerms[inputs.Count];
        Parallel.For(0, inputs.Count, i => extracted[i] = prepared?[i] ?? ExtractTerms(inputs[i]));
        for (var i = 0; i < inputs.Count; i++) Index(inputs[i], extracted[i]);
    }

    private int Index(EventInput input, EventTerms? extracted = null)
    {
        if (documentIndex.TryGetValue(input.Id, out var existing)) return existing;
        var terms = extracted ?? ExtractTerms(input);
        var weights = terms.Weights;
        // Consecutive documents mostly come from one thread's vocabulary: its array is looked up only when that changes.
        if (!ReferenceEquals(terms.Vocabulary, lastVocabulary))
        {
            lastVocabulary = terms.Vocabulary;
            if (!termIdsByVocabulary.TryGetValue(lastVocabulary, out var found))
                termIdsByVocabulary.Add(lastVocabulary, found = new int[InitialVocabularyIds]);
            vocabularyIds = found;
        }
        if (sortScratch.Length < weights.Length) sortScratch = new long[Math.Max(weights.Length, sortScratch.Length * 2)];
        var packed = sortScratch.AsSpan(0, weights.Length);
        for (var k = 0; k < weights.Length; k++)
        {
            var (term, weight, local) = weights[k];
            var id = (uint)local < (uint)vocabularyIds.Length ? vocabularyIds[local] - 1 : -1;
            if (id < 0) id = NewTermId(term, local);
            // The id in the high half and the weight's bits in the low: one array of keys sorts faster than keys with items.
            packed[k] = ((long)id << IdShift) | (uint)BitConverter.SingleToInt32Bits(weight);
        }
        // A document's terms are distinct, so sorting by id alone is deterministic.
        SortById(packed);
        var ids = new int[weights.Length];
        var termWeights = new float[weights.Length];
        for (var k = 0; k < packed.Length; k++)
        {
            ids[k] = (int)(packed[k] >> IdShift);
            termWeights[k] = BitConverter.Int32BitsToSingle((int)packed[k]);
        }
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

    // The id of a term first met by its index in the current vocabulary: found or given by its characters, then kept by
    // that index.
    private int NewTermId(string term, int local)
    {
        int id;
        // One hash of the term whether it is new or not: every term of a fresh clusterer comes here once.
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(termIds, term, out var known);
        if (known) id = slot;
        else
        {
            id = slot = termIds.Count - 1;
            documentFrequency.Add(0);
            backgroundShare.Add(background.Share(term));
            postings?.Add([]);
        }
        if (local >= vocabularyIds.Length)
        {
            Array.Resize(ref vocabularyIds, Math.Max(local + 1, vocabularyIds.Length * 2));
            termIdsByVocabulary[lastVocabulary!] = vocabularyIds;
        }
        vocabularyIds[local] = id + 1;
        return id;
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

    // Term weights are sums of the boosts (1, the lead and name multipliers), so nearly all are whole or half numbers:
    // their TF is looked up rather than taken as a logarithm each time; any other weight is computed.
    private const int TfStepsPerUnit = 2;
    private const int TfTableSize = 256;
    private static readonly double[] TfByStep = Enumerable.Range(0, TfTableSize).Select(i => Tf((float)i / TfStepsPerUnit)).ToArray();

    // Exactly Tf(weight): a table entry is used only when the weight is that entry's value exactly.
    private static double TfOf(float weight)
    {
        var scaled = weight * TfStepsPerUnit;
        var step = (int)scaled;
        return (uint)step < TfTableSize && step == scaled ? TfByStep[step] : Tf(weight);
    }

    // Normalized TF-IDF weights of a document under the current document frequencies.
    private double[] Weights(Document document, double count)
    {
        var weights = new double[document.Terms.Length];
        for (var i = 0; i < weights.Length; i++) weights[i] = TfOf(document.Weights[i]) * Idf(document.Terms[i], count);
        Normalize(document, weights);
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
        // Ids are distinct, so the order is total and any sort gives it.
        var order = new int[documents.Count];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (x, y) => CanonicalCompare(documents[x], documents[y]));
        var idf = InverseDocumentFrequencies(documents.Count);
        var vectors = new Vectors(order, documents);
        for (var r = 0; r < order.Length; r++) WeightsInto(documents[order[r]], idf, vectors.Row(r));
        var edges = SimilarityEdges(order, vectors, RetrievalCap(), options.EdgeFloor);
        var coarse = AverageLink(order, edges, options.JoinThreshold);
        var clusterOf = new int[documents.Count];
        var next = 0;
        // Coarse clusters by label (a cluster's label is its first member's local index), members in local order:
        // the rows of each label are gathered by a counting sort.
        var labelStart = new int[order.Length + 1];
        foreach (var label in coarse) labelStart[label + 1]++;
        for (var l = 0; l < order.Length; l++) labelStart[l + 1] += labelStart[l];
        var byLabel = new int[order.Length];
        var labelFill = labelStart.AsSpan(0, order.Length).ToArray();
        for (var r = 0; r < order.Length; r++) byLabel[labelFill[coarse[r]]++] = r;
        var splitter = new Splitter(this, order, vectors);
        for (var label = 0; label < order.Length; label++)
        {
            var rows = byLabel.AsSpan(labelStart[label], labelStart[label + 1] - labelStart[label]);
            if (rows.IsEmpty) continue;
            splitter.Split(rows, clusterOf, ref next);
        }

        // Events in order of first appearance in canonical order; members sorted by id.
        var eventOfCluster = new int[next];
        Array.Fill(eventOfCluster, -1);
        var members = new List<List<string>>();
        foreach (var i in order)
        {
            ref var e = ref eventOfCluster[clusterOf[i]];
            if (e < 0) { e = members.Count; members.Add([]); }
            members[e].Add(documents[i].Id);
        }
        var events = new EventCluster[members.Count];
        for (var e = 0; e < events.Length; e++)
        {
            var ids = members[e].ToArray();
            Array.Sort(ids, StringComparer.Ordinal);
            events[e] = new EventCluster(EventCluster.IdFor(ids), ids);
        }
        Array.Sort(events, static (x, y) => string.CompareOrdinal(x.ArticleIds[0], y.ArticleIds[0]));
        var links = new List<EventLink>();
        foreach (var e in edges)
        {
            if (clusterOf[order[e.A]] != clusterOf[order[e.B]]) continue;
            var (x, y) = (documents[order[e.A]].Id, documents[order[e.B]].Id);
            links.Add(string.CompareOrdinal(x, y) < 0 ? new EventLink(x, y, e.Similarity) : new EventLink(y, x, e.Similarity));
        }
        return new EventClustering(events, links.ToArray());
    }

    private static int CanonicalCompare(Document x, Document y)
    {
        if (x.Date is { } dx)
        {
            if (y.Date is not { } dy) return -1;
            var c = dx.CompareTo(dy);
            if (c != 0) return c;
        }
        else if (y.Date is not null) return 1;
        return string.CompareOrdinal(x.Id, y.Id);
    }

    // IDF of every term under the current document frequencies: one logarithm per term rather than one per document term.
    private double[] InverseDocumentFrequencies(double count)
    {
        var idf = new double[documentFrequency.Count];
        for (var term = 0; term < idf.Length; term++) idf[term] = Idf(term, count);
        return idf;
    }

    // Normalized TF-IDF weights of a document, as Weights computes them, with every term's IDF looked up.
    private static void WeightsInto(Document document, double[] idf, Span<double> weights)
    {
        for (var i = 0; i < weights.Length; i++) weights[i] = TfOf(document.Weights[i]) * idf[document.Terms[i]];
        Normalize(document, weights);
    }

    // Scales TF-IDF weights to unit length and keeps their norm on the document (1 for an empty vector).
    private static void Normalize(Document document, Span<double> weights)
    {
        double norm = 0;
        foreach (var w in weights) norm += w * w;
        norm = Math.Sqrt(norm);
        if (norm > 0) for (var i = 0; i < weights.Length; i++) weights[i] /= norm;
        document.Norm = norm > 0 ? norm : 1;
    }

    /// <summary>1 for articles close in time, decaying with distance, 0 past the longest event span; 1 when a date is unknown.</summary>
    internal double TimeFactor(DateOnly? a, DateOnly? b)
        => a is null || b is null ? 1 : TimeFactorOfDays(Math.Abs(a.Value.DayNumber - b.Value.DayNumber));

    private double TimeFactorOfDays(int days)
    {
        if (days > options.MaxEventSpanDays) return 0;
        if (days <= options.SameTimeDays) return 1;
        return Math.Pow(0.5, (days - options.SameTimeDays) / options.TimeHalfLifeDays);
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
