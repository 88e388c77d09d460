using System.Globalization;
using Storyline.Claims;
using Storyline.Entities;
using Storyline.Time;

namespace Storyline.Tests.Claims;

/// <summary>Runs the golden cases of Specs/claims.tsv through the recognizer and the extractor.</summary>
public class ClaimSpecTests
{
    private static readonly EntityRecognizer Recognizer = new();
    private static readonly ClaimExtractor Extractor = new();

    public static TheoryData<int, string, string, string, string, string> Cases()
    {
        var data = new TheoryData<int, string, string, string, string, string>();
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Specs", "claims.tsv"));
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || lines[i][0] == '#') continue;
            var f = lines[i].Split('\t');
            data.Add(i + 1, f[0].Replace("\\n", "\n", StringComparison.Ordinal), f[1], f[2], f[3], f[4]);
        }
        return data;
    }

    [Fact]
    public void Spec_file_has_at_least_forty_cases() => Assert.True(Cases().Count >= 40, $"{Cases().Count} cases");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec_case_gives_the_expected_claim(int line, string text, string published, string subject, string attribute, string value)
    {
        var date = PartialDate.TryParse(published, out var d) ? d : (PartialDate?)null;
        var claims = Extractor.Extract("spec", text, Recognizer.Recognize("spec", text), date);
        var shown = string.Join("; ", claims.Select(c => $"{c.Subject}|{c.Attribute}|{c.Value}"));
        if (value == "-")
            Assert.False(claims.Any(c => c.Attribute == attribute && (subject == "-" || c.Subject == subject)), $"line {line}: expected no {attribute}, got {shown}");
        else
            Assert.True(claims.Any(c => c.Subject == subject && c.Attribute == attribute && c.Value == value),
                string.Create(CultureInfo.InvariantCulture, $"line {line}: expected {subject}|{attribute}|{value}, got {shown}"));
    }
}

public class ClaimSpecEvaluatorTests
{
    [Fact]
    public void Evaluator_reports_passes_failures_and_malformed_lines()
    {
        var report = new ClaimSpecEvaluator().Evaluate([
            "# comment",
            "Pitcher Sam Ortiz, 33, signed a new contract.\t2020-02-02\tSam Ortiz\tage\t33",
            "Pitcher Sam Ortiz, 33, signed a new contract.\t2020-02-02\tSam Ortiz\tage\t34",
            "only two\tfields",
        ]);
        Assert.Equal(2, report.Cases);
        Assert.Equal(1, report.Passed);
        Assert.Contains("line 3", Assert.Single(report.Failures), StringComparison.Ordinal);
        Assert.Contains("line 4", Assert.Single(report.Skipped), StringComparison.Ordinal);
        Assert.StartsWith("claims: 1/2", report.FormatLines().First(), StringComparison.Ordinal);
    }
}
