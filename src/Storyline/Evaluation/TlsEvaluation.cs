using Storyline.Text;
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Storyline.Reading;
using Storyline.Stories;

namespace Storyline.Evaluation;

/// <summary>
/// Timeline summarization on Timeline17 following the news-tls protocol (Gholipour Ghalandari &amp; Ifrim 2020,
/// <c>experiments/evaluate.py</c>, T17 settings):
/// <list type="number">
/// <item>For each reference timeline, the input is every article of its topic, all sources together, published
/// from the reference's first to its last date (no extension of the span for T17).</item>
/// <item>The system is asked for as many dates as the reference has (T) and, per date, the reference's mean number
/// of sentences per date rounded half to even as Python's <c>round</c> does (N); dates must lie within the
/// reference's first and last date.</item>
/// <item>The predicted timeline is scored against that one reference with <see cref="TlsMetrics"/>: ROUGE-1/2
/// concat, agreement and align+ m:1, and date precision/recall.</item>
/// <item>Means over the 19 reference timelines average precision and recall; each mean F1 is taken from the mean
/// precision and mean recall, as news-tls's <c>get_average_results</c> does.</item>
/// </list>
/// Reference timelines keep the last summary of a date listed twice (news-tls builds them as a dict). Predicted
/// sentences are scored in the data's own tokenization (the original line when a sentence is a whole line), since
/// the alignment cost compares whitespace tokens as written. Article text is detokenized before it is summarized.
/// </summary>
public static class TlsEvaluation
{
    /// <summary>The scores of one reference timeline.</summary>
    /// <param name="Topic">The topic (e.g. <c>bpoil</c>).</param>
    /// <param name="Source">The outlet of the reference timeline.</param>
    /// <param name="Name">The reference timeline's file name in the dataset.</param>
    /// <param name="Articles">Articles given to the summarizer (the topic's, within the reference span).</param>
    /// <param name="Dates">Dates asked for (T).</param>
    /// <param name="SentencesPerDate">Sentences per date asked for (N).</param>
    /// <param name="Elapsed">Time to summarize.</param>
    /// <param name="Scores">The scores.</param>
    /// <param name="Predicted">The predicted timeline.</param>
    public sealed record Row(string Topic, string Source, string Name, int Articles, int Dates, int SentencesPerDate,
        TimeSpan Elapsed, TlsScores Scores, SummaryTimeline Predicted);

    /// <summary>Result of one evaluation run.</summary>
    /// <param name="Rows">One row per reference timeline, in file order.</param>
    /// <param name="Mean">Mean scores over the rows (F1 from mean precision and recall).</param>
    /// <param name="Skipped">Input lines that could not be read, with reasons.</param>
    public sealed record Report(IReadOnlyList<Row> Rows, TlsScores Mean, IReadOnlyList<ReadFailure> Skipped)
    {
        /// <summary>Human-readable lines; the last ends with <c>AR1 x AR2 y dateF1 z</c> (alignment ROUGE-1/2 F1, date F1).</summary>
        public IEnumerable<string> FormatLines()
        {
            yield return "topic            source          T   N  arts    sec   cR1    cR2    agR1   agR2   alR1   alR2   dateF1";
            foreach (var r in Rows)
            {
                var s = r.Scores;
                yield return F($"{r.Topic,-16} {r.Source,-14} {r.Dates,4} {r.SentencesPerDate,2} {r.Articles,5} {r.Elapsed.TotalSeconds,6:F2}  {s.Concat.Rouge1.F1:F4} {s.Concat.Rouge2.F1:F4} {s.Agreement.Rouge1.F1:F4} {s.Agreement.Rouge2.F1:F4} {s.Alignment.Rouge1.F1:F4} {s.Alignment.Rouge2.F1:F4} {s.Dates.F1:F4}");
            }
            var m = Mean;
            if (Skipped.Count > 0) yield return F($"skipped {Skipped.Count} input lines (first: {Skipped[0]})");
            var times = Rows.Select(r => r.Elapsed.TotalSeconds).DefaultIfEmpty(0).ToArray();
            yield return F($"timelines {Rows.Count}, seconds per timeline mean {times.Average():F2} max {times.Max():F2}");
            yield return F($"concat     R1 P {m.Concat.Rouge1.Precision:F4} R {m.Concat.Rouge1.Recall:F4} F1 {m.Concat.Rouge1.F1:F4}   R2 P {m.Concat.Rouge2.Precision:F4} R {m.Concat.Rouge2.Recall:F4} F1 {m.Concat.Rouge2.F1:F4}");
            yield return F($"agreement  R1 P {m.Agreement.Rouge1.Precision:F4} R {m.Agreement.Rouge1.Recall:F4} F1 {m.Agreement.Rouge1.F1:F4}   R2 P {m.Agreement.Rouge2.Precision:F4} R {m.Agreement.Rouge2.Recall:F4} F1 {m.Agreement.Rouge2.F1:F4}");
            yield return F($"align m:1  R1 P {m.Alignment.Rouge1.Precision:F4} R {m.Alignment.Rouge1.Recall:F4} F1 {m.Alignment.Rouge1.F1:F4}   R2 P {m.Alignment.Rouge2.Precision:F4} R {m.Alignment.Rouge2.Recall:F4} F1 {m.Alignment.Rouge2.F1:F4}");
            yield return F($"dates      P {m.Dates.Precision:F4} R {m.Dates.Recall:F4}   AR1 {m.Alignment.Rouge1.F1:F4} AR2 {m.Alignment.Rouge2.F1:F4} dateF1 {m.Dates.F1:F4}");
        }

