using System.Globalization;
using Storyline.Time;

namespace Storyline.Tests.Time;

public class TimexEvaluatorTests
{
    // Gold: "Sept. 28" (exact match, right value), "stayed 10 days" (overlaps the system's "10 days"; value P9D is wrong),
    // "She" (no system expression: missed). System: "Sept. 28", "10 days", "now" (spurious).
    private const string Text = "She left on Sept. 28 and stayed 10 days. It rains now.";

    private static string Gold()
    {
        int s1 = Text.IndexOf("Sept. 28", StringComparison.Ordinal), s2 = Text.IndexOf("stayed 10 days", StringComparison.Ordinal);
        return string.Create(CultureInfo.InvariantCulture,
            $$"""{"id":"d1","dct":"2021-09-29","text":"{{Text}}","timex":[{"start":{{s1}},"end":{{s1 + 8}},"text":"Sept. 28","type":"DATE","value":"2021-09-28"},{"start":{{s2}},"end":{{s2 + 14}},"text":"stayed 10 days","type":"DURATION","value":"P9D"},{"start":0,"end":3,"text":"She","type":"DATE","value":"2021"}]}""");
    }

    private static IReadOnlyList<TemporalExpression> Fake(string text, DateOnly? reference)
    {
        TemporalExpression E(string t, TimexType type, string v)
        {
            var s = text.IndexOf(t, StringComparison.Ordinal);
            return new TemporalExpression(s, t.Length, t, type, v, null, false);
        }
        return [E("Sept. 28", TimexType.Date, "2021-09-28"), E("10 days", TimexType.Duration, "P10D"), E("now", TimexType.Date, "PRESENT_REF")];
    }

    [Fact]
    public void Evaluator_scores_strict_relaxed_type_and_value_as_computed_by_hand()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, [Gold(), "this line is not JSON"]);
            var report = new TimexEvaluator(Fake).Evaluate(path, maxMismatches: 10);
            Assert.Equal(1, report.Documents);
            Assert.Equal(3, report.Gold);
            Assert.Equal(3, report.System);
            Assert.Equal(1, report.StrictMatches);
            Assert.Equal(2, report.RelaxedMatches);
            Assert.Equal(1.0 / 3, report.StrictF1, 6);
            Assert.Equal(2.0 / 3, report.RelaxedPrecision, 6);
            Assert.Equal(2.0 / 3, report.RelaxedRecall, 6);
            Assert.Equal(2.0 / 3, report.RelaxedF1, 6);
            Assert.Equal(1.0, report.TypeAccuracy, 6);
            Assert.Equal(0.5, report.ValueAccuracy, 6);
            // TempEval-3 value F1: P = 1 correct / 3 system, R = 1 / 3 gold → 1/3 = value accuracy × relaxed F1.
            Assert.Equal(1.0 / 3, report.ValueF1, 6);
            Assert.Equal(report.ValueAccuracy * report.RelaxedF1, report.ValueF1, 6);
            Assert.Single(report.Problems);
            Assert.Contains(report.Mismatches, m => m.Kind == "missed" && m.Gold!.Text == "She");
            Assert.Contains(report.Mismatches, m => m.Kind == "spurious" && m.System!.Text == "now");
            Assert.Contains(report.Mismatches, m => m.Kind == "value" && m.Gold!.Value == "P9D");
            var last = report.FormatLines()[^1];
            Assert.EndsWith("0.333", last, StringComparison.Ordinal);
            Assert.Contains("value F1 (0-1)", last, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Evaluator_reports_a_missing_file_instead_of_throwing()
    {
        var report = new TimexEvaluator().Evaluate(Path.Combine(Path.GetTempPath(), "no-such-timex-file.jsonl"));
        Assert.Equal(0, report.Documents);
        Assert.Single(report.Problems);
    }

    [SharedDataFact("tempeval3/train.jsonl")]
    public void Tagger_reaches_its_measured_quality_on_TempEval3_TBAQ()
    {
        var report = new TimexEvaluator().Evaluate(SharedData.PathOf("tempeval3/train.jsonl")!);
        Assert.Equal(256, report.Documents);
        Assert.Equal(1822, report.Gold);
        // Measured: value F1 0.800, relaxed F1 0.937, strict F1 0.869, type accuracy 0.963 (HeidelTime on TE-3: 0.776 / 0.903).
        Assert.True(report.ValueF1 >= 0.785, string.Join("\n", report.FormatLines()));
        Assert.True(report.RelaxedF1 >= 0.925, string.Join("\n", report.FormatLines()));
        Assert.True(report.StrictF1 >= 0.855, string.Join("\n", report.FormatLines()));
        Assert.True(report.TypeAccuracy >= 0.95, string.Join("\n", report.FormatLines()));
    }
}
