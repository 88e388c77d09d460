using System.CommandLine;

namespace Storyline.Cli.Commands;

/// <summary><c>storyline search QUERY</c>: full-text search ranked by BM25.</summary>
internal static class SearchCommand
{
    public static Command Create(CliContext context)
    {
        var query = new Argument<string>("QUERY") { Description = "Words to find; \"quoted phrases\" and OR work." };
        var db = StoreOption.Create();
        var json = new Option<bool>("--json") { Description = "Print JSON instead of text." };
        var limit = new Option<int>("--limit") { Description = "Most hits to show.", DefaultValueFactory = _ => 20 };
        var command = new Command("search", "Search the stored articles (BM25 ranking, with snippets).") { query, db, json, limit };
        command.SetAction(parse =>
        {
            if (parse.GetValue(limit) < 1) throw new UserErrorException("--limit must be at least 1");
            using var store = StoreOption.Open(parse.GetValue(db)!, mustExist: true);
            var hits = store.Search(parse.GetValue(query)!, parse.GetValue(limit));
            if (parse.GetValue(json))
            {
                Json.Write(context.Output, hits.Select(h => new { id = h.Id, title = h.Title, snippet = h.Snippet, score = Math.Round(h.Score, 4) }));
                return StorylineCli.ExitOk;
            }
            foreach (var h in hits)
                context.Output.WriteLine($"{h.Id}  {h.Score:F2}  {h.Title}\n    {h.Snippet.ReplaceLineEndings(" ")}");
            if (hits.Count == 0) context.Output.WriteLine("no matches");
            return StorylineCli.ExitOk;
        });
        return command;
    }
}
