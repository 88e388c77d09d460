using System.CommandLine;

namespace Storyline.Cli.Commands;

/// <summary><c>storyline conflicts</c> and <c>storyline claims</c>: where sources agree, disagree or correct each other.</summary>
internal static class ConflictsCommand
{
    public static Command Create(CliContext context)
    {
        var db = StoreOption.Create();
        var json = new Option<bool>("--json") { Description = "Print JSON instead of text." };
        var command = new Command("conflicts", "List corrections and disagreements between sources, with their evidence sentences.") { db, json };
        command.SetAction(parse =>
        {
            using var store = StoreOption.Open(parse.GetValue(db)!, mustExist: true);
            var conflicts = store.Conflicts();
            if (parse.GetValue(json))
            {
                Json.Write(context.Output, conflicts.Select(Export.Conflict));
                return StorylineCli.ExitOk;
            }
            foreach (var c in conflicts)
            {
                context.Output.WriteLine($"{c.Kind}: {c.Subject}  [{string.Join(", ", c.Articles)}]");
                foreach (var e in c.Evidence) context.Output.WriteLine($"    {e.Article}: {e.Sentence}");
            }
            if (conflicts.Count == 0) context.Output.WriteLine("no conflicts");
            return StorylineCli.ExitOk;
        });
        return command;
    }

    public static Command CreateClaims(CliContext context)
    {
        var db = StoreOption.Create();
        var json = new Option<bool>("--json") { Description = "Print JSON instead of text." };
        var all = new Option<bool>("--all") { Description = "Also list claims made by one article only." };
        var command = new Command("claims", "Compare claims (ages, counts, dates of happenings) across articles: agree, compatible at different precision, or disagree.") { db, json, all };
        command.SetAction(parse =>
        {
            using var store = StoreOption.Open(parse.GetValue(db)!, mustExist: true);
            var list = store.Comparisons().Where(c => parse.GetValue(all) || c.Claims.Select(x => x.Article).Distinct().Count() > 1).ToArray();
            if (parse.GetValue(json))
            {
                Json.Write(context.Output, list.Select(c => new { subject = c.Subject, attribute = c.Attribute, verdict = c.Verdict, explanation = c.Explanation, claims = c.Claims.Select(Export.Claim) }));
                return StorylineCli.ExitOk;
            }
            foreach (var c in list)
            {
                context.Output.WriteLine($"{c.Verdict}: {c.Subject} {c.Attribute} — {c.Explanation}");
                foreach (var x in c.Claims) context.Output.WriteLine($"    {x.Value} as of {x.AsOf ?? "?"}  ({x.Article})");
            }
            if (list.Length == 0) context.Output.WriteLine("no claims compared across articles");
            return StorylineCli.ExitOk;
        });
        return command;
    }
}
