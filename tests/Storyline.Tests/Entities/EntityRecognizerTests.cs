using Storyline.Entities;

namespace Storyline.Tests.Entities;

public class EntityRecognizerTests
{
    private static readonly EntityRecognizer Recognizer = new();

    private static DocumentEntities Run(string text) => Recognizer.Recognize("t", text);

    private static (string Text, EntityType Type)[] Names(DocumentEntities d) =>
        d.Mentions.Where(m => m.Kind == MentionKind.Name).Select(m => (m.Text, m.Type)).ToArray();

    [Fact]
    public void Recognizer_finds_a_person_an_organization_and_a_place()
    {
        var names = Names(Run("Tara Reid checked into the Promises Treatment Center in Malibu, her rep told People."));
        Assert.Contains(("Tara Reid", EntityType.Person), names);
        Assert.Contains(("Promises Treatment Center", EntityType.Organization), names);
        Assert.Contains(("Malibu", EntityType.Place), names);
        Assert.Contains(("People", EntityType.Organization), names);
    }

    [Fact]
    public void A_capitalized_common_word_at_a_sentence_start_is_not_a_name()
    {
        var names = Names(Run("Ketamine is used widely. Doctors said ketamine helps. However, nobody knows why."));
        Assert.Empty(names);
    }

    [Fact]
    public void A_sentence_initial_word_seen_capitalized_mid_sentence_is_a_name()
    {
        var names = Names(Run("Ketsoyan would not say more. The actress trusts Ketsoyan completely."));
        Assert.Equal(2, names.Count(n => n.Text == "Ketsoyan"));
    }

    [Fact]
    public void Titles_stay_outside_the_span_and_make_a_person()
    {
        var names = Names(Run("On Monday, President Barack Obama met Dr. Regina Benjamin and Gov. Sarah Palin."));
        Assert.Contains(("Barack Obama", EntityType.Person), names);
        Assert.Contains(("Regina Benjamin", EntityType.Person), names);
        Assert.Contains(("Sarah Palin", EntityType.Person), names);
    }

    [Fact]
    public void A_possessive_stays_outside_the_span()
    {
        var d = Run("Critics loved Anna Berg’s new album and Berg's tour.");
        Assert.Contains(d.Mentions, m => m.Text == "Anna Berg");
        Assert.Contains(d.Mentions, m => m.Text == "Berg");
        Assert.DoesNotContain(d.Mentions, m => m.Text.Contains('\'', StringComparison.Ordinal) || m.Text.Contains('’', StringComparison.Ordinal));
    }

    [Fact]
    public void Suffixes_and_gazetteers_type_organizations_and_places()
    {
        var names = Names(Run("She studied at the University of Leeds, worked for Northwind Holdings in Ohio and flew to New Zealand."));
        Assert.Contains(("University of Leeds", EntityType.Organization), names);
        Assert.Contains(("Northwind Holdings", EntityType.Organization), names);
        Assert.Contains(("Ohio", EntityType.Place), names);
        Assert.Contains(("New Zealand", EntityType.Place), names);
    }

    [Fact]
    public void Title_case_headline_words_are_not_names_but_names_in_it_are()
    {
        var d = Run("Singer Opens Up About Therapy on Her Birthday\n\nThe singer Maria Lopez spoke about therapy on Friday.");
        var names = Names(d).Select(n => n.Text).ToArray();
        Assert.DoesNotContain("Opens", names);
        Assert.DoesNotContain("Therapy", names);
        Assert.DoesNotContain("Birthday", names);
        Assert.Contains("Maria Lopez", names);
    }

    [Fact]
    public void Surname_and_first_name_alone_corefer_with_the_full_name()
    {
        var d = Run("Maria Lopez arrived early. Lopez said hello to the crowd. Later, Maria left with friends.");
        var indexes = d.Mentions.Where(m => m.Kind == MentionKind.Name).Select(m => m.EntityIndex).Distinct().ToArray();
        Assert.Single(indexes);
        var e = d.Entities[indexes[0]];
        Assert.Equal("Maria Lopez", e.Name);
        Assert.Equal(EntityType.Person, e.Type);
        Assert.Equal(new[] { "Lopez", "Maria", "Maria Lopez" }, e.Aliases);
        Assert.Equal(3, e.MentionCount);
    }

    [Fact]
    public void A_shared_surname_alone_goes_to_the_most_mentioned_bearer()
    {
        var d = Run("Anna Berg won the race. Her mother, Ingrid Berg, watched. Anna Berg cried. Berg thanked her fans.");
        var berg = d.Mentions.Single(m => m.Text == "Berg");
        Assert.Equal("Anna Berg", d.Entities[berg.EntityIndex].Name);
        Assert.Contains(d.Entities, e => e.Name == "Ingrid Berg" && !e.Aliases.Contains("Berg"));
    }

