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
