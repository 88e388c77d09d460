using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;

namespace Storyline.Html.Evaluation;

/// <summary>
/// Scores article-body extraction the way the Zyte article-extraction-benchmark does
/// (see <c>shared/data/extraction/zyte/NOTES.md</c>): a prediction file, or this library's extractor run live.
/// </summary>
public sealed class ExtractionEvaluator
{
    private static readonly string[] MetadataDateMarkers =
    [
        "datePublished", "article:published_time", "og:published_time", "name=\"pubdate\"", "name=\"publishdate\"",
        "name=\"publish-date\"", "parsely-pub-date", "sailthru.date", "name=\"dc.date", "name=\"date\"", "dcterms.issued",
        "name=\"pdate\"", "name=\"displaydate\"",
    ];

    private readonly HtmlArticleExtractor _extractor;

    /// <summary>Creates an evaluator for <paramref name="extractor"/>.</summary>
    public ExtractionEvaluator(HtmlArticleExtractor extractor)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        _extractor = extractor;
    }

    /// <summary>
    /// Reads <c>{id: {"articleBody": ...}}</c> bodies, also when wrapped as <c>{"output": {...}}</c> (the benchmark's prediction files).
    /// Returns null with a reason when the file is not such a document.
    /// </summary>
    public static (IReadOnlyDictionary<string, string>? Bodies, string? Error) ReadBodies(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var doc = JsonDocument.Parse(stream);
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("output", out var output) && output.ValueKind == JsonValueKind.Object) root = output;
            if (root.ValueKind != JsonValueKind.Object) return (null, $"{path}: not a JSON object of articles");
            var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in root.EnumerateObject())
            {
                var body = property.Value.ValueKind == JsonValueKind.Object && property.Value.TryGetProperty("articleBody", out var b) && b.ValueKind == JsonValueKind.String
                    ? b.GetString() ?? ""
                    : "";
                bodies[property.Name] = body;
            }
            return (bodies, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return (null, $"{path}: {e.Message}");
        }
    }

    /// <summary>Scores a prediction file against the truth file.</summary>
    public static (ExtractionReport? Report, string? Error) EvaluatePredictions(string truthPath, string predictionsPath)
    {
        var (truth, truthError) = ReadBodies(truthPath);
        if (truth is null) return (null, truthError);
        var (predicted, predictedError) = ReadBodies(predictionsPath);
        if (predicted is null) return (null, predictedError);
        return (new ExtractionReport(Path.GetFileName(predictionsPath), ExtractionScore.Compute(truth, predicted)), null);
    }

    /// <summary>
    /// Runs the extractor over <c>&lt;id&gt;.html.gz</c> or <c>&lt;id&gt;.html</c> files of <paramref name="htmlDirectory"/> for every
    /// truth id and scores the bodies; a missing page counts as an empty prediction.
    /// </summary>
    /// <param name="htmlDirectory">Folder of the pages.</param>
    /// <param name="truthPath">The ground-truth JSON file.</param>
    /// <param name="threads">Extraction threads; 0 means one per core.</param>
    /// <param name="warmUpRounds">
    /// Untimed passes over the pages first, so the speed is the steady state: tiered JIT compilation reaches full
    /// speed only after some hundreds of pages (about three passes here).
    /// </param>
    public (ExtractionReport? Report, string? Error) EvaluateExtractor(string htmlDirectory, string truthPath, int threads = 0, int warmUpRounds = 3)
    {
        var (truth, truthError) = ReadBodies(truthPath);
        if (truth is null) return (null, truthError);
        if (!Directory.Exists(htmlDirectory)) return (null, $"{htmlDirectory}: no such directory");
        var ids = truth.Keys.Order(StringComparer.Ordinal).ToArray();
        var pages = new byte[]?[ids.Length];
        for (var i = 0; i < ids.Length; i++) pages[i] = ReadPage(htmlDirectory, ids[i]);
        threads = threads > 0 ? threads : Environment.ProcessorCount;

        for (var round = 0; round < warmUpRounds; round++)
            Parallel.For(0, ids.Length, new ParallelOptions { MaxDegreeOfParallelism = threads }, i => { if (pages[i] is { } page) _extractor.Extract(page); });

        var bodies = new string[ids.Length];
        var dated = new bool[ids.Length];
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        Parallel.For(0, ids.Length, new ParallelOptions { MaxDegreeOfParallelism = threads }, i =>
        {
            if (pages[i] is not { } page) { bodies[i] = ""; return; }
            var extraction = _extractor.Extract(page);
            bodies[i] = extraction.Body;
            dated[i] = extraction.Published is not null;
        });
        watch.Stop();
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;

        int withDate = 0, found = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            if (pages[i] is null || !StatesMetadataDate(pages[i]!)) continue;
            withDate++;
            if (dated[i]) found++;
        }
        var predictions = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++) predictions[ids[i]] = bodies[i];
        var extracted = pages.Count(p => p is not null);
        var speed = watch.Elapsed.TotalSeconds > 0 ? extracted / watch.Elapsed.TotalSeconds : 0;
        return (new ExtractionReport($"live extractor over {htmlDirectory}", ExtractionScore.Compute(truth, predictions),
            withDate, found, speed, threads, predictions) { CpuPagesPerSecond = cpu > 0 ? extracted / cpu : null, PagesDated = dated.Count(d => d) }, null);
    }

    private static byte[]? ReadPage(string directory, string id)
    {
        var gz = Path.Combine(directory, id + ".html.gz");
        if (File.Exists(gz))
        {
            using var input = new GZipStream(File.OpenRead(gz), CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            input.CopyTo(buffer);
            return buffer.ToArray();
        }
        var plain = Path.Combine(directory, id + ".html");
        return File.Exists(plain) ? File.ReadAllBytes(plain) : null;
    }

    /// <summary>Whether the markup states a published date (JSON-LD or a date meta tag), independently of the extractor.</summary>
    internal static bool StatesMetadataDate(byte[] page)
    {
        var text = System.Text.Encoding.Latin1.GetString(page);
        foreach (var marker in MetadataDateMarkers)
            if (text.Contains(marker, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
