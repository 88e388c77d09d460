using System.CommandLine;

namespace Storyline.Cli.Commands;

/// <summary><c>storyline events</c>: the events in the store.</summary>
internal static class EventsCommand
{
    public static Command Create(CliContext context)
    {
        var db = StoreOption.Create();
        var json = new Option<bool>("--json") { Description = "Print JSON instead of text." };
        var command = new Command("events", "List the events: which articles report the same happening.") { db, json };
        command.SetAction(parse =>
        {
            using var store = StoreOption.Open(parse.GetValue(db)!, mustExist: true);
            var events = store.Events();
            if (parse.GetValue(json))
            {
                Json.Write(context.Output, events.Select(e => new { id = e.Id, title = e.Title, articles = e.ArticleIds, start = e.Start, end = e.End }));
                return StorylineCli.ExitOk;
            }
            foreach (var e in events)
            {
                var span = e.Start is null ? "undated" : e.Start == e.End ? e.Start : $"{e.Start} … {e.End}";
                context.Output.WriteLine($"{e.Id}  {span}  {e.ArticleIds.Count} article{(e.ArticleIds.Count == 1 ? "" : "s")}  {e.Title}");
                context.Output.WriteLine($"    {string.Join(", ", e.ArticleIds)}");
            }
            if (events.Count == 0) context.Output.WriteLine("no events (the store is empty)");
            return StorylineCli.ExitOk;
        });
        return command;
    }
}
