using System.CommandLine;
using Storyline.Sqlite;

namespace Storyline.Cli.Commands;

/// <summary><c>storyline export</c>: the whole store as one JSON document (DESIGN.md's format).</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var db = StoreOption.Create();
        var output = new Option<FileInfo?>("--out") { Description = "Write to this file instead of standard output." };
        var command = new Command("export", "Export articles, events and relations as JSON.") { db, output };
        command.SetAction(parse =>
        {
            using var store = StoreOption.Open(parse.GetValue(db)!, mustExist: true);
            var document = new
            {
                articles = store.Articles().Select(a => new
                {
                    id = a.Id, title = a.Title, dek = a.Dek, source = a.Source, url = a.Url,
                    published = a.Published?.ToString(), publishedBasis = SqliteArticleStore.BasisName(a.Basis), contentHash = a.ContentHash,
                }),
                events = store.Events().Select(e => new { id = e.Id, title = e.Title, articles = e.ArticleIds, start = e.Start, end = e.End }),
                duplicates = store.Relations().Select(r => new { a = r.A, b = r.B, relation = r.Relation, similarity = r.Similarity }),
                entities = store.Entities().Select(Export.Entity),
                quotes = store.Quotes().Select(Export.Quote),
                claims = store.Claims().Select(Export.Claim),
                conflicts = store.Conflicts().Select(Export.Conflict),
                storylines = store.Storylines().Select(Export.Storyline),
            };
            if (parse.GetValue(output) is { } file)
            {
                using var writer = new StreamWriter(file.FullName);
                Json.Write(writer, document);
                context.Error.WriteLine($"wrote {file.FullName}");
            }
            else Json.Write(context.Output, document);
            return StorylineCli.ExitOk;
        });
        return command;
    }
}
