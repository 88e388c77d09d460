using Microsoft.Data.Sqlite;
using Storyline.Storage;

namespace Storyline.Sqlite;

public sealed partial class SqliteArticleStore
{
    /// <inheritdoc />
    public void ReplaceAnalysis(CorpusAnalysis analysis)
    {
        // Nothing else waits on the cores now (an ingest calls this once its writer is done): the rows are built in parallel.
        var statements = Rows(analysis, inParallel: true);
        using var tx = connection.BeginTransaction();
        ClearAnalysis(tx);
        foreach (var (sql, rows) in statements) RawStatement.RunEach(connection, sql, rows);
        RawStatement.RunEach(connection, InferredDateUpdate, InferredDateRows(analysis));
        tx.Commit();
    }

    /// <inheritdoc />
    public Action StageAnalysis(CorpusAnalysis analysis)
    {
        // The store is still busy with articles: the rows are built and written into a staging database on one other thread,
        // which has until the writer is done and, being one, leaves the writer a core; the save then only copies the staged tables in.
        var staging = Task.Run(() =>
        {
            var staged = new StagedAnalysis();
            try
            {
                staged.Write(Rows(analysis, inParallel: false));
                return staged;
            }
            catch
            {
                staged.Dispose();
                throw;
            }
        });
        return () =>
        {
            using var staged = staging.GetAwaiter().GetResult();
            CopyIn(staged, InferredDateRows(analysis));
        };
    }

    // The rows of every analysis table, by the statement that writes them, in the order they are written; the entities and
    // quotes, the largest, sorted and encoded each on a core of its own when in parallel.
    private static (string Sql, object?[][] Rows)[] Rows(CorpusAnalysis analysis, bool inParallel)
    {
        var entityRows = inParallel ? Task.Run(() => EntityRows(analysis)) : Task.FromResult(EntityRows(analysis));
        var quoteRows = inParallel ? Task.Run(() => QuoteRows(analysis)) : Task.FromResult(QuoteRows(analysis));
        return
        [
            .. OtherRows(analysis),
            (Insert("entities(id, name, type, aliases, articles, position)"), entityRows.GetAwaiter().GetResult()),
            (Insert("quotes(id, text, speaker, articles, first_seen, position)"), quoteRows.GetAwaiter().GetResult()),
        ];
    }

    // Sorted by one comparison each (ids are unique, so the order is total): a chain of key selectors cost as much as the rows.
    private static object?[][] EntityRows(CorpusAnalysis analysis)
    {
        var entities = analysis.Entities.ToArray();
        Array.Sort(entities, static (a, b) => b.Articles.Count != a.Articles.Count ? b.Articles.Count.CompareTo(a.Articles.Count)
            : string.CompareOrdinal(a.Name, b.Name) is var byName and not 0 ? byName : string.CompareOrdinal(a.Id, b.Id));
        return entities.Select((e, i) => new object?[] { e.Id, e.Name, TypeNames[(int)e.Type], JsonList(e.Aliases), JsonList(e.Articles), i }).ToArray();
    }

    private static object?[][] QuoteRows(CorpusAnalysis analysis)
    {
        var quotes = analysis.Quotes.ToArray();
        Array.Sort(quotes, static (a, b) => b.Articles.Count != a.Articles.Count ? b.Articles.Count.CompareTo(a.Articles.Count) : string.CompareOrdinal(a.Id, b.Id));
        return quotes.Select((q, i) => new object?[] { q.Id, q.Text, q.Speaker, JsonList(q.Articles), q.FirstArticle, i }).ToArray();
    }

    // Stored entity types, indexed by the enum's (contiguous) values: the lowercased member names.
    private static readonly string[] TypeNames = Enum.GetNames<Storyline.Entities.EntityType>().Select(n => n.ToLowerInvariant()).ToArray();

