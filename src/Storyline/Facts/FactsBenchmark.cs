using System.Diagnostics;
using System.Globalization;
using Storyline.Articles;
using Storyline.Time;

namespace Storyline.Facts;

/// <summary>The throughput and quality of one run of the dated-facts stage.</summary>
/// <param name="Articles">Articles processed.</param>
/// <param name="Facts">Dated facts extracted.</param>
/// <param name="ExtractElapsed">Wall time of fact extraction (tagging included) over all articles.</param>
/// <param name="InferElapsed">Wall time of published-date inference over all articles, their own dates hidden.</param>
/// <param name="DatedArticles">Articles with a known published date (the truth for the inference figures).</param>
/// <param name="TextInferred">Dated articles that got a date from their text alone (dateline or lower bound).</param>
/// <param name="TextCompatible">Of those, how many agree with the known date at the inferred precision.</param>
/// <param name="Datelines">Dated articles whose text states the date in a dateline (<see cref="Articles.PublishedBasis.Text"/>).</param>
/// <param name="DatelinesExact">Of those, how many give exactly the known date.</param>
/// <param name="SiblingInferred">Dated articles that got a date once given their siblings (same key, known dates near theirs).</param>
/// <param name="SiblingCompatible">Of those, how many agree with the known date.</param>
/// <param name="SiblingDays">Of those, how many were pinned to a day.</param>
/// <param name="SiblingDaysExact">Of the pinned days, how many are the known day.</param>
public sealed record FactsBenchmarkReport(
    int Articles,
    int Facts,
    TimeSpan ExtractElapsed,
    TimeSpan InferElapsed,
    int DatedArticles,
    int TextInferred,
    int TextCompatible,
    int Datelines,
    int DatelinesExact,
    int SiblingInferred,
    int SiblingCompatible,
    int SiblingDays,
    int SiblingDaysExact)
{
    /// <summary>Articles per second through extraction and inference together.</summary>
    public double ArticlesPerSecond => Articles / Math.Max((ExtractElapsed + InferElapsed).TotalSeconds, double.Epsilon);

    /// <summary>The report as text lines; the last line is <c>&lt;n&gt; articles/s</c>.</summary>
    public IReadOnlyList<string> FormatLines()
    {
        var c = CultureInfo.InvariantCulture;
        static double Share(int part, int whole) => whole == 0 ? 0 : 100.0 * part / whole;
        return
        [
            string.Create(c, $"articles: {Articles:N0}, dated facts: {Facts:N0} ({(double)Facts / Math.Max(Articles, 1):F1} per article)"),
            string.Create(c, $"extract: {ExtractElapsed.TotalMilliseconds:F0} ms ({Articles / Math.Max(ExtractElapsed.TotalSeconds, double.Epsilon):F0} articles/s)"),
            string.Create(c, $"infer: {InferElapsed.TotalMilliseconds:F0} ms ({Articles / Math.Max(InferElapsed.TotalSeconds, double.Epsilon):F0} articles/s), dates hidden"),
            string.Create(c, $"text only: {TextInferred:N0} of {DatedArticles:N0} dated articles got a date, {Share(TextCompatible, TextInferred):F1}% agree with the known one"),
            string.Create(c, $"datelines: {Datelines:N0}, {Share(DatelinesExact, Datelines):F1}% exactly the known date"),
            string.Create(c, $"with siblings: {SiblingInferred:N0} got a date, {Share(SiblingCompatible, SiblingInferred):F1}% agree; {SiblingDays:N0} pinned to a day, {Share(SiblingDaysExact, SiblingDays):F1}% exact"),
            string.Create(c, $"{ArticlesPerSecond:F0} articles/s"),
        ];
    }
}

/// <summary>
/// Measures the dated-facts stage over articles with known dates: extraction throughput, and how often the
/// published-date inference, with the dates hidden, finds a date that agrees with the known one.
/// </summary>
public static class FactsBenchmark
{
    /// <summary>Runs the benchmark on one thread.</summary>
    /// <param name="articles">The articles; those with a published date serve as truth for the inference.</param>
    /// <param name="eventKey">
    /// Which articles report the same event (e.g. a topic label); siblings are the articles with the same key whose
    /// known dates fall within the inference's sibling window of the article's own. Null to skip that measure.
    /// </param>
    /// <param name="timeline">The stage to measure; <see cref="Timeline.Default"/> when null.</param>
    public static FactsBenchmarkReport Run(IReadOnlyList<Article> articles, Func<Article, string?>? eventKey = null, Timeline? timeline = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        timeline ??= Timeline.Default;
        var facts = 0;
        var watch = Stopwatch.StartNew();
        foreach (var a in articles) facts += timeline.Extractor.Extract(a).Count;
        var extract = watch.Elapsed;

        int dated = 0, textInferred = 0, textCompatible = 0, datelines = 0, datelinesExact = 0;
        watch.Restart();
        foreach (var a in articles)
        {
            if (a.Published is not { } truth) continue;
            dated++;
            if (timeline.Inference.Infer(a with { Published = null, Basis = null }, []) is not { } guess) continue;
            textInferred++;
            if (guess.Date.IsCompatibleWith(truth)) textCompatible++;
            if (guess.Basis != PublishedBasis.Text) continue;
            datelines++;
            if (guess.Date == truth) datelinesExact++;
        }
        var infer = watch.Elapsed;

        int siblingInferred = 0, siblingCompatible = 0, days = 0, exact = 0;
        if (eventKey is not null)
        {
            var window = timeline.Inference.Options.SiblingWindowDays;
            var byKey = articles.Where(a => a.Published is { Precision: DatePrecision.Day } && eventKey(a) is not null)
                .GroupBy(a => eventKey(a)!, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
            foreach (var a in articles)
            {
                if (a.Published is not { Precision: DatePrecision.Day } truth || eventKey(a) is not { } key) continue;
                var siblings = byKey[key]
                    .Where(s => s.Id != a.Id && Math.Abs(s.Published!.Value.Start.DayNumber - truth.Start.DayNumber) <= window)
                    .ToArray();
                if (siblings.Length == 0) continue;
                if (timeline.Inference.Infer(a with { Published = null, Basis = null }, siblings) is not { } guess) continue;
                siblingInferred++;
                if (guess.Date.IsCompatibleWith(truth)) siblingCompatible++;
                if (guess.Date.Precision != DatePrecision.Day) continue;
                days++;
                if (guess.Date == truth) exact++;
            }
        }
        return new FactsBenchmarkReport(articles.Count, facts, extract, infer, dated, textInferred, textCompatible, datelines, datelinesExact, siblingInferred, siblingCompatible, days, exact);
    }
}