        private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Runs the evaluation on a Timeline17 folder (<c>articles.jsonl.gz</c> and <c>timelines.jsonl</c>).</summary>
    /// <param name="t17Directory">The folder.</param>
    /// <param name="options">Summarizer options; defaults to <see cref="TimelineSummarizerOptions.Default"/>.</param>
    /// <param name="topic">Only the reference timelines of this topic (ordinal, case-insensitive), or null for all.</param>
    /// <returns>The report; a missing file is reported in <see cref="Report.Skipped"/> with no rows.</returns>
    public static Report Run(string t17Directory, TimelineSummarizerOptions? options = null, string? topic = null)
    {
        var skipped = new List<ReadFailure>();
        var articlesPath = Path.Combine(t17Directory, "articles.jsonl.gz");
        var timelinesPath = Path.Combine(t17Directory, "timelines.jsonl");
        foreach (var p in new[] { articlesPath, timelinesPath })
            if (!File.Exists(p)) skipped.Add(new ReadFailure(p, "file not found"));
        if (skipped.Count > 0) return new Report([], default, skipped);

        var references = ReadTimelines(timelinesPath, skipped)
            .Where(t => topic is null || string.Equals(t.Topic, topic, StringComparison.OrdinalIgnoreCase)).ToList();
        var wanted = references.Select(r => r.Topic).ToHashSet(StringComparer.Ordinal);
        var byTopic = ReadArticles(articlesPath, wanted, skipped);

        var summarizer = new TimelineSummarizer(options);
        var rows = new List<Row>();
        foreach (var reference in references)
        {
            var dates = reference.Days.Keys.Order().ToArray();
            if (dates.Length == 0) { skipped.Add(new ReadFailure(reference.Name, "empty reference timeline")); continue; }
            var (start, end) = (dates[0], dates[^1]);
            var inSpan = byTopic.GetValueOrDefault(reference.Topic, []).Where(a => a.Published >= start && a.Published <= end).ToList();
            var n = (int)Math.Round(reference.Days.Values.Average(s => s.Count), MidpointRounding.ToEven);
            var request = new TimelineRequest(dates.Length, Math.Max(1, n), start, end);

            var watch = Stopwatch.StartNew();
            var predicted = summarizer.Summarize(inSpan.Select(a => a.Input), request);
            watch.Stop();

            var byId = inSpan.ToDictionary(a => a.Input.Id, StringComparer.Ordinal);
            var predictedDays = predicted.Entries.ToDictionary(e => e.Date,
                e => (IReadOnlyList<string>)e.Sentences.Select(s => byId[s.ArticleId].AsWritten(s)).ToArray());
            var scores = TlsMetrics.Score(predictedDays, reference.Days);
            rows.Add(new Row(reference.Topic, reference.Source, reference.Name, inSpan.Count, dates.Length, request.SentencesPerDate,
                watch.Elapsed, scores, predicted));
        }
        return new Report(rows, TlsScores.Mean(rows.Select(r => r.Scores).ToArray()), skipped);
    }

