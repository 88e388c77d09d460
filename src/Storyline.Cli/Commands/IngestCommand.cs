using System.CommandLine;
using Spectre.Console;
using Storyline.Pipeline;
using Storyline.Reading;

namespace Storyline.Cli.Commands;

/// <summary><c>storyline ingest PATH...</c>: read, analyze and store articles.</summary>
internal static class IngestCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files, folders (recursive), .gz files, or - for standard input.", Arity = ArgumentArity.OneOrMore };
        var db = StoreOption.Create();
        var fields = new Option<string[]>("--field") { Description = "Map a JSON Lines field: name=key (names: id, title, dek, text, date, url, source)." };
        var analyses = AnalysesOption.Create();
        var command = new Command("ingest", "Read articles into the store and update events.") { paths, db, fields, analyses };
        command.SetAction(parse =>
        {
            var map = FieldMap(parse.GetValue(fields) ?? []);
            var analyzer = AnalysesOption.Analyzer(parse.GetValue(analyses));
            using var store = StoreOption.Open(parse.GetValue(db)!, mustExist: false);
            var ingestion = new Ingestion(new ArticleReader(InputFormats.All(map)), store, analyzer);
            var summary = RunWithProgress(context, () => ingestion, parse.GetValue(paths)!);
            Print(context, summary);
            return summary.Skipped.Count > 0 ? StorylineCli.ExitSkipped : StorylineCli.ExitOk;
        });
        return command;
    }

    private static IngestSummary RunWithProgress(CliContext context, Func<Ingestion> ingestion, string[] paths)
    {
        if (ReferenceEquals(context.Error, Console.Error) && !Console.IsErrorRedirected && AnsiConsole.Profile.Capabilities.Interactive)
        {
            IngestSummary? summary = null;
            AnsiConsole.Progress().AutoClear(true).Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask("reading");
                    task.IsIndeterminate = true;
                    summary = ingestion().Run(paths, new Progress<int>(n => task.Description = $"read {n:N0} articles"));
                });
            return summary!;
        }
        var lastReport = 0;
        return ingestion().Run(paths, new SyncProgress(n =>
        {
            if (n - lastReport < 10_000) return;
            lastReport = n;
            context.Error.WriteLine($"read {n:N0} articles...");
        }));
    }

    private static void Print(CliContext context, IngestSummary s)
    {
        var o = context.Output;
        o.WriteLine($"read {s.Read}, new {s.New}, unchanged {s.Unchanged}, updated {s.Updated}, duplicates {s.Duplicates}, skipped {s.Skipped.Count}; {s.Events} events in the store ({s.Elapsed.TotalSeconds:F1} s)");
        foreach (var note in s.Notes) context.Error.WriteLine($"note: {note}");
        if (s.Skipped.Count == 0) return;
        context.Error.WriteLine($"skipped {s.Skipped.Count}:");
        foreach (var f in s.Skipped) context.Error.WriteLine($"  {f.Origin}: {f.Reason}");
    }

    internal static JsonFieldMap FieldMap(IEnumerable<string> specs)
    {
        var map = new JsonFieldMap();
        foreach (var spec in specs)
        {
            var eq = spec.IndexOf('=');
            if (eq <= 0 || eq == spec.Length - 1) throw new UserErrorException($"--field '{spec}': expected name=key, e.g. text=article_body");
            map = map.With(spec[..eq], spec[(eq + 1)..])
                ?? throw new UserErrorException($"--field '{spec}': unknown field '{spec[..eq]}' (known: {string.Join(", ", JsonFieldMap.FieldNames)})");
        }
        return map;
    }

    // Progress<T> posts to the thread pool; plain progress lines must come in order, so report synchronously.
    private sealed class SyncProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
