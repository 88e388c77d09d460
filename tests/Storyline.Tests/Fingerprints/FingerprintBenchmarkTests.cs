using Storyline.Fingerprints;

namespace Storyline.Tests.Fingerprints;

public class FingerprintBenchmarkTests
{
    [Fact]
    public void Benchmark_processes_every_copy_and_reports_throughput_last()
    {
        var articles = Enumerable.Range(0, 20).Select(i => ($"a{i}", TestTexts.Article(i, 200))).ToList();
        var report = FingerprintBenchmark.Run(articles, repeat: 3);

        Assert.Equal(60, report.Articles);
        // Three copies of each article: three duplicate pairs each, and no other relation.
        Assert.Equal(60, report.Duplicates);
        Assert.Equal(0, report.NearDuplicates);
        Assert.Equal(3 * articles.Sum(a => System.Text.Encoding.UTF8.GetByteCount(a.Item2)), report.Bytes);
        Assert.True(report.ArticlesPerSecond > 0);
        var lines = report.FormatLines();
        Assert.Matches(@"^\d+ articles/s$", lines[^1]);
    }

    [Fact]
    public void Report_rates_follow_from_counts_and_time()
    {
        var report = new FingerprintBenchmarkReport(1000, 2 * 1024 * 1024, TimeSpan.FromSeconds(0.5), 2, 0, 0, 0, 4_000_000, 0);
        Assert.Equal(2000, report.ArticlesPerSecond, 6);
        Assert.Equal(4, report.MegabytesPerSecond, 6);
        Assert.Equal(4_000_000, report.RetainedBytesPerThousandArticles, 6);
        Assert.Equal("2000 articles/s", report.FormatLines()[^1]);
    }
}
