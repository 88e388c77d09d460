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
    private readonly List<string> termNames = [];
    private readonly BackgroundFrequencies background = BackgroundFrequencies.Shared;
    private readonly List<List<int>> postings = [];
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
    /// Adds an article and returns its provisional event (an index among provisional events);
    /// an article id seen before is ignored and keeps its event.
    /// </summary>
    public int Add(EventInput input)
    {
        if (documentIndex.TryGetValue(input.Id, out var existing)) return provisionalEvent[existing];
        var weights = new Dictionary<string, float>(StringComparer.Ordinal);
        extractor.Extract(input, weights);
        var terms = new (int Term, float Weight)[weights.Count];
        var n = 0;
        foreach (var (term, weight) in weights)
        {
            if (!termIds.TryGetValue(term, out var id))
            {
                id = termIds.Count;
                termIds.Add(term, id);
                documentFrequency.Add(0);
                termNames.Add(term);
                postings.Add([]);
            }
            terms[n++] = (id, weight);
        }
        Array.Sort(terms, static (a, b) => a.Term.CompareTo(b.Term));
        var index = documents.Count;
        var document = new Document(input.Id, input.Date, terms.Select(t => t.Term).ToArray(), terms.Select(t => t.Weight).ToArray());
        documents.Add(document);
        documentIndex.Add(input.Id, index);
        foreach (var term in document.Terms)
        {
            documentFrequency[term]++;
            postings[term].Add(index);
        }

        var assigned = AssignProvisionally(index);
        provisionalEvent.Add(assigned);
        return assigned;
    }

    // Join the provisional event with the best average link to this article, or open a new one.
    private int AssignProvisionally(int index)
    {
        var vectors = new VectorCache(this);
        var linkSums = new Dictionary<int, double>();
        foreach (var (other, similarity) in Neighbours(index, vectors, onlyEarlier: true))
        {
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

    /// <summary>
    /// The events of all articles added so far, recomputed from the whole similarity graph:
    /// the same set of articles gives the same events whatever the order they were added in.
    /// </summary>
    public EventClustering Consolidate()
    {
        var order = Enumerable.Range(0, documents.Count).OrderBy(i => documents[i].Id, StringComparer.Ordinal).ToArray();
        var local = new int[documents.Count];
        for (var r = 0; r < order.Length; r++) local[order[r]] = r;
        var vectors = new VectorCache(this);
        var edges = new List<Edge>();
        foreach (var a in order)
            foreach (var (b, similarity) in Neighbours(a, vectors, onlyEarlier: false))
                if (local[a] < local[b])
                    edges.Add(new Edge(local[a], local[b], similarity));
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
            .Select(e => new EventLink(documents[order[e.A]].Id, documents[order[e.B]].Id, e.Similarity))
            .ToArray();
        return new EventClustering(events.OrderBy(e => e.ArticleIds[0], StringComparer.Ordinal).ToArray(), links);
    }

    private IEnumerable<(int Other, double Similarity)> Neighbours(int index, VectorCache vectors, bool onlyEarlier)
    {
        var document = documents[index];
        var maxDf = Math.Max(2, options.MaxRetrievalDocumentShare * documents.Count);
        var candidates = new HashSet<int>();
        foreach (var term in document.Terms)
        {
            if (documentFrequency[term] > maxDf) continue;
            foreach (var other in postings[term])
                if (other != index && (!onlyEarlier || other < index)) candidates.Add(other);
        }
        var (terms, weights) = vectors.Get(index);
        var result = new List<(int, double)>(candidates.Count);
        foreach (var other in candidates.Order())
        {
            var timeFactor = TimeFactor(document.Date, documents[other].Date);
            if (timeFactor <= 0) continue;
            var (otherTerms, otherWeights) = vectors.Get(other);
            var similarity = Math.Round(Dot(terms, weights, otherTerms, otherWeights) * timeFactor, 9);
            if (similarity >= options.EdgeFloor) result.Add((other, similarity));
        }
        return result;
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
        var df = documentFrequency[term] + prior * background.Share(termNames[term]);
        return Math.Log((count + prior + 1) / (df + 0.5));
    }

    [Conditional("DEBUG")]
    private static void AssertSorted(int[] terms)
    {
        for (var i = 1; i < terms.Length; i++) Debug.Assert(terms[i - 1] < terms[i], "terms must be sorted and distinct");
    }

    private sealed record Document(string Id, DateOnly? Date, int[] Terms, float[] Weights);

    private readonly record struct Edge(int A, int B, double Similarity);

    // TF-IDF vectors under the current document frequencies, computed once per document per pass.
    private sealed class VectorCache(EventClusterer owner)
    {
        private readonly Dictionary<int, (int[], double[])> cache = [];
        private readonly double count = owner.documents.Count;

        public (int[] Terms, double[] Weights) Get(int index)
        {
            if (cache.TryGetValue(index, out var v)) return v;
            var document = owner.documents[index];
            AssertSorted(document.Terms);
            var weights = new double[document.Terms.Length];
            double norm = 0;
            for (var i = 0; i < weights.Length; i++)
            {
                var idf = owner.Idf(document.Terms[i], count);
                var w = (1 + Math.Log(document.Weights[i])) * idf;
                if (document.Weights[i] < 1) w = document.Weights[i] * idf;
                weights[i] = w;
                norm += w * w;
            }
            norm = Math.Sqrt(norm);
            if (norm > 0) for (var i = 0; i < weights.Length; i++) weights[i] /= norm;
            v = (document.Terms, weights);
            cache[index] = v;
            return v;
        }
    }
}
