using Storyline.Entities;
using Storyline.Quotes;
using Storyline.Tests.Entities;

namespace Storyline.Tests.Quotes;

public class QuoteExtractorTests
{
    private static readonly EntityRecognizer Recognizer = new();
    private static readonly QuoteExtractor Extractor = new();

    private static IReadOnlyList<Quote> Extract(string text) => Extractor.Extract("t", text, Recognizer.Recognize("t", text));

    [Fact]
    public void A_straight_quoted_sentence_goes_to_the_name_after_it()
    {
        var q = Assert.Single(Extract("\"We will rebuild the whole town,\" Mayor Jane Doe said on Monday."));
        Assert.Equal("We will rebuild the whole town", q.Text);
        Assert.Equal("Jane Doe", q.Speaker);
        Assert.Equal("said", q.Verb);
    }

    [Fact]
    public void A_curly_quoted_sentence_goes_to_the_name_before_it()
    {
        var q = Assert.Single(Extract("Jane Doe said: “We will rebuild the whole town.”"));
        Assert.Equal("We will rebuild the whole town.", q.Text);
        Assert.Equal("Jane Doe", q.Speaker);
        Assert.True(q.SpeakerEntity >= 0);
    }

    [Fact]
    public void Said_before_the_speaker_is_attributed_too()
    {
        var q = Assert.Single(Extract("\"The man is an emotional wreck,\" said Judge Vincent Del Giudice, who postponed the hearing."));
        Assert.Equal("Vincent Del Giudice", q.Speaker);
    }

    [Fact]
    public void A_pronoun_speaker_resolves_to_the_nearest_person_of_that_gender()
    {
        var q = Assert.Single(Extract("Anna Berg met her coach John Rye. \"I am very happy today,\" she said."));
        Assert.Equal("Anna Berg", q.Speaker);
    }

    [Fact]
    public void A_description_speaker_resolves_through_coreference()
    {
        var q = Assert.Single(Extract("Paul Simmons left the band in May.\n\n\"It was time to go,\" the singer told reporters."));
        Assert.Equal("Paul Simmons", q.Speaker);
    }

    [Fact]
    public void An_unnamed_speaker_keeps_its_words_and_no_entity()
    {
        var q = Assert.Single(Extract("\"Her friends and family are supportive of her decision,\" a friend of the actress said."));
        Assert.Equal(-1, q.SpeakerEntity);
        Assert.Equal("a friend of the actress", q.Speaker);
    }

    [Fact]
    public void An_unattributed_quote_right_after_another_keeps_its_speaker()
    {
        var quotes = Extract("\"We have two assumptions,\" Danny McPherson said. \"The first is an underwater earthquake.\"");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Danny McPherson", q.Speaker));
    }

    [Fact]
    public void The_venue_is_kept_when_the_sentence_states_it()
    {
        var q = Assert.Single(Extract("Maria Lopez opened up. \"I finally feel at peace now,\" she wrote in an Instagram post on Friday."));
        Assert.Equal("Instagram post", q.Venue);
        Assert.Equal("Maria Lopez", q.Speaker);
    }

    [Fact]
    public void Titles_and_scare_quotes_are_not_quotations()
    {
        Assert.Empty(Extract("Reid starred in \"American Pie\" and called the shoot \"fun\" in 1999."));
    }

    [Fact]
    public void A_quote_mark_glued_to_the_verb_still_closes_the_quotation()
    {
        var q = Assert.Single(Extract("\"Thompson was not so easy to box. I'm satisfied, \"said the 36-year-old Wladimir Klitschko."));
        Assert.Equal("Wladimir Klitschko", q.Speaker);
    }

    [Fact]
    public void Empty_text_gives_no_quotations()
    {
        Assert.Empty(Extractor.Extract("t", "", DocumentEntities.Empty("t")));
        Assert.Empty(Extractor.Extract("t", null, DocumentEntities.Empty("t")));
    }

    [Fact]
    public void Seed_quotes_of_Legend_go_to_John_Legend_through_the_singer()
    {
        var text = SeedArticles.Get("002").Text;
        var quotes = Extractor.Extract("002", text, Recognizer.Recognize("002", text));
        var heard = quotes.Single(q => q.Text.StartsWith("We've heard", StringComparison.Ordinal));
        Assert.Equal("John Legend", heard.Speaker);
        Assert.Equal("told", heard.Verb);
        Assert.Equal("ET", heard.Venue);
    }

    [Fact]
    public void Seed_summit_quote_names_the_summit_as_venue()
    {
        var text = SeedArticles.Get("000").Text;
        var quotes = Extractor.Extract("000", text, Recognizer.Recognize("000", text));
        var summit = quotes.Single(q => q.Text.StartsWith("It became very clear", StringComparison.Ordinal));
        Assert.Equal("Chrissy Teigen", summit.Speaker);
        Assert.EndsWith("summit", summit.Venue, StringComparison.Ordinal);
    }
}
