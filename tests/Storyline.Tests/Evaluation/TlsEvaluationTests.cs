using Storyline.Evaluation;
using Xunit.Abstractions;

namespace Storyline.Tests.Evaluation;

public class TlsEvaluationTests(ITestOutputHelper output)
{
    [SharedDataFact("t17/timelines.jsonl")]
    public void T17_H1N1_timelines_reach_the_quality_floor()
    {
        var report = TlsEvaluation.Run(Path.GetDirectoryName(SharedData.PathOf("t17/timelines.jsonl"))!, topic: "H1N1");
        foreach (var line in report.FormatLines()) output.WriteLine(line);
        Assert.Empty(report.Skipped);
        Assert.Equal(3, report.Rows.Count);
        Assert.All(report.Rows, r => Assert.InRange(r.Predicted.Entries.Count, 1, r.Dates));
        Assert.True(report.Mean.Alignment.Rouge1.F1 >= 0.15, $"AR1 {report.Mean.Alignment.Rouge1.F1:F4}");
        Assert.True(report.Mean.Alignment.Rouge2.F1 >= 0.04, $"AR2 {report.Mean.Alignment.Rouge2.F1:F4}");
        Assert.True(report.Mean.Dates.F1 >= 0.75, $"dateF1 {report.Mean.Dates.F1:F4}");
        Assert.EndsWith(FormattableString.Invariant($"dateF1 {report.Mean.Dates.F1:F4}"), report.FormatLines().Last());
    }

    [Fact]
    public void Missing_folder_is_reported_not_thrown()
    {
        var report = TlsEvaluation.Run(Path.Combine(Path.GetTempPath(), "no-such-t17-folder"));
        Assert.Empty(report.Rows);
        Assert.Equal(2, report.Skipped.Count);
    }
}
