using FsCheck.Xunit;
using Storyline.Text;

namespace Storyline.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Sentences(string text) => SentenceSplitter.Split(text).Select(s => s.Of(text).ToString()).ToArray();

    [Fact]
    public void Splitter_returns_offsets_into_the_given_text()
    {
        const string text = "  First one.  Second one?\nThird";
        var spans = SentenceSplitter.Split(text);
        Assert.Equal([new SentenceSpan(2, 10), new SentenceSpan(14, 11), new SentenceSpan(26, 5)], spans);
        Assert.Equal(12, spans[0].End);
    }

    [Fact]
    public void The_sentence_holding_an_offset_is_found_and_gaps_hold_none()
    {
        const string text = "  First one.  Second one?\nThird";
        var spans = SentenceSplitter.Split(text);
        Assert.Equal([-1, 0, 0, -1, 1, 2, -1], new[] { 0, 2, 11, 12, 14, 30, 31 }.Select(o => SentenceSplitter.IndexAt(spans, o)));
    }

    [Fact]
    public void Splitter_keeps_title_and_month_abbreviations_inside_a_sentence()
        => Assert.Equal(["Mr. Legend and Ms. Teigen met on Sept. 27, 2020.", "They left."],
            Sentences("Mr. Legend and Ms. Teigen met on Sept. 27, 2020. They left."));

    [Fact]
    public void Splitter_ends_a_sentence_after_an_abbreviation_when_a_sentence_opener_follows()
        => Assert.Equal(["Prices fell in the U.S.", "The euro rose."], Sentences("Prices fell in the U.S. The euro rose."));

    [Fact]
    public void Splitter_keeps_a_quoted_question_with_its_lowercase_attribution()
        => Assert.Single(Sentences("\"Why?\" she asked."));

    [Fact]
    public void Splitter_ends_sentences_at_every_line_break()
        => Assert.Equal(["Headline", "By A Reporter", "Body text."], Sentences("Headline\nBy A Reporter\n\nBody text."));

    [Fact]
    public void Splitter_finds_the_stops_outside_ASCII_among_other_characters_outside_it()
        => Assert.Equal(["Café “open”…", "Then", "Next line é", "Last — «é»", "End… ça"],
            Sentences("Café “open”… Then\u2028Next line é\u0085Last — «é»\u2029End… ça"));

    [Fact]
    public void Splitter_returns_nothing_for_blank_text()
    {
        Assert.Empty(SentenceSplitter.Split(""));
        Assert.Empty(SentenceSplitter.Split(" \n\t\n "));
    }

    [Fact]
    public void Splitter_appends_to_the_callers_list()
    {
        var output = new List<SentenceSpan> { new(0, 1) };
        SentenceSplitter.Split("One. Two.".AsSpan(), output);
        Assert.Equal(3, output.Count);
    }

    [Property(MaxTest = 500)]
    public bool Sentences_are_trimmed_ordered_and_never_overlap(string text)
    {
        text ??= "";
        var previousEnd = 0;
        foreach (var s in SentenceSplitter.Split(text))
        {
            if (s.Length <= 0 || s.Start < previousEnd) return false;
            if (char.IsWhiteSpace(text[s.Start]) || char.IsWhiteSpace(text[s.End - 1])) return false;
            previousEnd = s.End;
        }
        return previousEnd <= text.Length;
    }

    [Property(MaxTest = 500)]
    public bool Sentences_cover_every_non_space_character(string text)
    {
        text ??= "";
        var covered = new bool[text.Length];
        foreach (var s in SentenceSplitter.Split(text))
            for (var i = s.Start; i < s.End; i++) covered[i] = true;
        for (var i = 0; i < text.Length; i++)
            if (!char.IsWhiteSpace(text[i]) && !covered[i]) return false;
        return true;
    }

    [Property(MaxTest = 200)]
    public bool Sentences_of_news_like_text_cover_it_too(FsCheck.NonEmptyString[] pieces)
    {
        // Builds text from fragments joined by sentence punctuation, abbreviations and line breaks.
        string[] glue = [". ", "? ", "! ", " Mr. ", " U.S. ", " p.m. ", "...", "\n", "\n\n", "\" ", " 3.5 "];
        var text = string.Concat((pieces ?? []).Select((p, i) => p.Get + glue[i % glue.Length]));
        return Sentences_cover_every_non_space_character(text) && Sentences_are_trimmed_ordered_and_never_overlap(text);
    }
}
