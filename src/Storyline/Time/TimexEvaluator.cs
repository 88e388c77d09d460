using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Storyline.Time;

/// <summary>A gold TIMEX3 annotation: character offsets [Start, End) into the document text.</summary>
/// <param name="Start">First character.</param>
/// <param name="End">One past the last character.</param>
/// <param name="Text">The annotated text.</param>
/// <param name="Type">TimeML type name (DATE, TIME, DURATION, SET).</param>
/// <param name="Value">TIMEX3 value.</param>
public sealed record TimexAnnotation(int Start, int End, string Text, string Type, string Value);

/// <summary>A document with its creation date and gold temporal expressions (TempEval-3 shape).</summary>
/// <param name="Id">Document id.</param>
/// <param name="Dct">Document creation time (the reference date), when known.</param>
/// <param name="Text">Document text.</param>
/// <param name="Timexes">Gold annotations.</param>
public sealed record TimexDocument(string Id, DateOnly? Dct, string Text, IReadOnlyList<TimexAnnotation> Timexes);

/// <summary>A disagreement between the tagger and the gold, for error analysis.</summary>
/// <param name="DocumentId">The document.</param>
/// <param name="Kind"><c>missed</c>, <c>spurious</c>, <c>type</c> or <c>value</c>.</param>
/// <param name="Gold">The gold annotation, when there is one.</param>
/// <param name="System">The tagger's expression, when there is one.</param>
public sealed record TimexMismatch(string DocumentId, string Kind, TimexAnnotation? Gold, TemporalExpression? System);

/// <summary>Scores of temporal tagging as TempEval-3 task A defines them.</summary>
/// <param name="Documents">Documents scored.</param>
/// <param name="Gold">Gold expressions.</param>
/// <param name="System">Expressions the tagger found.</param>
/// <param name="StrictMatches">Pairs with exactly the same extent.</param>
/// <param name="RelaxedMatches">One-to-one pairs whose extents overlap.</param>
/// <param name="TypeCorrect">Relaxed pairs with the same type.</param>
/// <param name="ValueCorrect">Relaxed pairs with the same value.</param>
/// <param name="Elapsed">Tagging time (not reading).</param>
/// <param name="Characters">Characters tagged.</param>
/// <param name="Problems">Lines or files that could not be read, with the reason.</param>
/// <param name="Mismatches">Disagreements, up to the cap asked for.</param>
public sealed record TimexReport(
    int Documents, int Gold, int System, int StrictMatches, int RelaxedMatches, int TypeCorrect, int ValueCorrect,
    TimeSpan Elapsed, long Characters, IReadOnlyList<string> Problems, IReadOnlyList<TimexMismatch> Mismatches)
{
    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);

    /// <summary>Strict precision.</summary>
    public double StrictPrecision => Ratio(StrictMatches, System);
    /// <summary>Strict recall.</summary>
    public double StrictRecall => Ratio(StrictMatches, Gold);
    /// <summary>Strict F1.</summary>
    public double StrictF1 => F1(StrictPrecision, StrictRecall);
    /// <summary>Relaxed (any overlap) precision.</summary>
    public double RelaxedPrecision => Ratio(RelaxedMatches, System);
    /// <summary>Relaxed recall.</summary>
    public double RelaxedRecall => Ratio(RelaxedMatches, Gold);
    /// <summary>Relaxed F1.</summary>
    public double RelaxedF1 => F1(RelaxedPrecision, RelaxedRecall);
    /// <summary>Type accuracy over relaxed matches.</summary>
    public double TypeAccuracy => Ratio(TypeCorrect, RelaxedMatches);
    /// <summary>Value accuracy over relaxed matches.</summary>
    public double ValueAccuracy => Ratio(ValueCorrect, RelaxedMatches);
    /// <summary>TempEval-3 attribute F1 of the type: F1 of P = correct/system, R = correct/gold (= type accuracy × relaxed F1).</summary>
    public double TypeF1 => F1(Ratio(TypeCorrect, System), Ratio(TypeCorrect, Gold));
    /// <summary>TempEval-3 value F1: F1 of P = correct values/system, R = correct values/gold (= value accuracy × relaxed F1).</summary>
    public double ValueF1 => F1(Ratio(ValueCorrect, System), Ratio(ValueCorrect, Gold));
    /// <summary>Documents tagged per second.</summary>
    public double DocumentsPerSecond => Elapsed.TotalSeconds <= 0 ? 0 : Documents / Elapsed.TotalSeconds;

    /// <summary>Human-readable report lines; the last ends with the value F1 on a 0–1 scale.</summary>
    public IReadOnlyList<string> FormatLines()
    {
        var c = CultureInfo.InvariantCulture;
        var lines = new List<string>
        {
            string.Create(c, $"documents: {Documents}, gold timexes: {Gold}, system timexes: {System}"),
            string.Create(c, $"strict span   P {StrictPrecision:0.000}  R {StrictRecall:0.000}  F1 {StrictF1:0.000}"),
            string.Create(c, $"relaxed span  P {RelaxedPrecision:0.000}  R {RelaxedRecall:0.000}  F1 {RelaxedF1:0.000}"),
            string.Create(c, $"type accuracy {TypeAccuracy:0.000} (type F1 {TypeF1:0.000}), value accuracy {ValueAccuracy:0.000}"),
            string.Create(c, $"speed: {DocumentsPerSecond:0} documents/s, {(Elapsed.TotalSeconds <= 0 ? 0 : Characters / 1e6 / Elapsed.TotalSeconds):0.0} MB/s of text"),
        };
        foreach (var p in Problems) lines.Add("skipped: " + p);
        lines.Add(string.Create(c, $"value F1 (0-1): {ValueF1:0.000}"));
        return lines;
    }
}

