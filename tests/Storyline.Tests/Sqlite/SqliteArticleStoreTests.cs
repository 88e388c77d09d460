using Storyline.Pipeline;
using Storyline.Reading;
using Storyline.Sqlite;
using Storyline.Storage;

namespace Storyline.Tests.Sqlite;

public class SqliteArticleStoreTests
{
    private static IngestSummary Ingest(SqliteArticleStore store, params string[] paths)
        => new Ingestion(new ArticleReader(ArticleReader.DefaultFormats()), store, new CorpusAnalyzer()).Run(paths);

    [Fact]
    public void Ingesting_the_seeds_twice_leaves_the_same_store()
    {
        using var dir = new TempFolder();
        using var store = SqliteArticleStore.Open(dir.File("s.db"));
        var first = Ingest(store, Seeds.Folder);
        var snapshot = Snapshot(store);
        var second = Ingest(store, Seeds.Folder);
        Assert.Equal((4, 4, 0), (first.Read, first.New, first.Unchanged));
        Assert.Equal((4, 0, 4), (second.Read, second.New, second.Unchanged));
        Assert.Equal(snapshot, Snapshot(store));
        Assert.Equal(2, store.Events().Count);
    }

    [Fact]
    public void A_staged_analysis_changes_nothing_until_it_is_written_and_then_replaces_the_stored_one()
    {
        using var dir = new TempFolder();
        using var store = SqliteArticleStore.Open(dir.File("s.db"));
        Ingest(store, Seeds.Folder);
        var before = store.Entities();
        var analysis = new CorpusAnalysis([new StoredEvent("ev", "Title", [Seeds.Ceremony], null, null)], [], new Dictionary<string, Storyline.Time.PartialDate>())
        {
            Entities = [new Storyline.Entities.GlobalEntity("e1", "Ada \"Lovelace\" <Byron>", Storyline.Entities.EntityType.Person, ["Ada", "Lovelace"], [Seeds.Ceremony])],
        };

        var write = store.StageAnalysis(analysis);
        Assert.Equal(before.Select(e => e.Id), store.Entities().Select(e => e.Id));
        Assert.Equal(2, store.Events().Count);
        write();

        var entity = Assert.Single(store.Entities());
        Assert.Equal(("e1", "Ada \"Lovelace\" <Byron>"), (entity.Id, entity.Name));
        Assert.Equal(["Ada", "Lovelace"], entity.Aliases);
        Assert.Equal([Seeds.Ceremony], entity.Articles);
        Assert.Equal("ev", Assert.Single(store.Events()).Id);
        Assert.Empty(store.Quotes());
    }

    [Fact]
    public void A_store_whose_path_has_URI_characters_is_the_file_at_that_path()
    {
        using var dir = new TempFolder();
        // Each of these means something in an SQLite URI; each must stay part of the name.
        var path = dir.File("news 100% #1?mode=memory&é.db");
        using (var store = SqliteArticleStore.Open(path))
        {
            Ingest(store, Seeds.Folder);
            Assert.NotEmpty(store.Entities());
        }
        Assert.Equal([path], Directory.GetFiles(dir.Path));
        using var reopened = SqliteArticleStore.Open(path);
        Assert.Equal(4, reopened.ArticleCount);
        Assert.Equal(2, reopened.Events().Count);
    }

    [Fact]
    public void A_staged_analysis_is_stored_as_a_direct_write_stores_it()
    {
        using var dir = new TempFolder();
        using var direct = SqliteArticleStore.Open(dir.File("direct.db"));
        using var staged = SqliteArticleStore.Open(dir.File("staged.db"));
        Ingest(direct, Seeds.Folder);
        Ingest(staged, Seeds.Folder);
        var analysis = new CorpusAnalyzer().Analyze(direct.ArticlesAsRead().ToArray());
        Assert.NotEmpty(analysis.Entities);
        Assert.NotEmpty(analysis.Quotes);
        Assert.NotEmpty(analysis.Claims);

        direct.ReplaceAnalysis(analysis);
        staged.StageAnalysis(analysis)();

        Assert.Equal(AnalysisRows(dir.File("direct.db")), AnalysisRows(dir.File("staged.db")));
    }

