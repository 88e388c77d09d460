using FsCheck;
using FsCheck.Fluent;
using Storyline.Entities;
using Storyline.Quotes;
using Storyline.Tests.Entities;
using Storyline.Time;

namespace Storyline.Tests.Quotes;

public class QuoteRegistryTests
{
    private static readonly EntityRecognizer Recognizer = new();
    private static readonly QuoteExtractor Extractor = new();

    private static QuoteRegistry SeedRegistry(IEnumerable<SeedArticle> seeds)
    {
        var r = new QuoteRegistry();
        foreach (var a in seeds) r.Add(a.Id, a.Published, Extractor.Extract(a.Id, a.Text, Recognizer.Recognize(a.Id, a.Text)));
        return r;
    }

    private static Quote Q(string article, string text, string? speaker = "Jane Doe") => new(article, 0, text.Length, text, speaker, speaker is null ? -1 : 0, "said", null);

    [Theory]
    [InlineData("To the son we almost had")]
    [InlineData("To our Jack")]
    public void A_seed_tribute_quote_is_found_once_in_002_and_003_as_Chrissy_Teigens(string opening)
    {
        var groups = SeedRegistry(SeedArticles.Load()).Groups()
            .Where(g => g.Quotes.Any(q => q.Text.Contains(opening, StringComparison.OrdinalIgnoreCase))).ToArray();
        var g = Assert.Single(groups);
        Assert.Equal(["002_60567d66df40948c", "003_dee5a88d4e77ef59"], g.Articles);
        Assert.Equal("Chrissy Teigen", g.Speaker);
        Assert.Equal("003_dee5a88d4e77ef59", g.FirstArticle); // the only one of the two with a known date
    }

    [Fact]
    public void Case_punctuation_dashes_and_ellipses_do_not_split_a_quote()
    {
        var r = new QuoteRegistry();
        r.Add("a", new PartialDate(2020, 9, 30), [Q("a", "To our Jack – I’m so sorry that the first few moments of your life were hard…")]);
        r.Add("b", new PartialDate(2021, 9, 30), [Q("b", "to our jack - i'm so sorry that the first few moments of your life were hard...")]);
        var g = Assert.Single(r.Groups());
        Assert.Equal(["a", "b"], g.Articles);
        Assert.Equal("a", g.FirstArticle);
    }

    [Fact]
    public void A_partial_quote_joins_the_longer_quote_that_contains_it()
    {
        var r = new QuoteRegistry();
        r.Add("a", null, [Q("a", "Whatever the motives of the arsonist, the governor has faith in the scriptural passage.")]);
        r.Add("b", null, [Q("b", "the governor has faith in the scriptural passage")]);
        r.Add("c", null, [Q("c", "We have no information on intent or motive at all.")]);
        var groups = r.Groups();
        Assert.Equal(2, groups.Count);
        Assert.Contains(groups, g => g.Articles.SequenceEqual(["a", "b"]));
    }

    [Fact]
    public void A_short_common_phrase_needs_the_same_speaker_to_match()
    {
        var r = new QuoteRegistry();
        r.Add("a", null, [Q("a", "We will always love you so much.", "Chrissy Teigen")]);
        r.Add("b", null, [Q("b", "We will always love you", "Someone Else")]);
        Assert.Equal(2, r.Groups().Count);
    }

    [Fact]
    public void The_earliest_article_wins_and_ties_go_to_the_smaller_id()
    {
        var r = new QuoteRegistry();
        var text = "This is the moment we have all been waiting for.";
        r.Add("z", new PartialDate(2020, 1, 1), [Q("z", text)]);
        r.Add("y", new PartialDate(2020, 1, 1), [Q("y", text)]);
        r.Add("x", new PartialDate(2021), [Q("x", text)]);
        r.Add("w", null, [Q("w", text)]);
        Assert.Equal("y", Assert.Single(r.Groups()).FirstArticle);
    }

    [Fact]
    public void Groups_do_not_depend_on_the_order_articles_are_added()
    {
        var seeds = SeedArticles.Load().ToArray();
        static string Describe(QuoteRegistry r) => string.Join("\n", r.Groups().Select(g => $"{g.Id}|{g.Speaker}|{g.FirstArticle}|{string.Join(",", g.Articles)}|{g.Text}"));
        var expected = Describe(SeedRegistry(seeds));
        Prop.ForAll(Arb.From(Gen.Shuffle(seeds)), s => Describe(SeedRegistry(s)) == expected).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Quotations_given_out_of_offset_order_group_as_when_given_in_order()
    {
        var seeds = SeedArticles.Load().ToArray();
        static string Describe(QuoteRegistry r) => string.Join("\n", r.Groups().Select(g => $"{g.Id}|{g.Speaker}|{g.FirstArticle}|{string.Join(",", g.Quotes.Select(q => $"{q.ArticleId}@{q.Start}"))}|{g.Text}"));
        var reversed = new QuoteRegistry();
        foreach (var a in seeds) reversed.Add(a.Id, a.Published, Extractor.Extract(a.Id, a.Text, Recognizer.Recognize(a.Id, a.Text)).Reverse().ToArray());
        Assert.Equal(Describe(SeedRegistry(seeds)), Describe(reversed));
    }

    [Fact]
    public void Any_quotation_and_a_shouted_punctuated_copy_cut_by_an_ellipsis_are_one_group()
    {
        var word = Gen.Elements("we", "will", "rebuild", "the", "bridge", "town", "don't", "U.S.", "café", "3.5", "well-known", "never");
        var words = Gen.ListOf(word).Where(w => w.Count >= 12 && w.Count <= 20);
        Prop.ForAll(Arb.From(words), list =>
        {
            var plain = string.Join(" ", list);
            var shouted = string.Join(", ", list.Take(6)).ToUpperInvariant() + " ... " + string.Join(" — ", list.Skip(6)).ToUpperInvariant();
            var r = new QuoteRegistry();
            r.Add("b", new PartialDate(2020, 1, 2), [Q("b", shouted)]);
            r.Add("a", new PartialDate(2020, 1, 1), [Q("a", plain)]);
            var group = r.Groups().Single();
            return group.FirstArticle == "a" && group.Text == plain && group.Articles.SequenceEqual(["a", "b"]);
        }).QuickCheckThrowOnFailure();
    }
}