    // The rows of every analysis table but entities and quotes, by the statement that writes them, in the order they are written.
    private static (string Sql, object?[][] Rows)[] OtherRows(CorpusAnalysis analysis) =>
    [
        (Insert("events(id, title, start, end, position)"),
            analysis.Events.Select((e, i) => new object?[] { e.Id, e.Title, e.Start, e.End, i }).ToArray()),
        (Insert("event_articles(event_id, article_id)"),
            analysis.Events.SelectMany(e => e.ArticleIds.Select(a => new object?[] { e.Id, a })).ToArray()),
        (Insert("relations(a, b, relation, similarity)"),
            analysis.Relations.Select(r => new object?[] { r.A, r.B, r.Relation, r.Similarity }).ToArray()),
        (Insert("facts(article_id, date, sentence, sentence_start, sentence_index, expression, timex, relative)"),
            analysis.Facts.Select(f => new object?[] { f.ArticleId, f.Date.ToString(), f.Sentence, f.SentenceStart, f.SentenceIndex, f.Expression, f.TimexValue, f.IsRelative ? 1 : 0 }).ToArray()),
        (Insert("claims(subject, attribute, value, as_of, article, sentence, position)"),
            analysis.Claims.Select((c, i) => new object?[] { c.Subject, c.Attribute, c.Value, c.AsOf, c.Article, c.Sentence, i }).ToArray()),
        (Insert("comparisons(subject, attribute, verdict, explanation, claims, position)"),
            analysis.Comparisons.Select((c, i) => new object?[] { c.Subject, c.Attribute, c.Verdict, c.Explanation, System.Text.Json.JsonSerializer.Serialize(c.Claims, StoreJson.Default.IReadOnlyListStoredClaim), i }).ToArray()),
        (Insert("conflicts(kind, subject, articles, evidence, position)"),
            analysis.Conflicts.Select((c, i) => new object?[] { c.Kind, c.Subject, JsonList(c.Articles), System.Text.Json.JsonSerializer.Serialize(c.Evidence, StoreJson.Default.IReadOnlyListStoredEvidence), i }).ToArray()),
        (Insert("storylines(id, title, entities, events, timeline, position)"),
            analysis.Storylines.Select((st, i) => new object?[] { st.Id, st.Title, JsonList(st.Entities), JsonList(st.Events), StoredTimeline.Serialize(st.Timeline), i }).ToArray()),
    ];

