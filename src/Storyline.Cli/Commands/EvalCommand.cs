using System.CommandLine;
using Storyline.Evaluation;

namespace Storyline.Cli.Commands;

/// <summary><c>storyline eval ...</c>: quality benchmarks that print their figures.</summary>
internal static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var eval = new Command("eval", "Score Storyline against a labelled dataset.");
        eval.Add(Clustering(context));
        return eval;
    }

    private static Command Clustering(CliContext context)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "JSON Lines file of labelled articles." };
        var label = new Option<string>("--label") { Description = "JSON key of the gold event label.", DefaultValueFactory = _ => "subtopic" };
        var set = new Option<string[]>("--set") { Description = "Override a clustering option, Name=value (repeatable), for sweeps.", AllowMultipleArgumentsPerToken = false };
        var save = new Option<FileInfo?>("--save") { Description = "Write the predicted events as JSON Lines ({event, articles})." };
        var command = new Command("clustering", "Cluster all articles of FILE together and print B-cubed and pairwise scores.") { file, label, set, save };
        command.SetAction(parse =>
        {
            var path = CliFiles.RequireFile(parse.GetValue(file)!);
            var (options, problem) = OptionOverrides.Apply(new Events.ClusteringOptions(), parse.GetValue(set) ?? []);
            if (options is null) throw new UserErrorException(problem!);
            var report = ClusteringEvaluation.Run(path, parse.GetValue(label)!, options);
            if (parse.GetValue(save) is { } target)
                File.WriteAllLines(target.FullName, report.Events.Select(e => System.Text.Json.JsonSerializer.Serialize(new { @event = e.Id, articles = e.ArticleIds })));
            foreach (var line in report.FormatLines()) context.Output.WriteLine(line);
            foreach (var skip in report.Skipped) context.Error.WriteLine($"skipped {skip}");
            return StorylineCli.ExitOk;
        });
        return command;
    }
}
