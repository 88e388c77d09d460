using Storyline.Articles;
using Storyline.Reading;
using Storyline.Storage;

namespace Storyline.Pipeline;

/// <summary>What one ingest run did.</summary>
/// <param name="Read">Articles read.</param>
/// <param name="New">Articles new to the store.</param>
/// <param name="Unchanged">Articles already stored with the same content.</param>
/// <param name="Updated">Articles whose stored content was replaced.</param>
/// <param name="Duplicates">Articles whose content equals another article's (relation <c>duplicate</c>).</param>
/// <param name="Skipped">Inputs that could not be read, with reasons.</param>
/// <param name="Notes">Remarks about inputs that were read (e.g. encodings assumed).</param>
/// <param name="Events">Events in the store after the run.</param>
/// <param name="Elapsed">Wall time of the run.</param>
/// <param name="Phases">Wall time of each phase (load, read and prepare, analyze, finish storing, save analysis), for benchmarks.</param>
/// <param name="Stages">Time of each analysis stage summed over threads, for benchmarks.</param>
public sealed record IngestSummary(int Read, int New, int Unchanged, int Updated, int Duplicates,
    IReadOnlyList<ReadFailure> Skipped, IReadOnlyList<string> Notes, int Events, TimeSpan Elapsed,
    IReadOnlyList<(string Phase, TimeSpan Elapsed)> Phases, IReadOnlyList<(string Stage, TimeSpan Elapsed)> Stages);

/// <summary>
/// Reads inputs and stores the articles in batches while it recomputes the corpus analysis over
/// the whole store, so that events are the same whatever order the articles came in.
/// </summary>
public sealed class Ingestion(ArticleReader reader, IArticleStore store, CorpusAnalyzer analyzer)
{
    /// <summary>Ingests <paramref name="paths"/>; <paramref name="progress"/> hears the count of articles read so far.</summary>
    public IngestSummary Run(IEnumerable<string> paths, IProgress<int>? progress = null) => Run(reader.Read(paths), progress);

    /// <summary>Ingests already-read results (a benchmark's generated copies, a server's posted articles).</summary>
    public IngestSummary Run(IEnumerable<ReadResult> results, IProgress<int>? progress = null)
    {
        var times = new StageTimes();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        analyzer.Preload();
        var skipped = new List<ReadFailure>();
        var notes = new List<string>();
        var seenIds = new HashSet<string>(StringComparer.Ordinal);
        var read = 0;

        // The analysis covers the whole store: what it held before this run, with this run's articles
        // in place of the stored ones they change.
        var stored = store.ArticlesAsRead().ToDictionary(a => a.Id, StringComparer.Ordinal);
        var loadPhase = watch.Elapsed;

        // One thread writes batches to the store while the others read and prepare articles,
        // and later analyze them: the store never waits for the analysis, nor the analysis for the store.
        // The queue is not bounded: every article read stays in memory for the analysis anyway, so holding back
        // reading would save nothing and only delay the analysis.
        using var batches = new System.Collections.Concurrent.BlockingCollection<List<Article>>();
        var writer = Task.Factory.StartNew(() => WriteAll(batches, times), TaskCreationOptions.LongRunning);
        var batch = new List<Article>();
        // The writer is the slowest single thread, so the first batches are small to start it early; they double up
        // to the configured size, since each transaction adds a segment that the full-text index merges later.
        var batchSize = Math.Min(FirstStoreBatchSize, analyzer.Options.StoreBatchSize);
        var incoming = new List<Article>();
        var prepared = new Dictionary<string, PreparedArticle>(StringComparer.Ordinal);
        // An article stored with the same content is analyzed as it was stored, and the analysis prepares that one itself:
        // preparing the incoming copy too would do the work twice on every unchanged article of a re-ingest.
        bool Unchanged(Article a) => stored.TryGetValue(a.Id, out var old) && old.ContentHash == a.ContentHash;
        var stream = results.AsParallel().AsOrdered()
            .Select(r => r.Article is { } a ? (r, ArticleNormalization.Normalize(a)) : (r, null))
            .Select(x => (x.r, x.Item2, x.Item2 is null || Unchanged(x.Item2) ? null : analyzer.Prepare(x.Item2, times)));
        try
        {
            foreach (var (result, normalized, work) in stream)
            {
                if (result.Article is not { } article)
                {
                    skipped.Add(result.Failure!);
                    continue;
                }
                if (!seenIds.Add(article.Id))
                {
                    skipped.Add(new ReadFailure(article.Origin ?? article.Id, $"id '{article.Id}' appears twice in this input; the first was kept"));
                    continue;
                }
                read++;
                foreach (var note in article.Notes) notes.Add($"{article.Origin ?? article.Id}: {note}");
                batch.Add(normalized!);
                incoming.Add(normalized!);
                if (work is not null) prepared[article.Id] = work;
                if (batch.Count >= batchSize)
                {
                    batches.Add(batch);
                    batch = [];
                    batchSize = Math.Min(batchSize * 2, analyzer.Options.StoreBatchSize);
                }
                progress?.Report(read);
            }
            if (batch.Count > 0) batches.Add(batch);
        }
        finally
        {
            batches.CompleteAdding();
        }
        var readPhase = watch.Elapsed;
        // A store that cannot be written ends the run here, before any analysis is spent on it.
        if (writer.IsFaulted) writer.GetAwaiter().GetResult();

        // The store keeps an unchanged article as it was stored, so the analysis does too.
        foreach (var article in incoming)
        {
            if (!Unchanged(article)) stored[article.Id] = article;
        }
        var analysis = analyzer.Analyze(stored.Values.ToArray(), prepared, times);
        var analyzePhase = watch.Elapsed;
        // While the writer is still storing articles the analysis is staged beside it; once it is done, written at once.
        var saveAnalysis = writer.IsCompleted ? () => store.ReplaceAnalysis(analysis) : store.StageAnalysis(analysis);
        var (added, unchanged, updated) = writer.GetAwaiter().GetResult();
        var storePhase = watch.Elapsed;
        saveAnalysis();
        var duplicates = analysis.Relations.Count(r => r.Relation == "duplicate");
        return new IngestSummary(read, added, unchanged, updated, duplicates, skipped, notes, analysis.Events.Count, watch.Elapsed,
            [("load", loadPhase), ("read and prepare", readPhase - loadPhase), ("analyze", analyzePhase - readPhase),
             ("finish storing", storePhase - analyzePhase), ("save analysis", watch.Elapsed - storePhase)], times.Totals());
    }

    // Articles in the first batch written.
    private const int FirstStoreBatchSize = 250;

    private (int Added, int Unchanged, int Updated) WriteAll(System.Collections.Concurrent.BlockingCollection<List<Article>> batches, StageTimes times)
    {
        int added = 0, unchanged = 0, updated = 0;
        System.Runtime.ExceptionServices.ExceptionDispatchInfo? failure = null;
        foreach (var batch in batches.GetConsumingEnumerable())
        {
            // After a failed write the queue is still drained, so the reading side never blocks on it.
            if (failure is not null) continue;
            using var _ = times.Measure("store articles");
            try
            {
                foreach (var outcome in store.Upsert(batch))
                {
                    if (outcome == StoreOutcome.New) added++;
                    else if (outcome == StoreOutcome.Unchanged) unchanged++;
                    else updated++;
                }
            }
            catch (Exception e)
            {
                failure = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e);
            }
        }
        failure?.Throw();
        return (added, unchanged, updated);
    }
}
