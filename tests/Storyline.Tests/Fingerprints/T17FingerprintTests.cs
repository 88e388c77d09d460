using System.IO.Compression;
using System.Text.Json;
using Storyline.Fingerprints;
using Storyline.Text;

namespace Storyline.Tests.Fingerprints;

public class T17FingerprintTests
{
    private const string File = "t17/articles.jsonl.gz";

    private static List<(string Id, string Text)> Read()
    {
        var articles = new List<(string, string)>();
        using var reader = new StreamReader(new GZipStream(System.IO.File.OpenRead(SharedData.PathOf(File)!), CompressionMode.Decompress));
        while (reader.ReadLine() is { } line)
        {
            using var json = JsonDocument.Parse(line);
            articles.Add((json.RootElement.GetProperty("id").GetString()!, json.RootElement.GetProperty("text").GetString()!));
        }
        return articles;
    }

    /// <summary>The lowercased word strings, made the slow way, as an independent reference.</summary>
    private static string[] Words(string text)
        => Tokenizer.Tokenize(text).Select(t => text.Substring(t.Start, t.Length).ToLowerInvariant().Replace('’', '\'')).ToArray();

    private static double ShingleJaccard(string x, string y)
    {
        static HashSet<string> Shingles(string text)
        {
            var w = Words(text);
            return w.Length < 5 ? [string.Join(' ', w)] : [.. Enumerable.Range(0, w.Length - 4).Select(i => string.Join(' ', w[i..(i + 5)]))];
        }
        var a = Shingles(x);
        var b = Shingles(y);
        return (double)a.Intersect(b).Count() / a.Union(b).Count();
    }

    [SharedDataFact(File)]
    public void T17_duplicates_are_exactly_the_equal_word_sequences_and_near_duplicates_overlap()
    {
        var articles = Read();
        var relations = NearDuplicateDetector.DetectAll(articles);
        var text = articles.ToDictionary(a => a.Id, a => a.Text);

        var expectedDuplicates = articles
            .GroupBy(a => string.Join(' ', Words(a.Text)), StringComparer.Ordinal)
            .Where(g => g.Key.Length > 0)
            .Sum(g => g.Count() * (g.Count() - 1) / 2);
        Assert.Equal(expectedDuplicates, relations.Count(r => r.Relation == DuplicateKind.Duplicate));

        var near = relations.Where(r => r.Relation == DuplicateKind.NearDuplicate).ToList();
        Assert.NotEmpty(near);
        // The estimate has a standard error near 0.04, so the exact overlap of a reported pair stays well above 0.55.
        Assert.All(near, r => Assert.True(ShingleJaccard(text[r.A], text[r.B]) > 0.55, $"{r.A} ~ {r.B}: estimate {r.Similarity}"));
    }

    [SharedDataFact(File)]
    public void T17_benchmark_runs_every_article_and_copy()
    {
        // A slice keeps a Debug build on a busy machine well inside the time budget.
        var articles = Read().Take(1000).ToList();
        var report = FingerprintBenchmark.Run(articles, repeat: 2);
        Assert.Equal(2 * articles.Count, report.Articles);
        // Every copy of a text with words is a duplicate of its original, so the benchmark cannot have skipped any.
        var withWords = articles.Count(a => Tokenizer.Tokenize(a.Text).Count > 0);
        Assert.True(report.Duplicates >= withWords, string.Join('\n', report.FormatLines()));
    }
}
