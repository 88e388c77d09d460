using System.CommandLine;
using Storyline.Sqlite;
using Storyline.Web;
using Storyline.Web.Report;

namespace Storyline.Cli.Commands;

/// <summary><c>storyline report --out DIR</c>: the server's pages as static HTML files.</summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var db = StoreOption.Create();
        var output = new Option<string>("--out") { Description = "Folder to write the pages into (created when absent).", Required = true };
        var command = new Command("report", "Write the storylines, events and articles as static HTML pages.") { db, output };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(db)!;
            if (!File.Exists(path)) throw new UserErrorException($"{path}: no store here yet (run 'storyline ingest PATH --db {path}' first)");
            var folder = parse.GetValue(output)!;
            if (File.Exists(folder)) throw new UserErrorException($"--out {folder}: is a file, not a folder");
            try
            {
                var options = new StorylineWebOptions();
                using var access = StorylineWeb.OpenSqlite(path, options);
                var summary = StaticReport.Write(access, folder, options);
                context.Output.WriteLine($"wrote {summary.Files} files to {summary.Folder} (open index.html)");
            }
            catch (StoreException e)
            {
                throw new UserErrorException(e.Message);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UserErrorException($"--out {folder}: {e.Message}");
            }
            return StorylineCli.ExitOk;
        });
        return command;
    }
}
