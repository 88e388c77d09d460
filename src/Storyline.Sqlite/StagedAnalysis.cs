using Microsoft.Data.Sqlite;

namespace Storyline.Sqlite;

/// <summary>
/// An analysis written into a database in memory that has the store's analysis tables, to be copied into the store
/// table by table. Writing it takes no lock on the store, so it runs while the last articles are still being stored;
/// the copy into an emptied table of the same definition then moves whole records and index entries (SQLite's
/// transfer optimization) instead of inserting row by row, which keeps the part that must wait for the store short.
/// </summary>
internal sealed class StagedAnalysis : IDisposable
{
    private readonly SqliteConnection connection;

    public StagedAnalysis()
    {
        // A name starting with '/' makes the memdb database one that other connections of this process can attach;
        // it lives until its last connection closes.
        Uri = $"file:/storyline-analysis-{Guid.NewGuid():N}?vfs=memdb";
        connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Uri, Pooling = false }.ToString());
        connection.Open();
        // Nothing here needs to survive a failure: a failed staging is thrown away whole.
        Execute("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + Schema.AnalysisTables);
        using var names = connection.CreateCommand();
        names.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid";
        using var reader = names.ExecuteReader();
        var tables = new List<string>();
        while (reader.Read()) tables.Add(reader.GetString(0));
        Tables = tables;
    }

    /// <summary>The URI to attach the staged database by (the attaching connection must have been opened by URI).</summary>
    public string Uri { get; }

    /// <summary>The analysis tables, in the order the schema creates them.</summary>
    public IReadOnlyList<string> Tables { get; }

    /// <summary>Runs each statement once per row, its values bound to ?1, ?2, ... in order, all in one transaction.</summary>
    public void Write(IEnumerable<(string Sql, object?[][] Rows)> statements)
    {
        using var tx = connection.BeginTransaction();
        foreach (var (sql, rows) in statements) RawStatement.RunEach(connection, sql, rows);
        tx.Commit();
    }

    public void Dispose() => connection.Dispose();

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
