using Storyline.Events;

namespace Storyline.Tests.Events;

public class EventTermExtractorTests
{
    private static (string Term, float Weight, int Id)[] Extract(string text)
        => new EventClusterer().ExtractTerms(new EventInput("a", null, text, null)).Weights;

    [Fact]
    public void A_capitalized_word_gets_the_term_of_its_lowercase_form_whichever_comes_first()
    {
        // Capitalized mid-sentence, a form weighs as a name, so only the terms are compared: both forms must meet in one.
        const string text = "Then the Harbour closed and the harbour opened, then the harbours Reopened and the harbour reopened.";
        var terms = Extract(text);
        var expected = text.Split([' ', ',', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => EventTermExtractor.TermOf(w.ToLowerInvariant())).OfType<string>().Distinct().ToArray();
        Assert.Equal(expected, terms.Select(t => t.Term).ToArray());
    }
}