    // The inferred publication dates live on the articles, so they are written into the store itself.
    private static object?[][] InferredDateRows(CorpusAnalysis analysis) =>
        analysis.InferredDates.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new object?[]
        {
            p.Value.ToString(),
            BasisName(analysis.InferredBases.TryGetValue(p.Key, out var b) ? b : Storyline.Articles.PublishedBasis.Inferred),
            p.Key,
        }).ToArray();

    private void CopyIn(StagedAnalysis staged, object?[][] inferredDateRows)
    {
        using (var attach = Command("ATTACH DATABASE $path AS staged"))
        {
            attach.Parameters.AddWithValue("$path", staged.Path);
            attach.ExecuteNonQuery();
        }
        try
        {
            using var tx = connection.BeginTransaction();
            ClearAnalysis(tx);
            // A plain whole-table copy into an empty table of the same definition is one SQLite does by moving records and
            // index entries as they are (its transfer optimization), without inserting row by row.
            foreach (var table in Schema.AnalysisTableNames) Execute($"INSERT INTO main.{table} SELECT * FROM staged.{table}", tx);
            RawStatement.RunEach(connection, InferredDateUpdate, inferredDateRows);
            tx.Commit();
        }
        finally
        {
            Execute("DETACH DATABASE staged");
        }
    }

    private void ClearAnalysis(SqliteTransaction tx)
    {
        foreach (var table in Schema.AnalysisTableNames) Execute($"DELETE FROM main.{table}", tx);
        Execute("UPDATE articles SET inferred_published = NULL, inferred_basis = NULL WHERE inferred_published IS NOT NULL", tx);
    }

    private const string InferredDateUpdate = "UPDATE articles SET inferred_published = ?1, inferred_basis = ?2 WHERE id = ?3 AND published IS NULL";

    // One prepared statement per table, stepped through SQLite's own API: a save writes tens of thousands of rows
    // (entities, quotes, claims), and the driver's per-command work cost as much as SQLite's insert itself.
    // Values bind in column order; the rows keep their order.
    private static string Insert(string tableAndColumns)
    {
        var columns = tableAndColumns[(tableAndColumns.IndexOf('(') + 1)..^1].Split(',').Length;
        var values = string.Join(", ", Enumerable.Range(1, columns).Select(i => $"?{i}"));
        return $"INSERT INTO {tableAndColumns} VALUES ({values})";
    }

    private static string JsonList(IReadOnlyList<string> items) => JsonStringList.Write(items);

    private static IReadOnlyList<string> ParseList(string json) => System.Text.Json.JsonSerializer.Deserialize(json, StoreJson.Default.StringArray) ?? [];

    /// <inheritdoc />
    public IReadOnlyList<Entities.GlobalEntity> Entities()
    {
        var list = new List<Entities.GlobalEntity>();
        using var cmd = Command("SELECT id, name, type, aliases, articles FROM entities ORDER BY position");
        using var r = cmd.ExecuteReader();
        while (r.Read())
            list.Add(new Entities.GlobalEntity(r.GetString(0), r.GetString(1),
                Enum.TryParse<Entities.EntityType>(r.GetString(2), ignoreCase: true, out var t) ? t : Storyline.Entities.EntityType.Other,
                ParseList(r.GetString(3)), ParseList(r.GetString(4))));
        return list;
    }

    /// <inheritdoc />
    public IReadOnlyList<Facts.DatedFact> Facts()
    {
        var list = new List<Facts.DatedFact>();
        using var cmd = Command("SELECT article_id, date, sentence, sentence_start, sentence_index, expression, timex, relative FROM facts ORDER BY article_id, sentence_start, date");
        using var r = cmd.ExecuteReader();
        while (r.Read())
            if (Time.PartialDate.TryParse(r.GetString(1), out var date))
                list.Add(new Facts.DatedFact(r.GetString(0), date, r.GetString(2), r.GetInt32(3), r.GetInt32(4), r.GetString(5), r.GetString(6), r.GetInt32(7) != 0));
        return list;
    }

    /// <inheritdoc />
    public IReadOnlyList<StoredClaim> Claims()
    {
        var list = new List<StoredClaim>();
        using var cmd = Command("SELECT subject, attribute, value, as_of, article, sentence FROM claims ORDER BY position");
        using var r = cmd.ExecuteReader();
        while (r.Read())
            list.Add(new StoredClaim(r.GetString(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetString(4), r.GetString(5)));
        return list;
    }

    /// <inheritdoc />
    public IReadOnlyList<StoredComparison> Comparisons()
    {
        var list = new List<StoredComparison>();
        using var cmd = Command("SELECT subject, attribute, verdict, explanation, claims FROM comparisons ORDER BY position");
        using var r = cmd.ExecuteReader();
        while (r.Read())
            list.Add(new StoredComparison(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3),
                System.Text.Json.JsonSerializer.Deserialize(r.GetString(4), StoreJson.Default.StoredClaimArray) ?? []));
        return list;
    }

    /// <inheritdoc />
    public IReadOnlyList<StoredConflict> Conflicts()
    {
        var list = new List<StoredConflict>();
        using var cmd = Command("SELECT kind, subject, articles, evidence FROM conflicts ORDER BY position");
        using var r = cmd.ExecuteReader();
        while (r.Read())
            list.Add(new StoredConflict(r.GetString(0), r.GetString(1), ParseList(r.GetString(2)),
                System.Text.Json.JsonSerializer.Deserialize(r.GetString(3), StoreJson.Default.StoredEvidenceArray) ?? []));
        return list;
    }

    /// <inheritdoc />
    public IReadOnlyList<Stories.StorylineRecord> Storylines()
    {
        var list = new List<Stories.StorylineRecord>();
        using var cmd = Command("SELECT id, title, entities, events, timeline FROM storylines ORDER BY position");
        using var r = cmd.ExecuteReader();
        while (r.Read())
            list.Add(new Stories.StorylineRecord(r.GetString(0), r.GetString(1), ParseList(r.GetString(2)), ParseList(r.GetString(3)), StoredTimeline.Deserialize(r.GetString(4))));
        return list;
    }

    /// <inheritdoc />
    public IReadOnlyList<StoredQuote> Quotes()
    {
        var list = new List<StoredQuote>();
        using var cmd = Command("SELECT id, text, speaker, articles, first_seen FROM quotes ORDER BY position");
        using var r = cmd.ExecuteReader();
        while (r.Read())
            list.Add(new StoredQuote(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), ParseList(r.GetString(3)), r.GetString(4)));
        return list;
    }

    /// <inheritdoc />
    public IReadOnlyList<StoredEvent> Events()
    {
        var members = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        using (var cmd = Command("SELECT event_id, article_id FROM event_articles ORDER BY event_id, article_id"))
        using (var r = cmd.ExecuteReader())
            while (r.Read())
            {
                if (!members.TryGetValue(r.GetString(0), out var list)) members[r.GetString(0)] = list = [];
                list.Add(r.GetString(1));
            }
        var events = new List<StoredEvent>();
        using (var cmd = Command("SELECT id, title, start, end FROM events ORDER BY position"))
        using (var r = cmd.ExecuteReader())
            while (r.Read())
                events.Add(new StoredEvent(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1),
                    members.GetValueOrDefault(r.GetString(0)) ?? [], r.IsDBNull(2) ? null : r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3)));
        return events;
    }

    /// <inheritdoc />
    public IReadOnlyList<ArticleRelation> Relations()
    {
        var list = new List<ArticleRelation>();
        using var cmd = Command("SELECT a, b, relation, similarity FROM relations ORDER BY a, b");
        using var r = cmd.ExecuteReader();
        while (r.Read()) list.Add(new ArticleRelation(r.GetString(0), r.GetString(1), r.GetString(2), r.GetDouble(3)));
        return list;
    }

    /// <inheritdoc />
    public IReadOnlyList<SearchHit> Search(string query, int limit)
    {
        var match = FtsQuery.From(query);
        if (match.Length == 0) return [];
        // BM25 must score every match before it can order them, and a common word matches most of a large
        // store; ranking only the newest matches keeps a query fast at any size, and news readers want those.
        using var newest = Command("SELECT rowid FROM articles_fts WHERE articles_fts MATCH $q ORDER BY rowid DESC LIMIT 1 OFFSET $cap");
        newest.Parameters.AddWithValue("$q", match);
        newest.Parameters.AddWithValue("$cap", MaxRankedMatches - 1);
        var fromRowid = newest.ExecuteScalar() is long r ? r : 0;
        using var top = Command("""
            SELECT rowid, bm25(articles_fts, 5.0, 2.0, 1.0) AS rank FROM articles_fts
            WHERE articles_fts MATCH $q AND rowid >= $from ORDER BY rank, rowid LIMIT $limit
            """);
        top.Parameters.AddWithValue("$q", match);
        top.Parameters.AddWithValue("$from", fromRowid);
        top.Parameters.AddWithValue("$limit", limit);
        var ranked = new List<(long Rowid, double Rank)>();
        using (var reader = top.ExecuteReader())
            while (reader.Read()) ranked.Add((reader.GetInt64(0), reader.GetDouble(1)));

        // One lookup per hit: a join back to the index would evaluate the whole match again. FTS5 snippets
        // tokenize the whole body, so very long bodies get a plain excerpt around the first matched word.
        using var detail = Command($"""
            SELECT a.id, coalesce(a.title, a.dek),
                   CASE WHEN length(a.body) <= {MaxSnippetBodyChars} THEN snippet(articles_fts, 2, '[', ']', '…', 16) END,
                   CASE WHEN length(a.body) > {MaxSnippetBodyChars} THEN a.body END
            FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
            WHERE articles_fts MATCH $q AND articles_fts.rowid = $rowid
            """);
        detail.Parameters.AddWithValue("$q", match);
        var rowid = detail.Parameters.Add("$rowid", SqliteType.Integer);
        var hits = new List<SearchHit>(ranked.Count);
        foreach (var (id, rank) in ranked)
        {
            rowid.Value = id;
            using var reader = detail.ExecuteReader();
            if (!reader.Read()) continue;
            var snippet = reader.IsDBNull(2) ? SearchExcerpt.Around(reader.GetString(3), query) : reader.GetString(2);
            hits.Add(new SearchHit(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), snippet, -rank));
        }
        return hits;
    }

    /// <summary>Matches ranked per query at most: the newest ones.</summary>
    public const int MaxRankedMatches = 5000;

    // Longer bodies get a plain excerpt instead of an FTS5 snippet.
    private const int MaxSnippetBodyChars = 100_000;
}
