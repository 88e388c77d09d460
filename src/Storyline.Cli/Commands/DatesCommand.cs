using System.CommandLine;
using System.Globalization;
using Storyline.Time;

namespace Storyline.Cli.Commands;

/// <summary><c>storyline dates TEXT|FILE</c>: what the temporal tagger finds in any text.</summary>
internal static class DatesCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Argument<string>("TEXT") { Description = "Text to tag, or the path of a text file." };
        var reference = new Option<string?>("--reference") { Description = "Reference date YYYY-MM-DD that relative expressions resolve against (e.g. the publication date)." };
        var json = new Option<bool>("--json") { Description = "Print JSON." };
        var command = new Command("dates", "Show the temporal expressions in a text, normalized to TIMEX3 values.") { input, reference, json };
        command.SetAction(parse =>
        {
            var text = parse.GetValue(input)!;
            if (File.Exists(text)) text = File.ReadAllText(text);
            DateOnly? refDate = null;
            if (parse.GetValue(reference) is { } r)
            {
                if (!DateOnly.TryParseExact(r, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                    throw new UserErrorException($"--reference '{r}': expected a date as YYYY-MM-DD");
                refDate = d;
            }
            var found = TemporalTagger.Default.Tag(text, refDate);
            if (parse.GetValue(json))
            {
                Json.Write(context.Output, found.Select(e => new { text = e.Text, start = e.Start, type = e.TypeName, value = e.Value, date = e.Date?.ToString() }));
                return StorylineCli.ExitOk;
            }
            foreach (var e in found)
                context.Output.WriteLine($"{e.Start,6}  {e.TypeName,-8} {e.Value,-14} {e.Text}");
            if (found.Count == 0) context.Output.WriteLine("no temporal expressions");
            return StorylineCli.ExitOk;
        });
        return command;
    }
}
