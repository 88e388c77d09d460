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
/// <param name="Phases">Wall time of each phase (read and store, analyze, save analysis), for benchmarks.</param>
/// <param name="Stages">Time of each analysis stage summed over threads, for benchmarks.</param>
public sealed record IngestSummary(int Read, int New, int Unchanged, int Updated, int Duplicates,
    IReadOnlyList<ReadFailure> Skipped, IReadOnlyList<string> Notes, int Events, TimeSpan Elapsed,
    IReadOnlyList<(string Phase, TimeSpan Elapsed)> Phases, IReadOnlyList<(string Stage, TimeSpan Elapsed)> Stages);

/// <summary>
/// Reads inputs, stores the articles in batches, then recomputes the corpus analysis over the
/// whole store so that events are the same whatever order the articles came in.
/// </summary>
public sealed class Ingestion(ArticleReader reader, IArticleStore store, CorpusAnalyzer analyzer)
{
    /// <summary>Ingests <paramref name="paths"/>; <paramref name="progress"/> hears the count of articles read so far.</summary>
    public IngestSummary Run(IEnumerable<string> paths, IProgress<int>? progress = null) => Run(reader.Read(paths), progress);

    /// <summary>Ingests already-read results (a benchmark's generated copies, a server's posted articles).</summary>
    public IngestSummary Run(IEnumerable<ReadResult> results, IProgress<int>? progress = null)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var times = new StageTimes();
        var skipped = new List<ReadFailure>();
        var notes = new List<string>();
        var batch = new List<Article>();
        var seenIds = new HashSet<string>(StringComparer.Ordinal);
        int read = 0, added = 0, unchanged = 0, updated = 0;
        void Flush()
        {
            if (batch.Count == 0) return;
            foreach (var outcome in store.Upsert(batch))
            {
                if (outcome == StoreOutcome.New) added++;
                else if (outcome == StoreOutcome.Unchanged) unchanged++;
                else updated++;
            }
            batch.Clear();
        }
        var prepared = new Dictionary<string, PreparedArticle>(StringComparer.Ordinal);
        // Normalizing and the per-article analysis run on the other cores, in input order,
        // while this thread writes to the store.
        var stream = results.AsParallel().AsOrdered()
            .Select(r => r.Article is { } a ? (r, ArticleNormalization.Normalize(a)) : (r, null))
            .Select(x => (x.r, x.Item2, x.Item2 is null ? null : analyzer.Prepare(x.Item2, times)));
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
            prepared[article.Id] = work!;
            if (batch.Count >= analyzer.Options.StoreBatchSize) Flush();
            progress?.Report(read);
        }
        Flush();
        var readPhase = watch.Elapsed;

        var all = store.ArticlesAsRead().ToArray();
        var loadPhase = watch.Elapsed;
        var analysis = analyzer.Analyze(all, prepared, times);
        var analyzePhase = watch.Elapsed;
        store.ReplaceAnalysis(analysis);
        var duplicates = analysis.Relations.Count(r => r.Relation == "duplicate");
        return new IngestSummary(read, added, unchanged, updated, duplicates, skipped, notes, analysis.Events.Count, watch.Elapsed,
            [("read and store", readPhase), ("load", loadPhase - readPhase), ("analyze", analyzePhase - loadPhase), ("save analysis", watch.Elapsed - analyzePhase)], times.Totals());
    }
}
