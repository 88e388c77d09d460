using System.CommandLine;
using Storyline.Sqlite;

namespace Storyline.Cli;

/// <summary>The <c>--db</c> option every store command takes, and opening the store with a one-line error.</summary>
internal static class StoreOption
{
    public const string DefaultPath = "storyline.db";

    public static Option<string> Create() => new("--db")
    {
        Description = "The store file (SQLite).",
        DefaultValueFactory = _ => DefaultPath,
    };

    public static SqliteArticleStore Open(string path, bool mustExist)
    {
        if (mustExist && !File.Exists(path))
            throw new UserErrorException($"{path}: no store here yet (run 'storyline ingest PATH --db {path}' first)");
        try
        {
            return SqliteArticleStore.Open(path);
        }
        catch (StoreException e)
        {
            throw new UserErrorException(e.Message);
        }
    }
}
