using System.Globalization;
using Storyline.Entities;
using Storyline.Time;

namespace Storyline.Claims;

/// <summary>The outcome of running golden claim cases.</summary>
/// <param name="Cases">Number of cases run.</param>
/// <param name="Passed">Number that gave the expected claim (or, for a "-" value, no such claim).</param>
/// <param name="Failures">One line per failed case: its line number, what was expected and what was found.</param>
/// <param name="Skipped">Malformed lines, with their line number and reason.</param>
public sealed record ClaimSpecReport(int Cases, int Passed, IReadOnlyList<string> Failures, IReadOnlyList<string> Skipped)
{
    /// <summary>Share of cases passed, 0..1.</summary>
    public double Accuracy => Cases == 0 ? 0 : (double)Passed / Cases;

    /// <summary>The report as lines for a console.</summary>
    public IEnumerable<string> FormatLines()
    {
        yield return string.Create(CultureInfo.InvariantCulture, $"claims: {Passed}/{Cases} cases pass ({Accuracy:P1})");
        foreach (var f in Failures) yield return "  FAIL " + f;
        foreach (var s in Skipped) yield return "  SKIP " + s;
    }
}

/// <summary>
/// Runs golden claim cases — lines of <c>text TAB published TAB subject TAB attribute TAB value</c>, '#' comments,
/// "\n" for a line break in the text, value "-" for "no such claim" — through entity recognition and claim extraction.
/// </summary>
public sealed class ClaimSpecEvaluator
{
    private readonly EntityRecognizer recognizer;
    private readonly ClaimExtractor extractor;

    /// <summary>Creates an evaluator over the given (or default) recognizer and extractor.</summary>
    public ClaimSpecEvaluator(EntityRecognizer? recognizer = null, ClaimExtractor? extractor = null)
    {
        this.recognizer = recognizer ?? new EntityRecognizer();
        this.extractor = extractor ?? new ClaimExtractor();
    }

    /// <summary>Evaluates the cases in <paramref name="lines"/>.</summary>
    public ClaimSpecReport Evaluate(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var cases = 0;
        var passed = 0;
        var failures = new List<string>();
        var skipped = new List<string>();
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            if (raw.Length == 0 || raw[0] == '#') continue;
            var f = raw.Split('\t');
            if (f.Length < 5) { skipped.Add($"line {number}: expected 5 tab-separated fields, found {f.Length}"); continue; }
            PartialDate? published = PartialDate.TryParse(f[1], out var d) ? d : null;
            var text = f[0].Replace("\\n", "\n", StringComparison.Ordinal);
            var (subject, attribute, value) = (f[2], f[3], f[4]);
            var claims = extractor.Extract("spec", text, recognizer.Recognize("spec", text), published);
            var ok = value == "-"
                ? !claims.Any(c => c.Attribute == attribute && (subject == "-" || c.Subject == subject))
                : claims.Any(c => c.Subject == subject && c.Attribute == attribute && c.Value == value);
            cases++;
            if (ok) passed++;
            else failures.Add($"line {number}: expected {subject} | {attribute} | {value}; found {string.Join("; ", claims.Select(c => $"{c.Subject} | {c.Attribute} | {c.Value}"))}");
        }
        return new ClaimSpecReport(cases, passed, failures, skipped);
    }
}
