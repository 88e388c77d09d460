using System.CommandLine;
using Storyline.Sqlite;
using Storyline.Web;

namespace Storyline.Cli.Commands;

/// <summary><c>storyline serve</c>: the web pages and the HTTP API over a store; loopback and read-only by default.</summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var db = StoreOption.Create();
        var urls = new Option<string>("--urls") { Description = "Where to listen (semicolon-separated).", DefaultValueFactory = _ => StorylineWebOptions.DefaultUrls };
        var allowIngest = new Option<bool>("--allow-ingest") { Description = "Accept POST /api/articles (the server is read-only without it)." };
        var command = new Command("serve", "Serve the store's pages and JSON API (Ctrl+C stops).") { db, urls, allowIngest };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(db)!;
            if (!File.Exists(path)) throw new UserErrorException($"{path}: no store here yet (run 'storyline ingest PATH --db {path}' first)");
            var options = new StorylineWebOptions { Urls = parse.GetValue(urls)!, AllowIngest = parse.GetValue(allowIngest) };
            Web.Data.StoreAccess access;
            try
            {
                access = StorylineWeb.OpenSqlite(path, options);
            }
            catch (StoreException e)
            {
                throw new UserErrorException(e.Message);
            }
            using (access)
            {
                try
                {
                    StorylineWeb.ServeAsync(options, access,
                        url => context.Output.WriteLine($"serving {path} at {url} ({(options.AllowIngest ? "ingest allowed" : "read-only")}); Ctrl+C stops"))
                        .GetAwaiter().GetResult();
                }
                catch (IOException e)
                {
                    throw new UserErrorException($"cannot listen on {options.Urls}: {e.Message}");
                }
            }
            return StorylineCli.ExitOk;
        });
        return command;
    }
}
