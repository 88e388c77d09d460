using System.IO.Compression;
using System.Text.Json;
using Storyline.Entities;
using Storyline.Quotes;
using Xunit.Abstractions;

namespace Storyline.Tests.Entities;

/// <summary>Timing tests run alone so that other tests do not skew them.</summary>
[CollectionDefinition(nameof(AnalysisSpeedTests), DisableParallelization = true)]
public sealed class TimingCollection;

[Collection(nameof(AnalysisSpeedTests))]
public class AnalysisSpeedTests(ITestOutputHelper output)
{
    private static readonly EntityRecognizer Recognizer = new();
    private static readonly QuoteExtractor Extractor = new();

    private static void Analyze(string text) => Extractor.Extract("a", text, Recognizer.Recognize("a", text));

    /// <summary>
    /// Best of several runs in processor time (the collection runs alone), so that other work on a
    /// shared machine weighs less than it would in wall-clock time.
    /// </summary>

    [Fact]
    public void Repeating_a_text_repeats_its_mentions_exactly()
    {
        // Timing belongs to the benchmarks; here the work is checked to scale with the text, mention for mention.
        var seeds = string.Join("\n\n", SeedArticles.Load().Select(a => a.Text));
        var once = Recognizer.Recognize("a", seeds).Mentions.Count;
        var four = Recognizer.Recognize("a", string.Join("\n\n", Enumerable.Repeat(seeds, 4))).Mentions.Count;
        output.WriteLine($"{once} mentions once, {four} in four copies");
        Assert.InRange(four, 4 * once - 4, 4 * once + 4);
    }

    [SharedDataFact("t17/articles.jsonl.gz")]
    public void Real_articles_all_yield_entities_and_report_their_throughput()
    {
        const int articles = 300;
        var texts = new List<string>(articles);
        using (var gz = new GZipStream(File.OpenRead(SharedData.PathOf("t17/articles.jsonl.gz")!), CompressionMode.Decompress))
        using (var reader = new StreamReader(gz))
            while (texts.Count < articles && reader.ReadLine() is { } line)
                texts.Add(JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!);
        Assert.All(texts.Where(t => t.Length > 0), t => Assert.NotEmpty(Recognizer.Recognize("a", t).Entities));
        var seconds = CpuTime.BestSeconds(() => { foreach (var t in texts) Analyze(t); }, runs: 2);
        var chars = texts.Sum(t => (long)t.Length);
        output.WriteLine($"{texts.Count} articles, avg {chars / texts.Count} chars: {texts.Count / seconds:0} articles/s, {chars / seconds / 1e6:0.0} M chars/s of processor time (this build, this machine)");
    }
}
