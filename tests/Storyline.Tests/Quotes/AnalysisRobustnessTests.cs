using FsCheck;
using FsCheck.Fluent;
using Storyline.Entities;
using Storyline.Quotes;

namespace Storyline.Tests.Quotes;

public class AnalysisRobustnessTests
{
    private static readonly EntityRecognizer Recognizer = new();
    private static readonly QuoteExtractor Extractor = new();

    private static readonly string[] Pieces =
    [
        "\"", "“", "”", "``", "''", "'s", "’s", " ", "\n", "\n\n", ".", ",", ":", "!", "?", "-", "–", "—", "…",
        "said", "she", "he", "the singer", "Mr.", "Dr", "Jane", "Doe", "New", "York", "of", "University", "Inc",
        "told", "ET", "in", "an", "Instagram", "post", "A", "The", "and", "Berg", "X", "é", "🥹", "@", "#",
    ];

    [Fact]
    public void Any_mix_of_quotes_names_and_punctuation_never_throws()
    {
        var text = Gen.ArrayOf(Gen.Elements(Pieces)).Select(p => string.Concat(p));
        Prop.ForAll(Arb.From(text), t =>
        {
            var d = Recognizer.Recognize("f", t);
            var quotes = Extractor.Extract("f", t, d);
            return d.Mentions.All(m => m.End <= t.Length && m.EntityIndex < d.Entities.Count)
                && quotes.All(q => q.End <= t.Length && q.Text == t.Substring(q.Start, q.Length));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    [Fact]
    public void Entities_of_another_text_are_ignored_rather_than_failing()
    {
        var other = Recognizer.Recognize("o", "Maria Lopez met Tom Rye in Paris, and Lopez said \"We are very happy here.\" " + new string('x', 200));
        var quotes = Extractor.Extract("s", "\"We are fine here today,\" she said.", other);
        Assert.Single(quotes);
    }
}
