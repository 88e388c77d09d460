using Storyline.Entities;
using Storyline.Entities.Evaluation;

namespace Storyline.Tests.Entities;

public class MentionEvaluatorTests
{
    private static string SpecPath => Path.Combine(AppContext.BaseDirectory, "Specs", "entity-mentions.txt");

    [Fact]
    public void Inline_annotations_give_the_plain_text_and_the_gold_spans()
    {
        var (docs, problems) = MentionAnnotations.Parse("# note\n## d1\n[Tara Reid|person] checked into [Promises|org].\n");
        Assert.Empty(problems);
        var d = Assert.Single(docs);
        Assert.Equal("Tara Reid checked into Promises.", d.Text);
        Assert.Equal([new GoldMention(0, 9, EntityType.Person), new GoldMention(23, 8, EntityType.Organization)], d.Mentions);
    }

    [Fact]
    public void A_malformed_annotation_is_reported_not_thrown()
    {
        var (_, problems) = MentionAnnotations.Parse("## d1\n[Tara Reid|actor] left.\n## d2\n[Open only\n");
        Assert.Equal(2, problems.Count);
    }

    [Fact]
    public void Scores_count_exact_spans_and_types()
    {
        var (docs, _) = MentionAnnotations.Parse("## d\n[Maria Lopez|person] flew to [Paris|place] with [Acme Holdings|place].\n");
        var report = new MentionEvaluator(new EntityRecognizer()).Evaluate(docs);
        Assert.Equal(3, report.Span.Correct);
        Assert.Equal(2, report.Typed.Correct);
        Assert.Equal(2.0 / 3, report.Typed.Recall, 3);
        Assert.Contains(report.Lines(), l => l.StartsWith("span+type", StringComparison.Ordinal) && l.Contains("R 0.667", StringComparison.Ordinal));
    }

    [Fact]
    public void The_annotated_set_has_at_least_300_mentions_in_its_source_texts()
    {
        var (docs, problems) = MentionAnnotations.Parse(File.ReadAllText(SpecPath));
        Assert.Empty(problems);
        Assert.True(docs.Sum(d => d.Mentions.Count) >= 300);
        Assert.All(docs, d => Assert.All(d.Mentions, m => Assert.InRange(m.Start + m.Length, 1, d.Text.Length)));
    }

    [Fact]
    public void Mention_detection_stays_above_its_quality_floor()
    {
        // Measured: span+type P 0.769 R 0.767 F1 0.768; span only F1 0.900; person F1 0.855.
        var (report, _) = new MentionEvaluator(new EntityRecognizer()).EvaluateAnnotations(File.ReadAllText(SpecPath));
        Assert.True(report.Typed.F1 >= 0.74, string.Join("\n", report.Lines()));
        Assert.True(report.Span.F1 >= 0.87, string.Join("\n", report.Lines()));
        Assert.True(report.ByType[EntityType.Person].F1 >= 0.82, string.Join("\n", report.Lines()));
    }

    [Fact]
    public void Mention_detection_holds_up_on_the_held_out_set()
    {
        // Annotated after tuning; measured span+type F1 0.836 at first, 0.860 after the one general fix it prompted ("Internet" is a common noun).
        var path = Path.Combine(AppContext.BaseDirectory, "Specs", "entity-mentions.heldout.txt");
        var (report, problems) = new MentionEvaluator(new EntityRecognizer()).EvaluateAnnotations(File.ReadAllText(path));
        Assert.Empty(problems);
        Assert.True(report.Typed.Gold >= 50);
        Assert.True(report.Typed.F1 >= 0.75, string.Join("\n", report.Lines()));
    }
}