/// <summary>
/// Scores a <see cref="TemporalTagger"/> on TempEval-shaped JSON Lines
/// (<c>{"id","dct":"YYYY-MM-DD","text","timex":[{"start","end","text","type","value"}]}</c>) as TempEval-3 task A:
/// strict and relaxed extent P/R/F1, and type and value over relaxed matches.
/// </summary>
public sealed class TimexEvaluator
{
    private readonly Func<string, DateOnly?, IReadOnlyList<TemporalExpression>> _tag;

    /// <summary>Creates an evaluator of <paramref name="tagger"/> (the default tagger when null).</summary>
    public TimexEvaluator(TemporalTagger? tagger = null)
    {
        var t = tagger ?? TemporalTagger.Default;
        _tag = t.Tag;
    }

    /// <summary>Creates an evaluator of any tagging function (text, reference date → expressions), e.g. another tagger to compare.</summary>
    public TimexEvaluator(Func<string, DateOnly?, IReadOnlyList<TemporalExpression>> tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        _tag = tag;
    }

    /// <summary>Reads the documents of a JSONL file; unreadable lines are reported in <paramref name="problems"/>.</summary>
    public static IReadOnlyList<TimexDocument> Read(string path, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var docs = new List<TimexDocument>();
        string[] lines;
        try { lines = File.ReadAllLines(path); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            problems.Add($"{path}: {ex.Message}");
            return docs;
        }
        for (var n = 0; n < lines.Length; n++)
        {
            if (string.IsNullOrWhiteSpace(lines[n])) continue;
            if (TryParse(lines[n], out var doc, out var reason)) docs.Add(doc!);
            else problems.Add(string.Create(CultureInfo.InvariantCulture, $"{path}:{n + 1}: {reason}"));
        }
        return docs;
    }

