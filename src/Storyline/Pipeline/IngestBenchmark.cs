using System.Diagnostics;
using System.Globalization;
using Storyline.Articles;
using Storyline.Reading;
using Storyline.Storage;
using Storyline.Time;

namespace Storyline.Pipeline;

/// <summary>Figures of one ingest benchmark run.</summary>
/// <param name="Articles">Articles ingested (all copies).</param>
/// <param name="Bytes">Characters of their text (title and body), as read.</param>
/// <param name="Elapsed">Wall time from the first read to the stored analysis.</param>
/// <param name="PeakWorkingSetBytes">Peak working set of the process.</param>
/// <param name="Events">Events found.</param>
/// <param name="Phases">Wall time per phase.</param>
/// <param name="Stages">Time per analysis stage, summed over threads.</param>
/// <param name="Runtime">What the .NET runtime itself spent during the run.</param>
public sealed record IngestBenchmarkReport(int Articles, long Bytes, TimeSpan Elapsed, long PeakWorkingSetBytes, int Events,
    IReadOnlyList<(string Phase, TimeSpan Elapsed)> Phases, IReadOnlyList<(string Stage, TimeSpan Elapsed)> Stages, RuntimeCosts Runtime)
{
    /// <summary>Throughput.</summary>
    public double ArticlesPerSecond => Articles / Math.Max(Elapsed.TotalSeconds, double.Epsilon);

    /// <summary>Lines to print; the last is <c>&lt;n&gt; articles/s</c>.</summary>
    public IEnumerable<string> FormatLines()
    {
        var mb = Bytes / 1e6;
        yield return F($"ingested {Articles} articles ({mb:F1} MB of text) into the store in {Elapsed.TotalSeconds:F2} s; {Events} events");
        yield return "phases: " + string.Join(", ", Phases.Select(p => F($"{p.Phase} {p.Elapsed.TotalSeconds:F2} s")));
        yield return "analysis stages, summed over threads: " + string.Join(", ", Stages.Select(p => F($"{p.Stage} {p.Elapsed.TotalSeconds:F2} s")));
        yield return Runtime.Format();
        yield return F($"{mb / Math.Max(Elapsed.TotalSeconds, double.Epsilon):F1} MB/s, peak working set {PeakWorkingSetBytes / 1e6:F0} MB = {PeakWorkingSetBytes / 1e6 / Math.Max(1, Articles) * 1000:F1} MB per 1,000 articles");
        yield return F($"{ArticlesPerSecond:F0} articles/s");
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// Times the whole ingest path — read, normalize, store, analyze — over a file read
/// <c>repeat</c> times. Each copy gets a new id and a date shifted past any event span,
/// so no copy is skipped as already stored and every copy is analyzed in full.
/// </summary>
public static class IngestBenchmark
{
    /// <summary>Days between the dates of two copies of an article.</summary>
    public const int CopyDateShiftDays = 100;

    /// <summary>Runs the benchmark reading <paramref name="path"/> with <paramref name="reader"/> into <paramref name="store"/>.</summary>
    public static IngestBenchmarkReport Run(ArticleReader reader, string path, int repeat, IArticleStore store, CorpusAnalyzer analyzer)
    {
        long chars = 0;
        IEnumerable<ReadResult> Copies()
        {
            for (var copy = 0; copy < repeat; copy++)
                foreach (var result in reader.Read([path]))
                {
                    if (result.Article is not { } a) { yield return result; continue; }
                    chars += a.Body.Length + (a.Title?.Length ?? 0);
                    yield return copy == 0 ? result : ReadResult.Success(Copy(a, copy));
                }
        }
        var before = RuntimeCosts.Now();
        var watch = Stopwatch.StartNew();
        var summary = new Ingestion(reader, store, analyzer).Run(Copies());
        watch.Stop();
        var runtime = RuntimeCosts.Now() - before;
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return new IngestBenchmarkReport(summary.Read, chars, watch.Elapsed, process.PeakWorkingSet64, summary.Events, summary.Phases, summary.Stages, runtime);
    }

    private static Article Copy(Article a, int copy)
    {
        PartialDate? date = a.Published is { } p
            ? PartialDate.FromDateOnly(p.Start.AddDays(copy * CopyDateShiftDays)).Truncate(p.Precision)
            : null;
        return a with { Id = $"{a.Id}#{copy + 1}", Published = date, ContentHash = ContentHash.Of($"{a.ContentHash}#{copy + 1}") };
    }
}