    private sealed record ReferenceTimeline(string Topic, string Source, string Name, Dictionary<DateOnly, IReadOnlyList<string>> Days);

    /// <summary>An article as read: its detokenized text for the summarizer and its original lines for scoring.</summary>
    private sealed class T17Article(TimelineArticle input, string[] lines, int[] lineStarts)
    {
        public TimelineArticle Input { get; } = input;
        public DateOnly Published => Input.Published;

        /// <summary>The sentence in the data's tokenization when it is one whole line, else as the summarizer saw it.</summary>
        public string AsWritten(TimelineSentence sentence)
        {
            var line = Array.BinarySearch(lineStarts, sentence.Start);
            if (line < 0) return sentence.Text;
            var next = line + 1 < lineStarts.Length ? lineStarts[line + 1] - 1 : Input.Text.Length;
            return sentence.Start + sentence.Length == next || Input.Text.AsSpan(sentence.Start + sentence.Length, next - sentence.Start - sentence.Length).IsWhiteSpace()
                ? lines[line]
                : sentence.Text;
        }

        public static T17Article Create(string id, DateOnly published, string text)
        {
            var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(l => l.Length > 0).ToArray();
            var starts = new int[lines.Length];
            var sb = new StringBuilder(text.Length);
            for (var i = 0; i < lines.Length; i++)
            {
                if (i > 0) sb.Append('\n');
                starts[i] = sb.Length;
                sb.Append(TreebankDetokenizer.Detokenize(lines[i]));
            }
            return new T17Article(new TimelineArticle(id, published, sb.ToString()), lines, starts);
        }
    }

    private static List<ReferenceTimeline> ReadTimelines(string path, List<ReadFailure> skipped)
    {
        var result = new List<ReferenceTimeline>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                using var doc = JsonDocument.Parse(line);
                var root = doc.RootElement;
                var days = new Dictionary<DateOnly, IReadOnlyList<string>>();
                foreach (var item in root.GetProperty("timeline").EnumerateArray())
                {
                    var date = DateOnly.ParseExact(item[0].GetString()![..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
                    // A date listed twice keeps its last summary, as a Python dict built from the list does.
                    days[date] = item[1].EnumerateArray().Select(s => s.GetString()!.Trim()).ToArray();
                }
                result.Add(new ReferenceTimeline(root.GetProperty("topic").GetString()!, root.GetProperty("source").GetString()!,
                    root.GetProperty("name").GetString()!, days));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
            {
                skipped.Add(new ReadFailure($"{path}:{lineNumber}", e.Message));
            }
        }
        return result;
    }

    private static Dictionary<string, List<T17Article>> ReadArticles(string path, HashSet<string> topics, List<ReadFailure> skipped)
    {
        var result = new Dictionary<string, List<T17Article>>(StringComparer.Ordinal);
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                using var doc = JsonDocument.Parse(line);
                var root = doc.RootElement;
                var topic = root.GetProperty("topic").GetString()!;
                if (!topics.Contains(topic)) continue;
                var date = DateOnly.ParseExact(root.GetProperty("date").GetString()![..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
                var article = T17Article.Create(root.GetProperty("id").GetString()!, date, root.GetProperty("text").GetString() ?? "");
                if (!result.TryGetValue(topic, out var list)) result[topic] = list = [];
                list.Add(article);
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentOutOfRangeException)
            {
                skipped.Add(new ReadFailure($"{path}:{lineNumber}", e.Message));
            }
        }
        return result;
    }
}
