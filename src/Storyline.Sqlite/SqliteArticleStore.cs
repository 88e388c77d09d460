using Microsoft.Data.Sqlite;
using Storyline.Articles;
using Storyline.Storage;
using Storyline.Time;

namespace Storyline.Sqlite;

/// <summary>
/// The embedded default store: one SQLite file with an FTS5 index. Writes go in batched
/// transactions in WAL mode, so a crash loses no committed article; re-storing identical
/// content changes nothing.
/// </summary>
public sealed partial class SqliteArticleStore : IArticleStore
{
    /// <summary>The schema version this code writes; older files are upgraded, newer ones refused.</summary>
    public const int SchemaVersion = 2;

    private readonly SqliteConnection connection;

    private SqliteArticleStore(SqliteConnection connection) => this.connection = connection;

    /// <summary>Opens (creating when absent) the store at <paramref name="path"/>.</summary>
    /// <exception cref="StoreException">The file is not a Storyline store or cannot be opened.</exception>
    public static SqliteArticleStore Open(string path)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full)) throw new StoreException($"{path}: is a directory, not a store file");
        var dir = Path.GetDirectoryName(full);
        if (dir is not null && !Directory.Exists(dir)) throw new StoreException($"{path}: folder {dir} does not exist");
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Pooling = false }.ToString());
        try
        {
            connection.Open();
            var store = new SqliteArticleStore(connection);
            store.Initialize(path);
            return store;
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StoreException($"{path}: not a Storyline store ({e.SqliteErrorCode switch { 26 => "file is not a database", _ => e.Message }})");
        }
    }

    private void Initialize(string path)
    {
        Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;");
        var version = Convert.ToInt32(Scalar("PRAGMA user_version"), System.Globalization.CultureInfo.InvariantCulture);
        if (version > SchemaVersion)
            throw new StoreException($"{path}: written by a newer Storyline (schema {version}, this one reads up to {SchemaVersion})");
        if (version == 0)
        {
            var tables = Convert.ToInt32(Scalar("SELECT count(*) FROM sqlite_master"), System.Globalization.CultureInfo.InvariantCulture);
            if (tables > 0) throw new StoreException($"{path}: an SQLite file, but not a Storyline store");
            using var tx = connection.BeginTransaction();
            Execute(Schema.Create, tx);
            Execute($"PRAGMA user_version={SchemaVersion}", tx);
            tx.Commit();
        }
        else if (version < SchemaVersion)
        {
            using var tx = connection.BeginTransaction();
            Execute(Schema.Version2, tx);
            Execute($"PRAGMA user_version={SchemaVersion}", tx);
            tx.Commit();
        }
    }

    /// <inheritdoc />
    public int ArticleCount => Convert.ToInt32(Scalar("SELECT count(*) FROM articles"), System.Globalization.CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public IReadOnlyList<StoreOutcome> Upsert(IReadOnlyList<Article> articles)
    {
        var outcomes = new StoreOutcome[articles.Count];
        using var tx = connection.BeginTransaction();
        using var find = new RawStatement(connection, "SELECT content_hash FROM articles WHERE id = ?1");
        using var delete = new RawStatement(connection, "DELETE FROM articles WHERE id = ?1");
        using var insert = new RawStatement(connection, """
            INSERT INTO articles(id, title, dek, source, url, body, published, published_basis, content_hash, origin)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
            """);
        for (var i = 0; i < articles.Count; i++)
        {
            var a = articles[i];
            find.Run([a.Id], out var existing);
            if (existing == a.ContentHash) { outcomes[i] = StoreOutcome.Unchanged; continue; }
            if (existing is not null) delete.Run([a.Id]);
            insert.Run([a.Id, a.Title, a.Dek, a.Source, a.Url, a.Body, a.Published?.ToString(), BasisName(a.Basis), a.ContentHash, a.Origin]);
            outcomes[i] = existing is null ? StoreOutcome.New : StoreOutcome.Updated;
        }
        tx.Commit();
        return outcomes;
    }

    /// <inheritdoc />
    public IEnumerable<Article> Articles() => ReadAll(withInferred: true);

    /// <inheritdoc />
    public IEnumerable<Article> ArticlesAsRead() => ReadAll(withInferred: false);

    private IEnumerable<Article> ReadAll(bool withInferred)
    {
        using var cmd = Command($"{ArticleSelect} ORDER BY id");
        using var reader = cmd.ExecuteReader();
        while (reader.Read()) yield return ReadArticle(reader, withInferred);
    }

    /// <inheritdoc />
    public Article? Article(string id)
    {
        using var cmd = Command($"{ArticleSelect} WHERE id = $id");
        cmd.Parameters.AddWithValue("$id", id);
        using var reader = cmd.ExecuteReader();
        return reader.Read() ? ReadArticle(reader, withInferred: true) : null;
    }

    private const string ArticleSelect =
        "SELECT id, title, dek, source, url, body, published, published_basis, content_hash, origin, inferred_published, inferred_basis FROM articles";

    private static Article ReadArticle(SqliteDataReader r, bool withInferred)
    {
        string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        PartialDate? published = PartialDate.TryParse(S(6) ?? "", out var d) ? d : null;
        PublishedBasis? basis = ParseBasis(S(7));
        if (withInferred && published is null && PartialDate.TryParse(S(10) ?? "", out var inferred))
        {
            published = inferred;
            basis = ParseBasis(S(11)) ?? PublishedBasis.Inferred;
        }
        return new Article(r.GetString(0), S(1), S(2), S(3), S(4), r.GetString(5), published, basis, r.GetString(8)) { Origin = S(9) };
    }

    /// <summary>The lowercase name of a basis as stored and exported.</summary>
    public static string? BasisName(PublishedBasis? basis) => basis?.ToString().ToLowerInvariant();

    private static PublishedBasis? ParseBasis(string? name) => Enum.TryParse<PublishedBasis>(name, ignoreCase: true, out var b) ? b : null;

    /// <inheritdoc />
    public void Dispose()
    {
        connection.Dispose();
        SqliteConnection.ClearAllPools();
    }

    private SqliteCommand Command(string sql, SqliteTransaction? tx = null)
    {
        var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        return cmd;
    }

    private void Execute(string sql, SqliteTransaction? tx = null)
    {
        using var cmd = Command(sql, tx);
        cmd.ExecuteNonQuery();
    }

    private object? Scalar(string sql)
    {
        using var cmd = Command(sql);
        return cmd.ExecuteScalar();
    }
}

/// <summary>The store cannot be used: not a store, a newer schema, an unwritable path. The message names the file.</summary>
public sealed class StoreException(string message) : Exception(message);
