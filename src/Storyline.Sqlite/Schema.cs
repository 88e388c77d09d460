namespace Storyline.Sqlite;

/// <summary>The store's tables. Analysis tables are rewritten whole after each ingest.</summary>
internal static class Schema
{
    public const string Create = """
        CREATE TABLE articles(
            id TEXT PRIMARY KEY,
            title TEXT, dek TEXT, source TEXT, url TEXT,
            body TEXT NOT NULL,
            published TEXT, published_basis TEXT,
            inferred_published TEXT,
            content_hash TEXT NOT NULL,
            origin TEXT);
        CREATE INDEX articles_content_hash ON articles(content_hash);
        CREATE VIRTUAL TABLE articles_fts USING fts5(title, dek, body, content='articles', content_rowid='rowid', tokenize='porter unicode61');
        CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, dek, body) VALUES (new.rowid, new.title, new.dek, new.body);
        END;
        CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, dek, body) VALUES ('delete', old.rowid, old.title, old.dek, old.body);
        END;
        """ + AnalysisVersion1 + Version2;

    /// <summary>The analysis tables of schema 1.</summary>
    private const string AnalysisVersion1 = """
        CREATE TABLE events(id TEXT PRIMARY KEY, title TEXT, start TEXT, end TEXT, position INTEGER NOT NULL);
        CREATE TABLE event_articles(event_id TEXT NOT NULL, article_id TEXT NOT NULL, PRIMARY KEY(event_id, article_id));
        CREATE INDEX event_articles_article ON event_articles(article_id);
        CREATE TABLE relations(a TEXT NOT NULL, b TEXT NOT NULL, relation TEXT NOT NULL, similarity REAL NOT NULL, PRIMARY KEY(a, b));
        """;

    /// <summary>Tables and columns added in schema 2; also run to upgrade a version-1 store.</summary>
    public const string Version2 = AnalysisVersion2 + "ALTER TABLE articles ADD COLUMN inferred_basis TEXT;";

    /// <summary>
    /// Every analysis table, as the store has it: a staging database made with these can be copied into the store table by table
    /// (SQLite then moves whole records and index entries instead of inserting row by row).
    /// </summary>
    public const string AnalysisTables = AnalysisVersion1 + AnalysisVersion2;

    /// <summary>The names of the tables <see cref="AnalysisTables"/> creates, in its order.</summary>
    public static readonly IReadOnlyList<string> AnalysisTableNames = System.Text.RegularExpressions.Regex
        .Matches(AnalysisTables, @"CREATE TABLE (?:IF NOT EXISTS )?(\w+)").Select(m => m.Groups[1].Value).ToArray();

    /// <summary>The analysis tables added in schema 2.</summary>
    private const string AnalysisVersion2 = """
        CREATE TABLE IF NOT EXISTS entities(id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, aliases TEXT NOT NULL, articles TEXT NOT NULL, position INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS quotes(id TEXT PRIMARY KEY, text TEXT NOT NULL, speaker TEXT, articles TEXT NOT NULL, first_seen TEXT NOT NULL, position INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS facts(article_id TEXT NOT NULL, date TEXT NOT NULL, sentence TEXT NOT NULL, sentence_start INTEGER NOT NULL,
            sentence_index INTEGER NOT NULL, expression TEXT NOT NULL, timex TEXT NOT NULL, relative INTEGER NOT NULL);
        CREATE INDEX IF NOT EXISTS facts_article ON facts(article_id);
        CREATE TABLE IF NOT EXISTS storylines(id TEXT PRIMARY KEY, title TEXT NOT NULL, entities TEXT NOT NULL, events TEXT NOT NULL, timeline TEXT NOT NULL, position INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS claims(subject TEXT NOT NULL, attribute TEXT NOT NULL, value TEXT NOT NULL, as_of TEXT, article TEXT NOT NULL, sentence TEXT NOT NULL, position INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS conflicts(kind TEXT NOT NULL, subject TEXT NOT NULL, articles TEXT NOT NULL, evidence TEXT NOT NULL, position INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS comparisons(subject TEXT NOT NULL, attribute TEXT NOT NULL, verdict TEXT NOT NULL, explanation TEXT NOT NULL, claims TEXT NOT NULL, position INTEGER NOT NULL);
        """;
}
