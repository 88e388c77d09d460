using System.CommandLine;

namespace Storyline.Cli.Commands;

/// <summary><c>storyline entities</c> and <c>storyline quotes</c>: who is in the news and what they said.</summary>
internal static class EntitiesCommand
{
    public static Command Create(CliContext context)
    {
        var db = StoreOption.Create();
        var json = new Option<bool>("--json") { Description = "Print JSON instead of text." };
        var type = new Option<string?>("--type") { Description = "Only this type: person, organization, place, other." };
        var command = new Command("entities", "List people, organizations and places with their aliases and articles.") { db, json, type };
        command.SetAction(parse =>
        {
            using var store = StoreOption.Open(parse.GetValue(db)!, mustExist: true);
            var wanted = parse.GetValue(type)?.ToLowerInvariant();
            var entities = store.Entities().Where(e => wanted is null || e.Type.ToString().Equals(wanted, StringComparison.OrdinalIgnoreCase)).ToArray();
            if (parse.GetValue(json))
            {
                Json.Write(context.Output, entities.Select(Export.Entity));
                return StorylineCli.ExitOk;
            }
            foreach (var e in entities)
            {
                var others = e.Aliases.Where(a => a != e.Name).ToArray();
                var aliases = others.Length == 0 ? "" : $" (also {string.Join(", ", others)})";
                context.Output.WriteLine($"{e.Name}{aliases}  {e.Type.ToString().ToLowerInvariant()}  {e.Articles.Count} article{(e.Articles.Count == 1 ? "" : "s")}");
            }
            if (entities.Length == 0) context.Output.WriteLine("no entities");
            return StorylineCli.ExitOk;
        });
        return command;
    }

    public static Command CreateQuotes(CliContext context)
    {
        var db = StoreOption.Create();
        var json = new Option<bool>("--json") { Description = "Print JSON instead of text." };
        var entity = new Option<string?>("--entity") { Description = "Only quotes by this speaker (name or alias)." };
        var command = new Command("quotes", "List direct quotations with their speakers and every article that carries them.") { db, json, entity };
        command.SetAction(parse =>
        {
            using var store = StoreOption.Open(parse.GetValue(db)!, mustExist: true);
            var quotes = store.Quotes().AsEnumerable();
            if (parse.GetValue(entity) is { } name)
            {
                var names = store.Entities().Where(e => e.Name.Equals(name, StringComparison.OrdinalIgnoreCase) || e.Aliases.Contains(name, StringComparer.OrdinalIgnoreCase))
                    .Select(e => e.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
                names.Add(name);
                quotes = quotes.Where(q => q.Speaker is not null && names.Contains(q.Speaker));
            }
            var list = quotes.ToArray();
            if (parse.GetValue(json))
            {
                Json.Write(context.Output, list.Select(Export.Quote));
                return StorylineCli.ExitOk;
            }
            foreach (var q in list)
                context.Output.WriteLine($"“{q.Text}” — {q.Speaker ?? "(unattributed)"}\n    {string.Join(", ", q.Articles)} (first: {q.FirstSeen})");
            if (list.Length == 0) context.Output.WriteLine("no quotes");
            return StorylineCli.ExitOk;
        });
        return command;
    }
}
