using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Storyline.Fingerprints;

/// <summary>
/// Locality-sensitive hashing over MinHash signatures: each signature is cut into bands of rows, and two
/// documents are candidates when any band is identical. A pair with Jaccard s is found with probability
/// 1 − (1 − s^rows)^bands (see <see cref="FingerprintOptions"/> for the curve of the defaults).
/// Buckets are linked lists threaded through flat arrays: one dictionary slot per band and bucket, no object per entry.
/// Thread safety: one writer; <see cref="Candidates(MinHashSignature, List{int})"/> may run on several threads
/// at once as long as no <see cref="Add"/> runs.
/// </summary>
public sealed class LshIndex
{
    private const int NoEntry = -1;
    private const int InitialCapacity = 1024;

    private readonly Dictionary<ulong, int>[] _heads;
    private int[] _docs = new int[InitialCapacity];
    private int[] _next = [];

    /// <summary>An index with <paramref name="bands"/> bands of <paramref name="rowsPerBand"/> signature values.</summary>
    public LshIndex(int bands, int rowsPerBand)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bands, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rowsPerBand, 1);
        Bands = bands;
        RowsPerBand = rowsPerBand;
        _heads = new Dictionary<ulong, int>[bands];
        for (var b = 0; b < bands; b++) _heads[b] = [];
        _next = new int[InitialCapacity * bands];
    }

    /// <summary>An index with the band layout of <paramref name="options"/>.</summary>
    public LshIndex(FingerprintOptions options) : this((options ?? throw new ArgumentNullException(nameof(options))).Bands, options.RowsPerBand) { }

    /// <summary>Bands per signature.</summary>
    public int Bands { get; }

    /// <summary>Signature values per band.</summary>
    public int RowsPerBand { get; }

    /// <summary>Documents added.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// Adds document <paramref name="docIndex"/> (the caller's number for it) under <paramref name="signature"/>.
    /// An empty signature (a text without words) is not indexed: it is similar to nothing.
    /// </summary>
    public void Add(int docIndex, MinHashSignature signature)
    {
        CheckLength(signature);
        if (signature.IsEmpty) return;
        if (Count == _docs.Length)
        {
            Array.Resize(ref _docs, Count * 2);
            Array.Resize(ref _next, Count * 2 * Bands);
        }
        var position = Count++;
        _docs[position] = docIndex;
        var values = signature.Values;
        for (var b = 0; b < Bands; b++)
        {
            var entry = position * Bands + b;
            ref var head = ref CollectionsMarshal.GetValueRefOrAddDefault(_heads[b], BandKey(values, b), out var exists);
            _next[entry] = exists ? head : NoEntry;
            head = entry;
            AssertChainPointsBackwards(entry);
        }
    }

    /// <summary>The documents that share at least one band with <paramref name="signature"/>, ascending and distinct.</summary>
    public IReadOnlyList<int> Candidates(MinHashSignature signature)
    {
        var list = new List<int>();
        Candidates(signature, list);
        return list;
    }

    /// <summary>Replaces the contents of <paramref name="into"/> with the candidates of <paramref name="signature"/>, ascending and distinct; reusing the list saves an allocation per query.</summary>
    public void Candidates(MinHashSignature signature, List<int> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        CheckLength(signature);
        into.Clear();
        if (signature.IsEmpty) return;
        var values = signature.Values;
        for (var b = 0; b < Bands; b++)
        {
            if (!_heads[b].TryGetValue(BandKey(values, b), out var entry)) continue;
            for (; entry != NoEntry; entry = _next[entry]) into.Add(_docs[entry / Bands]);
        }
        if (into.Count <= 1) return;
        into.Sort();
        var span = CollectionsMarshal.AsSpan(into);
        var unique = 1;
        for (var i = 1; i < span.Length; i++)
            if (span[i] != span[unique - 1]) span[unique++] = span[i];
        into.RemoveRange(unique, into.Count - unique);
    }

    private ulong BandKey(ReadOnlySpan<uint> values, int band)
        => Hash64.XxHash64(MemoryMarshal.AsBytes(values.Slice(band * RowsPerBand, RowsPerBand)), (ulong)band);

    private void CheckLength(MinHashSignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        if (signature.Length != Bands * RowsPerBand)
            throw new ArgumentException($"signature has {signature.Length} values; this index needs {Bands} × {RowsPerBand}", nameof(signature));
    }

    /// <summary>Entries only point to older entries (so, by induction, every bucket walk ends) and to the same band.</summary>
    [Conditional("DEBUG")]
    private void AssertChainPointsBackwards(int entry)
    {
        var next = _next[entry];
        Debug.Assert(next == NoEntry || (next < entry && next % Bands == entry % Bands), $"LSH entry {entry} links to {next}");
    }
}
