using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using Storyline.Entities;
using Storyline.Quotes;
using Xunit.Abstractions;

namespace Storyline.Tests.Entities;

public class AnalysisSpeedTests(ITestOutputHelper output)
{
    private const int Articles = 1000;

    [SharedDataFact("t17/articles.jsonl.gz")]
    public void Entity_and_quote_analysis_keeps_a_throughput_floor_on_real_articles()
    {
        var texts = new List<string>(Articles);
        using (var gz = new GZipStream(File.OpenRead(SharedData.PathOf("t17/articles.jsonl.gz")!), CompressionMode.Decompress))
        using (var reader = new StreamReader(gz))
            while (texts.Count < Articles && reader.ReadLine() is { } line)
                texts.Add(JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!);

        var recognizer = new EntityRecognizer();
        var extractor = new QuoteExtractor();
        foreach (var t in texts.Take(100)) extractor.Extract("w", t, recognizer.Recognize("w", t));
        var watch = Stopwatch.StartNew();
        var mentions = 0;
        foreach (var t in texts)
        {
            var d = recognizer.Recognize("a", t);
            mentions += d.Mentions.Count + extractor.Extract("a", t, d).Count;
        }
        watch.Stop();
        var perSecond = texts.Count / watch.Elapsed.TotalSeconds;
        output.WriteLine($"{texts.Count} articles (avg {texts.Average(t => t.Length):0} chars): {perSecond:0} articles/s single-threaded, {mentions} mentions+quotes");
        // A smoke floor for debug builds on a shared machine; Release measurements are in the branch report.
        Assert.True(perSecond >= 150, $"{perSecond:0} articles/s");
    }
}