    // Every analysis table's rows, in rowid order, as text.
    private static List<string> AnalysisRows(string path)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        var rows = new List<string>();
        foreach (var table in Schema.AnalysisTableNames)
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT rowid, * FROM {table} ORDER BY rowid";
            using var reader = select.ExecuteReader();
            while (reader.Read())
                rows.Add(table + ": " + string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }
        return rows;
    }

    [Fact]
    public void The_schema_names_every_analysis_table_it_creates_in_order()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var create = connection.CreateCommand();
        create.CommandText = Schema.AnalysisTables;
        create.ExecuteNonQuery();
        using var names = connection.CreateCommand();
        names.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid";
        using var reader = names.ExecuteReader();
        var tables = new List<string>();
        while (reader.Read()) tables.Add(reader.GetString(0));
        Assert.Equal(tables, Schema.AnalysisTableNames);
        Assert.Contains("entities", tables);
    }

    [Fact]
    public void A_staging_folder_that_cannot_be_written_is_named_in_the_error()
    {
        using var dir = new TempFolder();
        var missing = dir.File("no such folder");
        var e = Assert.Throws<StoreException>(() => new StagedAnalysis(missing));
        Assert.Contains(missing, e.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public void A_staged_analysis_leaves_no_file_behind()
    {
        using var dir = new TempFolder();
        var staging = dir.File("staging");
        Directory.CreateDirectory(staging);
        string path;
        using (var staged = new StagedAnalysis(staging))
        {
            path = staged.Path;
            Assert.True(File.Exists(path));
        }
        Assert.False(File.Exists(path));
        Assert.Empty(Directory.GetFiles(staging));
    }

    [Fact]
    public void Search_ranks_with_bm25_and_marks_the_hits()
    {
        using var dir = new TempFolder();
        using var store = SqliteArticleStore.Open(dir.File("s.db"));
        Ingest(store, Seeds.Folder);
        var hits = store.Search("blessings ceremony", 5);
        Assert.Equal(Seeds.Ceremony, hits[0].Id);
        Assert.Contains("[blessings]", hits[0].Snippet, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Search_takes_query_syntax_characters_as_plain_words()
    {
        using var dir = new TempFolder();
        using var store = SqliteArticleStore.Open(dir.File("s.db"));
        Ingest(store, Seeds.Folder);
        Assert.Empty(store.Search("*) ( : ^ -", 5));
        Assert.Equal(Seeds.Ceremony, store.Search("blessings* \"ceremony", 5)[0].Id);
    }

    [Fact]
    public void A_file_that_is_not_a_store_is_refused_with_its_name()
    {
        using var dir = new TempFolder();
        var path = dir.Write("notes.db", "just some text, not SQLite at all, long enough to have a header......................................................");
        var e = Assert.Throws<StoreException>(() => SqliteArticleStore.Open(path));
        Assert.Contains("notes.db", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_ranks_the_newest_matches_of_a_very_common_word()
    {
        using var dir = new TempFolder();
        using var store = SqliteArticleStore.Open(dir.File("s.db"));
        // The oldest articles score best, but lie beyond the newest matches that are ranked.
        var oldest = Enumerable.Range(0, 10).Select(i => new Storyline.Articles.Article($"old{i}", "Harbor harbor harbor", null, null, null, "The harbor harbor harbor.", null, null, $"o{i}"));
        var newer = Enumerable.Range(0, SqliteArticleStore.MaxRankedMatches).Select(i => new Storyline.Articles.Article($"new{i}", $"Report {i}", null, null, null, $"A long day at the harbor, report number {i}, with many other words around it.", null, null, $"n{i}"));
        store.Upsert(oldest.ToArray());
        store.Upsert(newer.ToArray());
        var hits = store.Search("harbor", 20);
        Assert.Equal(20, hits.Count);
        Assert.All(hits, h => Assert.StartsWith("new", h.Id, StringComparison.Ordinal));
        Assert.Contains("[harbor]", hits[0].Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Changed_content_under_the_same_id_replaces_the_article()
    {
        using var dir = new TempFolder();
        var file = dir.Write("story.txt", "Title\n\nFirst version of the body.");
        using var store = SqliteArticleStore.Open(dir.File("s.db"));
        Ingest(store, file);
        File.WriteAllText(file, "Title\n\nSecond version of the body.");
        var summary = Ingest(store, file);
        Assert.Equal(1, summary.Updated);
        Assert.Contains("Second", store.Article("story")!.Body, StringComparison.Ordinal);
        Assert.Equal(1, store.ArticleCount);
    }

    private static string Snapshot(IArticleStore store)
        => string.Join("\n", store.Articles().Select(a => $"{a.Id}|{a.ContentHash}|{a.Published}"))
           + "\n" + string.Join("\n", store.Events().Select(e => $"{e.Id}:{string.Join(",", e.ArticleIds)}"))
           + "\n" + string.Join("\n", store.Relations().Select(r => $"{r.A}-{r.B}:{r.Relation}:{r.Similarity}"));
}
