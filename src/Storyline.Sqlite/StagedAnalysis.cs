using Microsoft.Data.Sqlite;

namespace Storyline.Sqlite;

/// <summary>
/// An analysis written into a temporary database that has the store's analysis tables, to be copied into the store
/// table by table. Writing it takes no lock on the store, so it runs while the last articles are still being stored;
/// the copy into an emptied table of the same definition then moves whole records and index entries (SQLite's
/// transfer optimization) instead of inserting row by row, which keeps the part that must wait for the store short.
/// The file is deleted when the staging is disposed. It is a file rather than a database in memory because the analysis
/// tables of a full ingest take tens of megabytes (T17: 47 MB), which in memory added as much to the peak working set.
/// </summary>
internal sealed class StagedAnalysis : IDisposable
{
    private readonly SqliteConnection connection;

    /// <summary>Creates the staging database in <paramref name="folder"/> (by default the user's temporary folder).</summary>
    /// <exception cref="StoreException">The file cannot be created there; the message names the folder.</exception>
    public StagedAnalysis(string? folder = null)
    {
        folder ??= System.IO.Path.GetTempPath();
        Path = System.IO.Path.Combine(folder, $"storyline-analysis-{Guid.NewGuid():N}.db");
        connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false }.ToString());
        try
        {
            connection.Open();
            // Nothing here needs to survive a failure or be flushed to disk: the file lives for one save and is read back from the cache.
            Execute("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + Schema.AnalysisTables);
        }
        catch (SqliteException e)
        {
            Dispose();
            throw new StoreException($"{folder}: cannot write the analysis's temporary copy there ({e.Message}); set TMPDIR to a writable folder");
        }
    }

    /// <summary>The staged database's file, to attach it by.</summary>
    public string Path { get; }

    /// <summary>Runs each statement once per row, its values bound to ?1, ?2, ... in order, all in one transaction.</summary>
    public void Write(IEnumerable<(string Sql, object?[][] Rows)> statements)
    {
        using var tx = connection.BeginTransaction();
        foreach (var (sql, rows) in statements) RawStatement.RunEach(connection, sql, rows);
        tx.Commit();
    }

    public void Dispose()
    {
        connection.Dispose();
        // The copy is in the store by now (or failed and was rolled back): a temporary file that cannot be removed must not fail the save.
        if (File.Exists(Path))
        {
            try { File.Delete(Path); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
    }

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