    [Fact]
    public void A_description_resolves_to_the_person_the_previous_sentence_names()
    {
        var d = Run("Paul Simmons left the band in May. The singer said nothing about it.");
        var singer = d.Mentions.Single(m => m.Kind == MentionKind.Description);
        Assert.Equal("The singer", singer.Text);
        Assert.Equal("Paul Simmons", d.Entities[singer.EntityIndex].Name);
    }

    [Fact]
    public void Salience_is_one_for_the_most_mentioned_entity_and_lower_for_others()
    {
        var d = Run("Maria Lopez met Tom Rye in Paris. Lopez spoke first. Lopez left early.");
        var top = d.Entities.Single(e => e.Name == "Maria Lopez");
        Assert.Equal(1.0, top.Salience);
        Assert.All(d.Entities.Where(e => e != top), e => Assert.InRange(e.Salience, 0.0, 0.99));
    }

    [Fact]
    public void Gender_comes_from_first_names_titles_and_pronouns()
    {
        var d = Run("John Legend sang. Mrs. Okafor arrived. Zyx Quorn spoke, and she smiled at the crowd.");
        Assert.Equal(Gender.Male, d.Entities.Single(e => e.Name == "John Legend").Gender);
        Assert.Equal(Gender.Female, d.Entities.Single(e => e.Name == "Okafor").Gender);
        Assert.Equal(Gender.Female, d.Entities.Single(e => e.Name == "Zyx Quorn").Gender);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n\n ")]
    [InlineData("\"\"“”''``")]
    public void Empty_or_odd_text_gives_no_entities_and_does_not_throw(string? text)
    {
        var d = Recognizer.Recognize("x", text);
        Assert.Empty(d.Entities);
        Assert.All(d.Mentions, m => Assert.True(m.EntityIndex < d.Entities.Count));
    }

    [Fact]
    public void Mentions_are_ordered_and_point_inside_the_text()
    {
        var text = string.Join("\n\n", SeedArticles.Load().Select(a => a.Text));
        var d = Run(text);
        for (var i = 1; i < d.Mentions.Count; i++) Assert.True(d.Mentions[i - 1].Start <= d.Mentions[i].Start);
        Assert.All(d.Mentions, m => Assert.Equal(m.Text, text.Substring(m.Start, m.Length)));
    }

    [Fact]
    public void The_same_recognizer_gives_the_same_result_on_many_threads()
    {
        var texts = SeedArticles.Load().Select(a => a.Text).ToArray();
        var expected = texts.Select(t => Describe(Recognizer.Recognize("x", t))).ToArray();
        var results = new string[texts.Length * 8];
        Parallel.For(0, results.Length, i => results[i] = Describe(Recognizer.Recognize("x", texts[i % texts.Length])));
        for (var i = 0; i < results.Length; i++) Assert.Equal(expected[i % texts.Length], results[i]);
    }

    private static string Describe(DocumentEntities d) =>
        string.Join(";", d.Mentions.Select(m => $"{m.Start}:{m.Length}:{m.Type}:{m.EntityIndex}"))
        + "|" + string.Join(";", d.Entities.Select(e => $"{e.Name}:{e.Type}:{e.Salience}"));

    [Fact]
    public void Names_in_a_shouted_headline_are_found_with_the_case_the_body_gives_them()
    {
        var names = Names(Run("CHRISSY TEIGEN MOURNS IN MALIBU\n\nChrissy Teigen spent the week in Malibu, her rep said."));
        Assert.Equal(2, names.Count(n => n == ("Chrissy Teigen", EntityType.Person)));
        Assert.Equal(2, names.Count(n => n == ("Malibu", EntityType.Place)));
    }

    [Fact]
    public void Names_listed_with_a_typed_name_take_its_type()
    {
        var names = Names(Run("Aid reached the villages of Tonban, Gavarzin and Khaledi on Monday."));
        Assert.Contains(("Gavarzin", EntityType.Place), names);
        Assert.Contains(("Khaledi", EntityType.Place), names);
    }

    [Fact]
    public void A_name_after_a_noun_for_a_kind_of_organization_is_an_organization()
    {
        var names = Names(Run("Repairs were slow, and the cable operator, Zentrix, expects delays."));
        Assert.Contains(("Zentrix", EntityType.Organization), names);
    }
}
