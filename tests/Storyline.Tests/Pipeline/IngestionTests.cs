using Storyline.Articles;
using Storyline.Pipeline;
using Storyline.Reading;
using Storyline.Sqlite;
using Storyline.Storage;

namespace Storyline.Tests.Pipeline;

public class IngestionTests
{
    private static Ingestion Make(IArticleStore store, StorylineOptions? options = null)
        => new(new ArticleReader(ArticleReader.DefaultFormats()), store, new CorpusAnalyzer(options ?? new StorylineOptions()));

    [Fact]
    public void Ingesting_in_two_runs_gives_the_analysis_of_one_run()
    {
        using var dir = new TempFolder();
        var seeds = Directory.GetFiles(Seeds.Folder).Order(StringComparer.Ordinal).ToArray();
        using var once = SqliteArticleStore.Open(dir.File("once.db"));
        Make(once).Run(seeds);
        using var twice = SqliteArticleStore.Open(dir.File("twice.db"));
        var first = Make(twice).Run(seeds[2..]);
        var second = Make(twice).Run(seeds[..2]);
        Assert.Equal((2, 2), (first.New, second.New));
        Assert.Equal(Snapshot(once), Snapshot(twice));
        Assert.Single(twice.Storylines());
    }

    [Fact]
    public void Re_ingesting_unchanged_articles_keeps_the_analysis_they_were_stored_with()
    {
        // An unchanged article is not prepared as it comes in: the analysis prepares the stored one.
        using var dir = new TempFolder();
        var seeds = Directory.GetFiles(Seeds.Folder).Order(StringComparer.Ordinal).ToArray();
        using var store = SqliteArticleStore.Open(dir.File("s.db"));
        Make(store).Run(seeds);
        var before = Snapshot(store);
        var again = Make(store).Run(seeds);
        Assert.Equal((0, 4), (again.New, again.Unchanged));
        Assert.Equal(before, Snapshot(store));
        Assert.NotEmpty(store.Quotes());
    }

    [Fact]
    public void Re_ingesting_one_changed_article_among_unchanged_ones_gives_the_analysis_of_one_run()
    {
        using var dir = new TempFolder();
        Article Seed(int i, string body) => new($"s{i}", $"Storm hits coast {i}", null, null, null, body, null, null, ContentHash.Of(body));
        var bodies = Enumerable.Range(0, 4).Select(i => $"A storm hit the coast on Monday, officials said. Report number {i}.").ToArray();
        var changed = "Officials said on Tuesday that the storm had left the coast. A new report.";
        using var twice = SqliteArticleStore.Open(dir.File("twice.db"));
        Make(twice).Run(bodies.Select((b, i) => ReadResult.Success(Seed(i, b))));
        var second = Make(twice).Run(bodies.Select((b, i) => ReadResult.Success(Seed(i, i == 3 ? changed : b))));
        using var once = SqliteArticleStore.Open(dir.File("once.db"));
        Make(once).Run(bodies.Select((b, i) => ReadResult.Success(Seed(i, i == 3 ? changed : b))));
        Assert.Equal((3, 1), (second.Unchanged, second.Updated));
        Assert.Equal(Snapshot(once), Snapshot(twice));
    }

    [Fact]
    public async Task A_failing_store_stops_the_run_with_its_error_instead_of_waiting()
    {
        using var dir = new TempFolder();
        using var inner = SqliteArticleStore.Open(dir.File("s.db"));
        var store = new StoreThatFailsToWrite(inner);
        // One article per batch, so more batches than the write queue holds.
        var ingestion = Make(store, new StorylineOptions { StoreBatchSize = 1 });
        var articles = Enumerable.Range(0, 40).Select(i => ReadResult.Success(
            new Article($"a{i}", $"Title {i}", null, null, null, $"Body number {i} of the test.", null, null, $"h{i}")));
        var run = Task.Run(() => ingestion.Run(articles));
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromMinutes(2)));
        Assert.Same(run, finished);
        await Assert.ThrowsAsync<IOException>(() => run);
    }

    private static string Snapshot(IArticleStore store)
        => string.Join("\n", store.Articles().Select(a => $"{a.Id}|{a.ContentHash}|{a.Published}"))
           + "\n" + string.Join("\n", store.Events().Select(e => $"{e.Id}:{string.Join(",", e.ArticleIds)}"))
           + "\n" + string.Join("\n", store.Relations().Select(r => $"{r.A}-{r.B}:{r.Relation}:{r.Similarity}"))
           + "\n" + string.Join("\n", store.Storylines().Select(s => $"{s.Id}:{string.Join(",", s.Events)}"))
           + "\n" + string.Join("\n", store.Quotes().Select(q => $"{q.Id}:{q.Text}"));

    private sealed class StoreThatFailsToWrite(IArticleStore inner) : IArticleStore
    {
        public IReadOnlyList<StoreOutcome> Upsert(IReadOnlyList<Article> articles) => throw new IOException("disk full");
        public IEnumerable<Article> Articles() => inner.Articles();
        public IEnumerable<Article> ArticlesAsRead() => inner.ArticlesAsRead();
        public Article? Article(string id) => inner.Article(id);
        public int ArticleCount => inner.ArticleCount;
        public void ReplaceAnalysis(CorpusAnalysis analysis) => inner.ReplaceAnalysis(analysis);
        public IReadOnlyList<StoredEvent> Events() => inner.Events();
        public IReadOnlyList<ArticleRelation> Relations() => inner.Relations();
        public IReadOnlyList<Storyline.Entities.GlobalEntity> Entities() => inner.Entities();
        public IReadOnlyList<StoredQuote> Quotes() => inner.Quotes();
        public IReadOnlyList<StoredClaim> Claims() => inner.Claims();
        public IReadOnlyList<StoredComparison> Comparisons() => inner.Comparisons();
        public IReadOnlyList<StoredConflict> Conflicts() => inner.Conflicts();
        public IReadOnlyList<Storyline.Facts.DatedFact> Facts() => inner.Facts();
        public IReadOnlyList<Storyline.Stories.StorylineRecord> Storylines() => inner.Storylines();
        public IReadOnlyList<SearchHit> Search(string query, int limit) => inner.Search(query, limit);
        public void Dispose() { }
    }
}