    /// <summary>Parses one JSONL line; false with a reason when it is not a TempEval-shaped document.</summary>
    public static bool TryParse(string line, out TimexDocument? doc, out string? reason)
    {
        doc = null;
        reason = null;
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("text", out var textEl) || textEl.ValueKind != JsonValueKind.String)
            {
                reason = "no \"text\" string";
                return false;
            }
            var text = textEl.GetString()!;
            var id = root.TryGetProperty("id", out var idEl) && idEl.ValueKind == JsonValueKind.String ? idEl.GetString()! : "";
            DateOnly? dct = null;
            if (root.TryGetProperty("dct", out var dctEl) && dctEl.ValueKind == JsonValueKind.String && PartialDate.TryParse(dctEl.GetString(), out var pd)
                && pd.Precision == DatePrecision.Day)
                dct = pd.Start;
            var timexes = new List<TimexAnnotation>();
            if (root.TryGetProperty("timex", out var arr) && arr.ValueKind == JsonValueKind.Array)
            {
                foreach (var t in arr.EnumerateArray())
                {
                    if (!t.TryGetProperty("start", out var s) || !t.TryGetProperty("end", out var e) || !s.TryGetInt32(out var start) || !e.TryGetInt32(out var end)
                        || start < 0 || end > text.Length || end <= start)
                    {
                        reason = "a timex without valid start/end";
                        return false;
                    }
                    timexes.Add(new TimexAnnotation(start, end, text[start..end], Str(t, "type"), Str(t, "value")));
                }
            }
            doc = new TimexDocument(id, dct, text, timexes);
            return true;
        }
        catch (JsonException ex)
        {
            reason = "invalid JSON: " + ex.Message;
            return false;
        }
    }

    private static string Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";

    /// <summary>Scores documents [<paramref name="skip"/>, <paramref name="skip"/> + <paramref name="take"/>) of a JSONL file.</summary>
    public TimexReport Evaluate(string path, int skip = 0, int take = int.MaxValue, int maxMismatches = 0)
    {
        var problems = new List<string>();
        var docs = Read(path, problems);
        return Evaluate(docs.Skip(Math.Max(0, skip)).Take(Math.Max(0, take)), maxMismatches, problems);
    }

    /// <summary>Scores documents in memory.</summary>
    public TimexReport Evaluate(IEnumerable<TimexDocument> documents, int maxMismatches = 0, IReadOnlyList<string>? problems = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        int docs = 0, gold = 0, sys = 0, strict = 0, relaxed = 0, type = 0, value = 0;
        long chars = 0;
        var mismatches = new List<TimexMismatch>();
        var watch = new Stopwatch();
        foreach (var doc in documents)
        {
            watch.Start();
            var found = _tag(doc.Text, doc.Dct);
            watch.Stop();
            docs++;
            chars += doc.Text.Length;
            gold += doc.Timexes.Count;
            sys += found.Count;
            var s = Score(doc, found, mismatches, maxMismatches);
            strict += s.Strict;
            relaxed += s.Relaxed;
            type += s.Type;
            value += s.Value;
        }
        return new TimexReport(docs, gold, sys, strict, relaxed, type, value, watch.Elapsed, chars, problems ?? [], mismatches);
    }

    /// <summary>Counts of one document: strict pairs, relaxed pairs, and relaxed pairs with the right type and value.</summary>
    internal readonly record struct DocScore(int Strict, int Relaxed, int Type, int Value);

    /// <summary>
    /// Pairs gold and system expressions one to one: exact extents first, then any overlap in text order.
    /// </summary>
    internal static DocScore Score(TimexDocument doc, IReadOnlyList<TemporalExpression> found, List<TimexMismatch>? mismatches = null, int maxMismatches = 0)
    {
        var gold = doc.Timexes;
        var pairOfGold = new int[gold.Count];
        Array.Fill(pairOfGold, -1);
        var used = new bool[found.Count];
        var strict = 0;
        for (var g = 0; g < gold.Count; g++)
            for (var s = 0; s < found.Count; s++)
                if (!used[s] && found[s].Start == gold[g].Start && found[s].End == gold[g].End)
                {
                    pairOfGold[g] = s;
                    used[s] = true;
                    strict++;
                    break;
                }
        for (var g = 0; g < gold.Count; g++)
        {
            if (pairOfGold[g] >= 0) continue;
            for (var s = 0; s < found.Count; s++)
                if (!used[s] && found[s].Start < gold[g].End && gold[g].Start < found[s].End)
                {
                    pairOfGold[g] = s;
                    used[s] = true;
                    break;
                }
        }
        int relaxed = 0, type = 0, value = 0;
        void Note(string kind, TimexAnnotation? g, TemporalExpression? s)
        {
            if (mismatches is not null && mismatches.Count < maxMismatches) mismatches.Add(new TimexMismatch(doc.Id, kind, g, s));
        }
        for (var g = 0; g < gold.Count; g++)
        {
            var s = pairOfGold[g];
            if (s < 0) { Note("missed", gold[g], null); continue; }
            relaxed++;
            var typeOk = string.Equals(found[s].TypeName, gold[g].Type, StringComparison.OrdinalIgnoreCase);
            var valueOk = string.Equals(found[s].Value, gold[g].Value, StringComparison.Ordinal);
            if (typeOk) type++;
            else Note("type", gold[g], found[s]);
            if (valueOk) value++;
            else Note("value", gold[g], found[s]);
        }
        for (var s = 0; s < found.Count; s++)
            if (!used[s]) Note("spurious", null, found[s]);
        return new DocScore(strict, relaxed, type, value);
    }
}
