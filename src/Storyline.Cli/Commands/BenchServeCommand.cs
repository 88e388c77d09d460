using System.CommandLine;
using Storyline.Web.Bench;

namespace Storyline.Cli.Commands;

/// <summary>
/// <c>storyline bench serve --db F [--requests N]</c>: p50/p95 latency of every page and API route, served
/// in-process on 127.0.0.1; and <c>storyline bench repeat</c>, which makes a large corpus for it.
/// The lead wires both under <c>bench</c>.
/// </summary>
internal static class BenchServeCommand
{
    public static Command Create(CliContext context)
    {
        var db = StoreOption.Create();
        var requests = new Option<int>("--requests") { Description = "Requests per route.", DefaultValueFactory = _ => 200 };
        var command = new Command("serve", "Time every page and API route of the web server (p50/p95 per route).") { db, requests };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(db)!;
            if (!File.Exists(path)) throw new UserErrorException($"{path}: no store here yet (run 'storyline ingest PATH --db {path}' first)");
            if (parse.GetValue(requests) < 1) throw new UserErrorException("--requests must be at least 1");
            var report = WebBenchmark.RunAsync(path, parse.GetValue(requests)).GetAwaiter().GetResult();
            foreach (var line in report.Lines()) context.Output.WriteLine(line);
            return StorylineCli.ExitOk;
        });
        return command;
    }

    public static Command CreateRepeat(CliContext context)
    {
        var input = new Argument<string>("INPUT") { Description = "A JSON Lines corpus (.jsonl or .jsonl.gz), e.g. T17." };
        var copies = new Option<int>("--copies") { Description = "How many copies.", DefaultValueFactory = _ => 22 };
        var output = new Option<string>("--out") { Description = "The JSON Lines file to write (.gz compresses).", Required = true };
        var command = new Command("repeat", "Write N copies of a JSON Lines corpus with new ids, for a large benchmark store.") { input, copies, output };
        command.SetAction(parse =>
        {
            var from = parse.GetValue(input)!;
            if (!File.Exists(from)) throw new UserErrorException($"{from}: no such file");
            if (parse.GetValue(copies) < 1) throw new UserErrorException("--copies must be at least 1");
            var n = WebBenchmark.RepeatCorpus(from, parse.GetValue(output)!, parse.GetValue(copies));
            context.Output.WriteLine($"wrote {n:N0} articles to {parse.GetValue(output)}");
            return StorylineCli.ExitOk;
        });
        return command;
    }
}
