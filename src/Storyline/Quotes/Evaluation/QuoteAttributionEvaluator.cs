using System.Diagnostics;
using System.Globalization;
using Storyline.Entities;

namespace Storyline.Quotes.Evaluation;

/// <summary>Quote attribution quality on an annotated set.</summary>
/// <param name="Documents">Documents scored.</param>
/// <param name="Gold">Gold quotations.</param>
/// <param name="Found">Gold quotations the extractor found.</param>
/// <param name="Correct">Gold quotations found with the right speaker.</param>
/// <param name="Errors">One line per wrong or missed quotation: document, gold speaker, predicted speaker.</param>
/// <param name="Elapsed">Time recognition and extraction took.</param>
public sealed record QuoteAttributionReport(int Documents, int Gold, int Found, int Correct, IReadOnlyList<string> Errors, TimeSpan Elapsed)
{
    /// <summary>Correct / gold: a missed quotation counts as wrong.</summary>
    public double Accuracy => Gold == 0 ? 1 : (double)Correct / Gold;

    /// <summary>Found / gold.</summary>
    public double Detection => Gold == 0 ? 1 : (double)Found / Gold;

    /// <summary>The report as text lines; with <paramref name="withErrors"/>, one more line per wrong or missed quotation.</summary>
    public IEnumerable<string> Lines(bool withErrors = false)
    {
        yield return string.Create(CultureInfo.InvariantCulture, $"quote attribution: {Documents} documents, {Gold} gold quotations");
        yield return string.Create(CultureInfo.InvariantCulture, $"accuracy {Accuracy:0.000} ({Correct}/{Gold}); detected {Detection:0.000} ({Found}/{Gold})");
        if (!withErrors) yield break;
        foreach (var e in Errors) yield return "  " + e;
    }
}

/// <summary>Scores speakers found by <see cref="QuoteExtractor"/> against hand-annotated quotations.</summary>
public sealed class QuoteAttributionEvaluator(EntityRecognizer recognizer, QuoteExtractor extractor)
{
    /// <summary>Marks a closing quote this many characters after a found quotation's end as the same quotation (trimmed comma, space).</summary>
    private const int CloseSlack = 2;

    /// <summary>Runs recognition and extraction on every document and checks each gold speaker.</summary>
    public QuoteAttributionReport Evaluate(IEnumerable<QuoteDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        int docs = 0, gold = 0, found = 0, correct = 0;
        var errors = new List<string>();
        var watch = new Stopwatch();
        foreach (var d in documents)
        {
            docs++;
            watch.Start();
            var entities = recognizer.Recognize(d.Id, d.Text);
            var quotes = extractor.Extract(d.Id, d.Text, entities);
            watch.Stop();
            foreach (var g in d.Quotes)
            {
                gold++;
                var q = quotes.FirstOrDefault(q => q.Start < g.Close && g.Close - q.End is >= 0 and <= CloseSlack);
                if (q is null) { errors.Add($"{d.Id} @{g.Close}: missed (gold {g.Speaker})"); continue; }
                found++;
                if (SpeakerMatches(g.Speaker, q)) correct++;
                else errors.Add($"{d.Id} @{g.Close}: gold {g.Speaker}, got {q.Speaker ?? "(none)"} :: {Clip(q.Text)}");
            }
        }
        return new QuoteAttributionReport(docs, gold, found, correct, errors, watch.Elapsed);
    }

    /// <summary>Evaluates an annotation file's content; parse problems come back in the second item.</summary>
    public (QuoteAttributionReport Report, IReadOnlyList<string> Problems) EvaluateAnnotations(string content)
    {
        var (documents, problems) = QuoteAnnotations.Parse(content);
        return (Evaluate(documents), problems);
    }

    /// <summary>
    /// "-" expects no named speaker; a name matches the predicted speaker equal to it, or one
    /// naming the same person by the full name or the surname alone ("Legend" = "John Legend").
    /// </summary>
    internal static bool SpeakerMatches(string gold, Quote q)
    {
        if (gold == "-") return q.SpeakerEntity < 0;
        if (q.Speaker is null) return false;
        var p = q.Speaker.Replace(".", "", StringComparison.Ordinal);
        gold = gold.Replace(".", "", StringComparison.Ordinal);
        return p.Equals(gold, StringComparison.OrdinalIgnoreCase)
            || p.EndsWith(" " + gold, StringComparison.OrdinalIgnoreCase)
            || gold.EndsWith(" " + p, StringComparison.OrdinalIgnoreCase);
    }

    private static string Clip(string s) => s.Length <= 60 ? s : s[..60] + "…";
}
