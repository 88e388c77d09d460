using System.CommandLine;
using Storyline.Fingerprints;
using Storyline.Pipeline;
using Storyline.Reading;

namespace Storyline.Cli.Commands;

/// <summary><c>storyline bench ...</c>: throughput benchmarks that print articles/s, MB/s and memory.</summary>
internal static class BenchCommand
{
    public static Command Create(CliContext context)
    {
        var bench = new Command("bench", "Measure throughput on a JSON Lines file (.jsonl or .jsonl.gz).");
        bench.Add(Fingerprint(context));
        bench.Add(Ingest(context));
        bench.Add(BenchServeCommand.Create(context));
        bench.Add(BenchServeCommand.CreateRepeat(context));
        return bench;
    }

    private static Option<int> RepeatOption() => new("--repeat")
    {
        Description = "Read the file this many times; each copy gets a new id and date.",
        DefaultValueFactory = _ => 1,
    };

    private static Command Fingerprint(CliContext context)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "JSON Lines articles, optionally gzipped." };
        var repeat = RepeatOption();
        var command = new Command("fingerprint", "Time fingerprinting (shingles, MinHash, LSH, relations).") { file, repeat };
        command.SetAction(parse =>
        {
            var path = CliFiles.RequireFile(parse.GetValue(file)!);
            var n = RequirePositive(parse.GetValue(repeat));
            var articles = new List<(string, string)>();
            foreach (var result in new ArticleReader(InputFormats.All()).Read([path]))
                if (result.Article is { } a) articles.Add((a.Id, a.Body));
            var report = FingerprintBenchmark.Run(articles, n);
            foreach (var line in report.FormatLines()) context.Output.WriteLine(line);
            return StorylineCli.ExitOk;
        });
        return command;
    }

    private static Command Ingest(CliContext context)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "JSON Lines articles, optionally gzipped." };
        var repeat = RepeatOption();
        var db = new Option<string?>("--db") { Description = "Store file to ingest into (default: a new temporary file, deleted afterwards)." };
        var analyses = AnalysesOption.Create();
        var command = new Command("ingest", "Time the whole ingest path into the SQLite store.") { file, repeat, db, analyses };
        command.SetAction(parse =>
        {
            var path = CliFiles.RequireFile(parse.GetValue(file)!);
            var n = RequirePositive(parse.GetValue(repeat));
            var analyzer = AnalysesOption.Analyzer(parse.GetValue(analyses));
            var target = parse.GetValue(db);
            var temporary = target is null;
            target ??= Path.Combine(Path.GetTempPath(), $"storyline-bench-{Guid.NewGuid():N}.db");
            try
            {
                IngestBenchmarkReport report;
                using (var store = StoreOption.Open(target, mustExist: false))
                    report = IngestBenchmark.Run(new ArticleReader(InputFormats.All()), path, n, store, analyzer);
                foreach (var line in report.FormatLines()) context.Output.WriteLine(line);
            }
            finally
            {
                if (temporary)
                    foreach (var suffix in new[] { "", "-wal", "-shm" })
                        File.Delete(target + suffix);
            }
            return StorylineCli.ExitOk;
        });
        return command;
    }

    private static int RequirePositive(int repeat) => repeat >= 1 ? repeat : throw new UserErrorException("--repeat must be at least 1");
}
