using Storyline.Articles;

namespace Storyline.Fingerprints;

/// <summary>
/// Finds duplicates and near-duplicates in a stream of articles. Each new article is compared with the
/// earlier ones: the same case-folded word sequence makes a <see cref="DuplicateKind.Duplicate"/>; a shared LSH
/// bucket and an estimated Jaccard at or above <see cref="FingerprintOptions.NearDuplicateThreshold"/> make a
/// <see cref="DuplicateKind.NearDuplicate"/>. Both tests are symmetric in the two articles, so the set of
/// relations does not depend on the input order.
/// <para>Exact copies share one entry in the LSH index (all copies have the same signature), so a text
/// syndicated a thousand times does not make a thousand-long bucket. Every article still has its signature
/// computed and the index queried.</para>
/// Thread safety: one writer at a time; <see cref="AddBatch"/> computes fingerprints on several threads itself.
/// </summary>
public sealed class NearDuplicateDetector
{
    private readonly Fingerprinter _fingerprinter;
    private readonly LshIndex _index;
    private readonly Dictionary<ulong, int> _classByExact = [];
    private readonly List<CopyClass> _classes = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly List<int> _candidates = [];
    private readonly int _requiredMatches;

    /// <summary>A detector with <paramref name="options"/> (the defaults when null); throws on invalid options.</summary>
    public NearDuplicateDetector(FingerprintOptions? options = null) : this(new Fingerprinter(options)) { }

    /// <summary>A detector that fingerprints with <paramref name="fingerprinter"/>.</summary>
    public NearDuplicateDetector(Fingerprinter fingerprinter)
    {
        _fingerprinter = fingerprinter ?? throw new ArgumentNullException(nameof(fingerprinter));
        _index = new LshIndex(Options);
        // Compare counts of equal minima, not doubles, so 0.7 × 128 means exactly "at least 90 of 128".
        _requiredMatches = (int)Math.Ceiling(Options.NearDuplicateThreshold * Options.Permutations - ThresholdTolerance);
    }

    /// <summary>Guards the threshold against binary rounding (0.7 × 100 = 70.00000000000001).</summary>
    private const double ThresholdTolerance = 1e-9;

    /// <summary>The options in force.</summary>
    public FingerprintOptions Options => _fingerprinter.Options;

    /// <summary>The fingerprinter, for callers that compute fingerprints ahead (e.g. on other threads).</summary>
    public Fingerprinter Fingerprinter => _fingerprinter;

    /// <summary>Articles accepted so far (including those too short to relate).</summary>
    public int Count => _ids.Count;

    /// <summary>True when an article with <paramref name="id"/> was added.</summary>
    public bool Contains(string id) => _ids.Contains(id);

    /// <summary>Adds the body of <paramref name="article"/>; see <see cref="Add(string, ReadOnlySpan{char})"/>.</summary>
    public IReadOnlyList<DuplicateRelation> Add(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Add(article.Id, article.Body);
    }

    /// <summary>
    /// Adds the article <paramref name="id"/> with body <paramref name="text"/> and returns its relations to the
    /// articles added before, ordered by (A, B). An id seen before is ignored (no relations): ids are identities.
    /// </summary>
    public IReadOnlyList<DuplicateRelation> Add(string id, ReadOnlySpan<char> text)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _ids.Contains(id) ? [] : Add(id, _fingerprinter.Compute(text));
    }

    /// <summary>Adds an article whose fingerprint was computed ahead with <see cref="Fingerprinter"/>; otherwise as <see cref="Add(string, ReadOnlySpan{char})"/>.</summary>
    public IReadOnlyList<DuplicateRelation> Add(string id, Fingerprint fingerprint)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(fingerprint);
        if (!_ids.Add(id)) return [];
        if (fingerprint.Words < Math.Max(Options.MinimumWords, 1)) return [];

        var relations = new List<DuplicateRelation>();
        var signature = fingerprint.Signature;
        var exists = _classByExact.TryGetValue(fingerprint.Exact.Value, out var own);
        if (exists)
            foreach (var member in _classes[own].Members())
                relations.Add(DuplicateRelation.Between(id, member, DuplicateKind.Duplicate, 1.0));

        _index.Candidates(signature, _candidates);
        foreach (var candidate in _candidates)
        {
            if (exists && candidate == own) continue;
            var other = _classes[candidate];
            var matches = MinHashSignature.CountEqual(signature.Values, other.Signature.Values);
            if (matches < _requiredMatches) continue;
            var similarity = (double)matches / signature.Length;
            foreach (var member in other.Members())
                relations.Add(DuplicateRelation.Between(id, member, DuplicateKind.NearDuplicate, similarity));
        }

        if (exists)
        {
            _classes[own].AddMember(id);
        }
        else
        {
            _classByExact.Add(fingerprint.Exact.Value, _classes.Count);
            _index.Add(_classes.Count, signature);
            _classes.Add(new CopyClass(signature, id));
        }
        relations.Sort(DuplicateRelation.Compare);
        return relations;
    }

    /// <summary>
    /// Adds many articles: fingerprints are computed in parallel (up to <paramref name="maxDegreeOfParallelism"/>
    /// threads, −1 for all cores), then added in input order. Returns all their relations ordered by (A, B);
    /// the result does not depend on the thread count.
    /// </summary>
    public IReadOnlyList<DuplicateRelation> AddBatch(IReadOnlyList<(string Id, string Text)> articles, int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var fingerprints = new Fingerprint[articles.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
        Parallel.For(0, articles.Count, parallel, i => fingerprints[i] = _fingerprinter.Compute(articles[i].Text ?? ""));

        var all = new List<DuplicateRelation>();
        for (var i = 0; i < articles.Count; i++)
            if (articles[i].Id is { } id) all.AddRange(Add(id, fingerprints[i]));
        all.Sort(DuplicateRelation.Compare);
        return all;
    }

    /// <summary>All relations among <paramref name="articles"/>, ordered by (A, B); see <see cref="AddBatch"/>.</summary>
    public static IReadOnlyList<DuplicateRelation> DetectAll(IReadOnlyList<(string Id, string Text)> articles, FingerprintOptions? options = null, int maxDegreeOfParallelism = -1)
        => new NearDuplicateDetector(options).AddBatch(articles, maxDegreeOfParallelism);

    /// <summary>Articles with one case-folded word sequence: they share a signature, so the index holds it once.</summary>
    private sealed class CopyClass(MinHashSignature signature, string first)
    {
        private List<string>? _more;

        public MinHashSignature Signature { get; } = signature;

        public void AddMember(string id) => (_more ??= []).Add(id);

        public IEnumerable<string> Members()
        {
            yield return first;
            if (_more is null) yield break;
            foreach (var id in _more) yield return id;
        }
    }
}
