using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Storyline.Fingerprints;

/// <summary>The throughput and memory of one fingerprint benchmark run.</summary>
/// <param name="Articles">Articles processed (input articles × repeat).</param>
/// <param name="Bytes">UTF-8 bytes of their texts.</param>
/// <param name="Elapsed">Wall time of fingerprinting, LSH and relation finding (input reading excluded).</param>
/// <param name="Threads">Threads used to compute signatures.</param>
/// <param name="Duplicates">Duplicate relations found.</param>
/// <param name="NearDuplicates">Near-duplicate relations found.</param>
/// <param name="AllocatedBytes">Managed bytes allocated during the timed run.</param>
/// <param name="RetainedBytes">Managed heap growth with the detector still alive: what the index keeps.</param>
/// <param name="PeakWorkingSetBytes">Peak working set of the process (input texts included).</param>
public sealed record FingerprintBenchmarkReport(
    int Articles,
    long Bytes,
    TimeSpan Elapsed,
    int Threads,
    int Duplicates,
    int NearDuplicates,
    long AllocatedBytes,
    long RetainedBytes,
    long PeakWorkingSetBytes)
{
    private const double Megabyte = 1024 * 1024;
    private const double PerThousand = 1000;

    /// <summary>Articles per second.</summary>
    public double ArticlesPerSecond => Articles / Math.Max(Elapsed.TotalSeconds, double.Epsilon);

    /// <summary>Text megabytes (2²⁰ bytes of UTF-8) per second.</summary>
    public double MegabytesPerSecond => Bytes / Megabyte / Math.Max(Elapsed.TotalSeconds, double.Epsilon);

    /// <summary>Index memory per 1,000 articles, in bytes.</summary>
    public double RetainedBytesPerThousandArticles => Articles == 0 ? 0 : RetainedBytes * PerThousand / Articles;

    /// <summary>Peak working set per 1,000 articles, in bytes.</summary>
    public double PeakWorkingSetPerThousandArticles => Articles == 0 ? 0 : PeakWorkingSetBytes * PerThousand / Articles;

    /// <summary>The report as text lines; the last line is <c>&lt;n&gt; articles/s</c>.</summary>
    public IReadOnlyList<string> FormatLines()
    {
        var c = CultureInfo.InvariantCulture;
        return
        [
            string.Create(c, $"articles: {Articles:N0} ({Bytes / Megabyte:F1} MB of text)"),
            string.Create(c, $"elapsed: {Elapsed.TotalMilliseconds:F0} ms on {Threads} thread(s)"),
            string.Create(c, $"relations: {Duplicates:N0} duplicate, {NearDuplicates:N0} near-duplicate"),
            string.Create(c, $"throughput: {MegabytesPerSecond:F1} MB/s"),
            string.Create(c, $"memory: {RetainedBytesPerThousandArticles / Megabyte:F2} MB retained and {PeakWorkingSetPerThousandArticles / Megabyte:F2} MB peak working set per 1,000 articles; {AllocatedBytes / (double)Math.Max(Articles, 1):F0} B allocated per article"),
            string.Create(c, $"{ArticlesPerSecond:F0} articles/s"),
        ];
    }
}

/// <summary>
/// Measures the fingerprint stage: shingling, MinHash and LSH with relation finding over a set of articles,
/// optionally repeated. Each copy gets a new id (<c>id#2</c>, …) and goes through the full path — its
/// signature is computed and the index queried like any other article's; nothing is cached by content.
/// </summary>
public static class FingerprintBenchmark
{
    /// <summary>Articles fingerprinted (untimed) first so that the timed run measures optimized code, not the JIT.</summary>
    private const int WarmupArticles = 256;

    /// <summary>
    /// Runs the benchmark over <paramref name="articles"/> (read fully before the clock starts), each
    /// <paramref name="repeat"/> times, with signatures computed on up to <paramref name="maxDegreeOfParallelism"/> threads (−1: all cores).
    /// </summary>
    public static FingerprintBenchmarkReport Run(IEnumerable<(string Id, string Text)> articles, int repeat = 1, FingerprintOptions? options = null, int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(articles);
        repeat = Math.Max(repeat, 1);
        var input = articles.ToList();
        var work = new List<(string Id, string Text)>(input.Count * repeat);
        for (var r = 0; r < repeat; r++)
            foreach (var (id, text) in input)
                work.Add((r == 0 ? id : string.Create(CultureInfo.InvariantCulture, $"{id}#{r + 1}"), text));
        long bytes = 0;
        foreach (var (_, text) in input) bytes += Encoding.UTF8.GetByteCount(text);
        bytes *= repeat;

        new NearDuplicateDetector(options).AddBatch(work.Take(WarmupArticles).ToList(), maxDegreeOfParallelism);

        var threads = maxDegreeOfParallelism > 0 ? Math.Min(maxDegreeOfParallelism, Environment.ProcessorCount) : Environment.ProcessorCount;
        var retainedBefore = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var detector = new NearDuplicateDetector(options);
        var relations = detector.AddBatch(work, maxDegreeOfParallelism);
        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var retained = GC.GetTotalMemory(forceFullCollection: true) - retainedBefore;
        GC.KeepAlive(detector);
        using var process = Process.GetCurrentProcess();

        var duplicates = relations.Count(r => r.Relation == DuplicateKind.Duplicate);
        return new FingerprintBenchmarkReport(work.Count, bytes, clock.Elapsed, threads, duplicates, relations.Count - duplicates,
            allocated, Math.Max(retained, 0), process.PeakWorkingSet64);
    }
}
