using System.CommandLine;
using Storyline.Stories;

namespace Storyline.Cli.Commands;

/// <summary><c>storyline storylines</c> and <c>storyline story ID</c>: events linked across time.</summary>
internal static class StorylinesCommand
{
    public static Command Create(CliContext context)
    {
        var db = StoreOption.Create();
        var json = new Option<bool>("--json") { Description = "Print JSON instead of text." };
        var all = new Option<bool>("--all") { Description = "Also list storylines of a single event." };
        var command = new Command("storylines", "List storylines: events about the same people, linked across time.") { db, json, all };
        command.SetAction(parse =>
        {
            using var store = StoreOption.Open(parse.GetValue(db)!, mustExist: true);
            var list = store.Storylines().Where(s => parse.GetValue(all) || s.Events.Count > 1).ToArray();
            if (parse.GetValue(json))
            {
                var events = store.Events().ToDictionary(e => e.Id);
                Json.Write(context.Output, list.Select(s => Export.Storyline(s)));
                return StorylineCli.ExitOk;
            }
            foreach (var s in list)
                context.Output.WriteLine($"{s.Id}  {s.Events.Count} events, {s.Timeline.Count} dated entries  {s.Title}");
            if (list.Length == 0) context.Output.WriteLine(parse.GetValue(all) ? "no storylines" : "no storylines of more than one event (--all lists every one)");
            return StorylineCli.ExitOk;
        });
        return command;
    }

    public static Command CreateStory(CliContext context)
    {
        var id = new Argument<string>("ID") { Description = "Storyline id (from 'storyline storylines')." };
        var db = StoreOption.Create();
        var json = new Option<bool>("--json") { Description = "Print JSON instead of text." };
        var command = new Command("story", "Show one storyline: its events in order and its timeline with sources.") { id, db, json };
        command.SetAction(parse =>
        {
            using var store = StoreOption.Open(parse.GetValue(db)!, mustExist: true);
            var story = Find(store.Storylines(), parse.GetValue(id)!);
            if (parse.GetValue(json))
            {
                Json.Write(context.Output, Export.Storyline(story));
                return StorylineCli.ExitOk;
            }
            var events = store.Events().ToDictionary(e => e.Id);
            context.Output.WriteLine($"{story.Title}  ({story.Id})");
            context.Output.WriteLine("events:");
            foreach (var e in story.Events.Select(x => events[x]))
                context.Output.WriteLine($"  {e.Start ?? "undated"}  {e.Title}  [{string.Join(", ", e.ArticleIds)}]");
            context.Output.WriteLine("timeline:");
            foreach (var g in story.Timeline)
                context.Output.WriteLine($"  {g.Date,-10}  {g.Text}\n              sources: {string.Join(", ", g.ArticleIds)}");
            return StorylineCli.ExitOk;
        });
        return command;
    }

    internal static StorylineRecord Find(IReadOnlyList<StorylineRecord> storylines, string id)
        => storylines.FirstOrDefault(s => s.Id == id)
           ?? storylines.SingleOrDefault(s => s.Id.StartsWith(id, StringComparison.Ordinal))
           ?? throw new UserErrorException($"no storyline '{id}' (see 'storyline storylines')");
}
