using System.Globalization;

namespace Storyline.Html.Evaluation;

/// <summary>Result of an extraction evaluation: the benchmark score, and for live runs the date rate and speed.</summary>
/// <param name="Source">What was scored (a prediction file or the live extractor over a folder).</param>
/// <param name="Score">The shingle-metric figures.</param>
/// <param name="PagesWithMetadataDate">Pages whose markup states a published date (live runs only).</param>
/// <param name="DatesFound">Of those, pages for which the extractor found a date (live runs only).</param>
/// <param name="PagesPerSecond">Extraction throughput, decoding included, reading files excluded (live runs only).</param>
/// <param name="Threads">Threads used for the live run.</param>
/// <param name="Predictions">The extracted bodies by id (live runs only), e.g. to write a prediction file.</param>
public sealed record ExtractionReport(
    string Source,
    ExtractionScore Score,
    int? PagesWithMetadataDate = null,
    int? DatesFound = null,
    double? PagesPerSecond = null,
    int? Threads = null,
    IReadOnlyDictionary<string, string>? Predictions = null)
{
    /// <summary>
    /// Pages per second of CPU time (all threads), which stays meaningful when other processes share the cores
    /// and wall-clock speed does not.
    /// </summary>
    public double? CpuPagesPerSecond { get; init; }

    /// <summary>Pages (of all scored) for which the extractor found a published date from any source (live runs only).</summary>
    public int? PagesDated { get; init; }

    /// <summary>Share of pages with a metadata date for which a date was found.</summary>
    public double? DateFoundRate => PagesWithMetadataDate is > 0 ? (double)DatesFound!.Value / PagesWithMetadataDate.Value : null;

    /// <summary>The report as text lines; the last line ends with the F1 figure.</summary>
    public IReadOnlyList<string> FormatLines(int worst = 0)
    {
        var c = CultureInfo.InvariantCulture;
        var lines = new List<string> { string.Create(c, $"extraction: {Source} ({Score.Documents} documents)") };
        if (PagesWithMetadataDate is not null)
            lines.Add(string.Create(c, $"published date found: {DatesFound}/{PagesWithMetadataDate} pages with a metadata date ({DateFoundRate ?? 0:P1}); {PagesDated}/{Score.Documents} pages overall"));
        if (PagesPerSecond is not null)
            lines.Add(string.Create(c, $"speed: {PagesPerSecond:F0} pages/s wall-clock on {Threads} thread(s), {CpuPagesPerSecond ?? 0:F0} pages per CPU-second"));
        foreach (var (id, f1) in Score.PerDocumentF1.OrderBy(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(worst))
            lines.Add(string.Create(c, $"  worst: {id} F1 {f1:F3}"));
        var spread = Score.Spread;
        lines.Add(string.Create(c, $"precision {Score.Precision:F3} ± {spread.Precision:F3}  recall {Score.Recall:F3} ± {spread.Recall:F3}  accuracy {Score.Accuracy:F3} ± {spread.Accuracy:F3}  (F1 ± {spread.F1:F3})"));
        lines.Add(string.Create(c, $"F1 {Score.F1:F3}"));
        return lines;
    }
}
