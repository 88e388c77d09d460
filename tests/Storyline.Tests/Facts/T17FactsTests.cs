using System.IO.Compression;
using System.Text.Json;
using Storyline.Articles;
using Storyline.Facts;
using Storyline.Time;
using Xunit.Abstractions;

namespace Storyline.Tests.Facts;

public class T17FactsTests(ITestOutputHelper output)
{
    private const string File = "t17/articles.jsonl.gz";

    // Every third article keeps the run short while leaving each topic several same-day siblings.
    private const int Stride = 3;

    private static (List<Article> Articles, Dictionary<string, string> Topics) Read()
    {
        var articles = new List<Article>();
        var topics = new Dictionary<string, string>(StringComparer.Ordinal);
        using var reader = new StreamReader(new GZipStream(System.IO.File.OpenRead(SharedData.PathOf(File)!), CompressionMode.Decompress));
        var n = 0;
        while (reader.ReadLine() is { } line)
        {
            if (n++ % Stride != 0) continue;
            using var json = JsonDocument.Parse(line);
            var r = json.RootElement;
            PartialDate? date = PartialDate.TryParse(r.GetProperty("date").GetString(), out var d) ? d : null;
            var id = r.GetProperty("id").GetString()!;
            articles.Add(new Article(id, null, null, r.GetProperty("source").GetString(), null, r.GetProperty("text").GetString()!, date,
                date is null ? null : PublishedBasis.Metadata, "-"));
            topics[id] = r.GetProperty("topic").GetString()!;
        }
        return (articles, topics);
    }

    [SharedDataFact(File)]
    public void T17_datelines_give_the_known_date_and_siblings_with_weekdays_mostly_pin_it()
    {
        var (articles, topics) = Read();
        var report = FactsBenchmark.Run(articles, a => topics[a.Id]);
        foreach (var line in report.FormatLines()) output.WriteLine(line);

        Assert.True(report.Facts > articles.Count * 4, "news articles carry several dated facts each");
        Assert.True(report.Datelines > articles.Count / 10);
        Assert.True(report.DatelinesExact >= report.Datelines * 0.97, $"datelines exact {report.DatelinesExact}/{report.Datelines}");
        Assert.True(report.TextCompatible >= report.TextInferred * 0.8, $"text only {report.TextCompatible}/{report.TextInferred}");
        Assert.True(report.SiblingCompatible >= report.SiblingInferred * 0.8, $"with siblings {report.SiblingCompatible}/{report.SiblingInferred}");
        Assert.True(report.SiblingDaysExact >= report.SiblingDays * 0.7, $"pinned days {report.SiblingDaysExact}/{report.SiblingDays}");
    }
}
