using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Storyline.Sqlite;

/// <summary>
/// One prepared statement stepped through SQLite's own API, for the store's bulk writes: per row it costs a bind
/// per value and a step, where a driver command also validates, looks its parameters up by name and opens a reader.
/// It runs on the connection, inside whatever transaction is open there.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 db;
    private readonly sqlite3_stmt statement;
    private readonly string sql;

    public RawStatement(SqliteConnection connection, string sql)
    {
        db = connection.Handle!;
        this.sql = sql;
        Check(raw.sqlite3_prepare_v2(db, sql, out statement));
    }

    /// <summary>Binds <paramref name="values"/> to ?1, ?2, ... in order, steps once and resets; true when the step gave a row.</summary>
    public bool Run(ReadOnlySpan<object?> values) => Run(values, out _);

    /// <summary>As <see cref="Run(ReadOnlySpan{object?})"/>, with the first column of the row, if any, as text.</summary>
    public bool Run(ReadOnlySpan<object?> values, out string? firstColumn)
    {
        for (var i = 0; i < values.Length; i++)
        {
            var index = i + 1;
            Check(values[i] switch
            {
                null or DBNull => raw.sqlite3_bind_null(statement, index),
                string text => raw.sqlite3_bind_text(statement, index, text),
                int number => raw.sqlite3_bind_int64(statement, index, number),
                long number => raw.sqlite3_bind_int64(statement, index, number),
                double number => raw.sqlite3_bind_double(statement, index, number),
                var other => throw new ArgumentException($"no SQLite type for a {other.GetType().Name} in {sql}"),
            });
        }
        var step = raw.sqlite3_step(statement);
        if (step is not (raw.SQLITE_ROW or raw.SQLITE_DONE)) Check(step);
        firstColumn = step == raw.SQLITE_ROW && raw.sqlite3_column_type(statement, 0) != raw.SQLITE_NULL
            ? raw.sqlite3_column_text(statement, 0).utf8_to_string()
            : null;
        Check(raw.sqlite3_reset(statement));
        return step == raw.SQLITE_ROW;
    }

    /// <summary>Prepares <paramref name="sql"/> once and runs it for each row, in order.</summary>
    public static void RunEach(SqliteConnection connection, string sql, IEnumerable<object?[]> rows)
    {
        using var statement = new RawStatement(connection, sql);
        foreach (var row in rows) statement.Run(row);
    }

    public void Dispose() => statement.Dispose();

    private void Check(int result)
    {
        if (result is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
            throw new SqliteException($"{raw.sqlite3_errmsg(db).utf8_to_string()} ({sql})", result);
    }
}
