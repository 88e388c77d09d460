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
        eval.Add(Timex(context));
        eval.Add(Extraction(context));
        eval.Add(Tls(context));
        eval.Add(Storylines(context));
        eval.Add(Entities(context));
        eval.Add(Quotes(context));
        return eval;
    }

    private static Command Storylines(CliContext context)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "JSON Lines with a gold event label and a topic per article (e.g. ECB+)." };
        var label = new Option<string>("--label") { Description = "JSON key of the gold event label.", DefaultValueFactory = _ => "subtopic" };
        var topic = new Option<string>("--topic") { Description = "JSON key of the topic (events of one kind).", DefaultValueFactory = _ => "topic" };
        var command = new Command("storylines", "Count how often storylines join different events of one kind.") { file, label, topic };
        command.SetAction(parse =>
        {
            var report = StorylineEvaluation.Run(CliFiles.RequireFile(parse.GetValue(file)!), parse.GetValue(label)!, parse.GetValue(topic)!);
            foreach (var line in report.FormatLines()) context.Output.WriteLine(line);
            return StorylineCli.ExitOk;
        });
        return command;
    }

    private static Command Entities(CliContext context)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Annotated text: '## id' lines, then text with [Name|type] mentions (see tests/Storyline.Tests/Specs/entity-mentions.txt)." };
        var command = new Command("entities", "Score entity mention detection (exact span and type P/R/F1).") { file };
        command.SetAction(parse =>
        {
            var path = CliFiles.RequireFile(parse.GetValue(file)!);
            var (report, problems) = new Storyline.Entities.Evaluation.MentionEvaluator(new Storyline.Entities.EntityRecognizer()).EvaluateAnnotations(File.ReadAllText(path));
            foreach (var p in problems) context.Error.WriteLine($"{path}: {p}");
            foreach (var line in report.Lines()) context.Output.WriteLine(line);
            return problems.Count == 0 ? StorylineCli.ExitOk : StorylineCli.ExitSkipped;
        });
        return command;
    }

    private static Command Quotes(CliContext context)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Annotated text: quotes followed by {Speaker} (see tests/Storyline.Tests/Specs/quote-attributions.txt)." };
        var errors = new Option<bool>("--errors") { Description = "List the misattributed quotes." };
        var command = new Command("quotes", "Score quote speaker attribution (accuracy over annotated quotes).") { file, errors };
        command.SetAction(parse =>
        {
            var path = CliFiles.RequireFile(parse.GetValue(file)!);
            var evaluator = new Storyline.Quotes.Evaluation.QuoteAttributionEvaluator(new Storyline.Entities.EntityRecognizer(), new Storyline.Quotes.QuoteExtractor());
            var (report, problems) = evaluator.EvaluateAnnotations(File.ReadAllText(path));
            foreach (var p in problems) context.Error.WriteLine($"{path}: {p}");
            foreach (var line in report.Lines(parse.GetValue(errors))) context.Output.WriteLine(line);
            return problems.Count == 0 ? StorylineCli.ExitOk : StorylineCli.ExitSkipped;
        });
        return command;
    }

    private static Command Tls(CliContext context)
    {
        var dir = new Argument<DirectoryInfo>("DIR") { Description = "Timeline17-shaped folder: articles.jsonl.gz and timelines.jsonl." };
        var topic = new Option<string?>("--topic") { Description = "Only this topic." };
        var command = new Command("tls", "Timeline summarization scored with the news-tls protocol (concat, agreement, alignment ROUGE; date F1).") { dir, topic };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(dir)!;
            if (!folder.Exists) throw new UserErrorException($"{folder.FullName}: no such folder");
            var report = TlsEvaluation.Run(folder.FullName, null, parse.GetValue(topic));
            foreach (var line in report.FormatLines()) context.Output.WriteLine(line);
            return StorylineCli.ExitOk;
        });
        return command;
    }

    private static Command Timex(CliContext context)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "TempEval-3-shaped JSON Lines: {id, dct, text, timex: [{start, end, type, value}]}." };
        var command = new Command("timex", "Score the temporal tagger as TempEval-3 task A (strict/relaxed span, type, value).") { file };
        command.SetAction(parse =>
        {
            var path = CliFiles.RequireFile(parse.GetValue(file)!);
            var report = new Time.TimexEvaluator().Evaluate(path);
            foreach (var line in report.FormatLines()) context.Output.WriteLine(line);
            return StorylineCli.ExitOk;
        });
        return command;
    }

    private static Command Extraction(CliContext context)
    {
        var html = new Option<DirectoryInfo>("--html") { Description = "Folder of pages <id>.html[.gz].", Required = true };
        var truth = new Option<FileInfo>("--truth") { Description = "Ground truth JSON {id: {articleBody}}.", Required = true };
        var command = new Command("extraction", "Score main-text extraction as the article-extraction-benchmark does (token 4-gram P/R/F1).") { html, truth };
        command.SetAction(parse =>
        {
            var truthPath = CliFiles.RequireFile(parse.GetValue(truth)!);
            var (report, error) = new Html.Evaluation.ExtractionEvaluator(new Html.HtmlArticleExtractor())
                .EvaluateExtractor(parse.GetValue(html)!.FullName, truthPath);
            if (report is null) throw new UserErrorException(error!);
            foreach (var line in report.FormatLines()) context.Output.WriteLine(line);
            return StorylineCli.ExitOk;
        });
        return command;
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
