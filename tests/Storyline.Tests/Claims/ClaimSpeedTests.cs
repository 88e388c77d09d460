using System.IO.Compression;
using System.Text.Json;
using Storyline.Claims;
using Storyline.Entities;
using Storyline.Tests.Entities;
using Storyline.Time;
using Xunit.Abstractions;

namespace Storyline.Tests.Claims;

[Collection(nameof(AnalysisSpeedTests))]
public class ClaimSpeedTests(ITestOutputHelper output)
{
    [SharedDataFact("t17/articles.jsonl.gz")]
    public void Claims_and_corrections_on_real_articles_report_their_cost_beyond_entity_recognition()
    {
        const int articles = 300;
        var items = new List<(string Text, PartialDate? Date)>(articles);
        using (var gz = new GZipStream(File.OpenRead(SharedData.PathOf("t17/articles.jsonl.gz")!), CompressionMode.Decompress))
        using (var reader = new StreamReader(gz))
            while (items.Count < articles && reader.ReadLine() is { } line)
            {
                var root = JsonDocument.Parse(line).RootElement;
                var date = root.TryGetProperty("date", out var d) && PartialDate.TryParse(d.GetString(), out var p) ? p : (PartialDate?)null;
                items.Add((root.GetProperty("text").GetString()!, date));
            }
        var recognizer = new EntityRecognizer();
        var extractor = new ClaimExtractor();
        var prepared = items.Select(x => (x.Text, x.Date, Entities: recognizer.Recognize("a", x.Text),
            Times: TemporalTagger.Default.Tag(x.Text, x.Date?.Start))).ToArray();

        var claims = 0;
        var corrections = 0;
        var seconds = CpuTime.BestSeconds(() =>
        {
            claims = 0;
            corrections = 0;
            foreach (var a in prepared)
            {
                claims += extractor.Extract("a", a.Text, a.Entities, a.Date, a.Times).Count;
                corrections += CorrectionDetector.Default.Detect("a", a.Text, a.Entities).Count;
            }
        });
        var claimsOnly = CpuTime.BestSeconds(() =>
        {
            foreach (var a in prepared) extractor.Extract("a", a.Text, a.Entities, a.Date, a.Times);
        });
        var withTagger = CpuTime.BestSeconds(() =>
        {
            foreach (var a in prepared) extractor.Extract("a", a.Text, a.Entities, a.Date);
        });
        var kilobytes = prepared.Sum(a => (double)a.Text.Length) / 1024;
        var msPer3Kb = seconds * 1000 / (kilobytes / 3);
        output.WriteLine($"{prepared.Length} articles, {kilobytes / prepared.Length:0.0} KB avg: {claims} claims, {corrections} corrections; "
            + $"claims + corrections {msPer3Kb:0.000} ms per 3 KB (tagger excluded; claims alone {claimsOnly * 1000 / (kilobytes / 3):0.000}); claims with tagging {withTagger * 1000 / (kilobytes / 3):0.000} ms per 3 KB");
        Assert.True(claims > prepared.Length / 2, $"only {claims} claims in {prepared.Length} articles");
    }
}
