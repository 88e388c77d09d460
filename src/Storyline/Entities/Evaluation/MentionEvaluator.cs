using System.Diagnostics;
using System.Globalization;

namespace Storyline.Entities.Evaluation;

/// <summary>Counts behind precision, recall and F1.</summary>
/// <param name="Gold">Gold mentions.</param>
/// <param name="Predicted">Predicted mentions.</param>
/// <param name="Correct">Predicted mentions that match a gold one.</param>
public readonly record struct PrfCounts(int Gold, int Predicted, int Correct)
{
    /// <summary>Correct / predicted (1 when nothing was predicted).</summary>
    public double Precision => Predicted == 0 ? 1 : (double)Correct / Predicted;
    /// <summary>Correct / gold (1 when there is no gold).</summary>
    public double Recall => Gold == 0 ? 1 : (double)Correct / Gold;
    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>Mention detection quality on an annotated set.</summary>
/// <param name="Documents">Documents scored.</param>
/// <param name="Span">Exact-span matches, type ignored.</param>
/// <param name="Typed">Exact span and type.</param>
/// <param name="ByType">Exact span and type, per gold/predicted type.</param>
/// <param name="Elapsed">Time the recognizer took.</param>
public sealed record MentionReport(int Documents, PrfCounts Span, PrfCounts Typed, IReadOnlyDictionary<EntityType, PrfCounts> ByType, TimeSpan Elapsed)
{
    /// <summary>The report as text lines.</summary>
    public IEnumerable<string> Lines()
    {
        yield return string.Create(CultureInfo.InvariantCulture, $"entity mentions: {Documents} documents, {Typed.Gold} gold, {Typed.Predicted} predicted");
        yield return Line("span+type", Typed);
        yield return Line("span only", Span);
        foreach (var (type, c) in ByType.OrderBy(kv => kv.Key))
            yield return Line("  " + type.ToString().ToLowerInvariant(), c);
    }

    private static string Line(string label, PrfCounts c) =>
        string.Create(CultureInfo.InvariantCulture, $"{label,-16} P {c.Precision:0.000}  R {c.Recall:0.000}  F1 {c.F1:0.000}  (gold {c.Gold}, predicted {c.Predicted}, correct {c.Correct})");
}

/// <summary>Scores name mentions (descriptions are not scored) against hand-annotated documents.</summary>
public sealed class MentionEvaluator(EntityRecognizer recognizer)
{
    /// <summary>Runs the recognizer on every document and compares exact spans and types.</summary>
    public MentionReport Evaluate(IEnumerable<AnnotatedDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        int docs = 0, gold = 0, predicted = 0, spanOk = 0, typedOk = 0;
        var byType = Enum.GetValues<EntityType>().ToDictionary(t => t, _ => (Gold: 0, Predicted: 0, Correct: 0));
        var watch = new Stopwatch();
        foreach (var d in documents)
        {
            docs++;
            watch.Start();
            var result = recognizer.Recognize(d.Id, d.Text);
            watch.Stop();
            var goldBySpan = d.Mentions.ToDictionary(m => (m.Start, m.Length), m => m.Type);
            gold += d.Mentions.Count;
            foreach (var g in d.Mentions) { var x = byType[g.Type]; byType[g.Type] = x with { Gold = x.Gold + 1 }; }
            foreach (var m in result.Mentions)
            {
                if (m.Kind != MentionKind.Name) continue;
                predicted++;
                var x = byType[m.Type];
                byType[m.Type] = x with { Predicted = x.Predicted + 1 };
                if (!goldBySpan.TryGetValue((m.Start, m.Length), out var type)) continue;
                spanOk++;
                if (type != m.Type) continue;
                typedOk++;
                x = byType[m.Type];
                byType[m.Type] = x with { Correct = x.Correct + 1 };
            }
        }
        return new MentionReport(docs, new PrfCounts(gold, predicted, spanOk), new PrfCounts(gold, predicted, typedOk),
            byType.ToDictionary(kv => kv.Key, kv => new PrfCounts(kv.Value.Gold, kv.Value.Predicted, kv.Value.Correct)), watch.Elapsed);
    }

    /// <summary>Evaluates an annotation file's content; parse problems come back in the second item.</summary>
    public (MentionReport Report, IReadOnlyList<string> Problems) EvaluateAnnotations(string content)
    {
        var (documents, problems) = MentionAnnotations.Parse(content);
        return (Evaluate(documents), problems);
    }
}
