using System.Globalization;
using Storyline.Events;
using Storyline.Reading;

namespace Storyline.Evaluation;

/// <summary>
/// Clusters every article of a labelled JSON Lines file together, from scratch and with no
/// hint of topics, and scores the events against the gold label (B-cubed and pairwise).
/// </summary>
public static class ClusteringEvaluation
{
    /// <summary>Result of one evaluation run.</summary>
    /// <param name="Score">The scores.</param>
    /// <param name="Skipped">Lines that could not be read, with reasons.</param>
    /// <param name="Elapsed">Clustering time.</param>
    /// <param name="Events">The predicted events.</param>
    public sealed record Report(ClusteringScore Score, IReadOnlyList<ReadFailure> Skipped, TimeSpan Elapsed, IReadOnlyList<EventCluster> Events)
    {
        /// <summary>Human-readable lines; the last ends with the B-cubed F1 as a number.</summary>
        public IEnumerable<string> FormatLines()
        {
            var s = Score;
            yield return F($"articles {s.Items}, gold events {s.GoldClusters}, predicted events {s.PredictedClusters}, skipped {Skipped.Count}, {Elapsed.TotalSeconds:F2} s");
            yield return F($"pairwise  P {s.PairPrecision:F4}  R {s.PairRecall:F4}  F1 {s.PairF1:F4}");
            yield return F($"B-cubed   P {s.BCubedPrecision:F4}  R {s.BCubedRecall:F4}  F1 {s.BCubedF1:F4}");
        }

        private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Runs the evaluation on <paramref name="path"/> with gold labels under <paramref name="labelKey"/>.</summary>
    public static Report Run(string path, string labelKey, ClusteringOptions? options = null, JsonFieldMap? fields = null)
    {
        var data = LabelledArticles.Read(path, [labelKey], fields);
        var gold = data.Labels[labelKey];
        var inputs = data.Articles.Select(a => EventInputs.From(a)).ToList();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var clusterer = new EventClusterer(options);
        clusterer.AddRange(inputs);
        var events = clusterer.Consolidate().Events;
        watch.Stop();
        var predicted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var ev in events)
            foreach (var id in ev.ArticleIds) predicted[id] = ev.Id;
        return new Report(ClusteringScore.Compute(gold, predicted), data.Skipped, watch.Elapsed, events);
    }
}
