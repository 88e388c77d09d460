using Storyline.Claims;

namespace Storyline.Tests.Claims;

public class ClaimSeedTests
{
    private static IReadOnlyList<Claim> AllClaims => ClaimSeeds.All.SelectMany(a => a.Claims).ToArray();

    private static ClaimComparison Comparison(IEnumerable<Claim> claims, string subject, string attribute) =>
        new ClaimComparer().Compare(claims).Single(c => c.Subject == subject && c.Attribute == attribute);

    private static string Seed(string id) => ClaimSeeds.All.Single(a => a.Article.Id.StartsWith(id, StringComparison.Ordinal)).Article.Id;

    [Fact]
    public void Seeds_state_Teigens_age_in_002_003_and_000()
    {
        var ages = AllClaims.Where(c => c.Subject == "Chrissy Teigen" && c.Attribute == "age").ToArray();
        Assert.Contains(ages, c => c.ArticleId == Seed("002") && c.Value == "35" && c.Sentence.Contains("35-year-old model", StringComparison.Ordinal));
        Assert.Contains(ages, c => c.ArticleId == Seed("003") && c.Value == "35" && c.AsOf == new Storyline.Time.PartialDate(2021, 9, 29));
        Assert.Contains(ages, c => c.ArticleId == Seed("000") && c.Value == "38" && c.Sentence.Contains("38th birthday", StringComparison.Ordinal));
    }

    [Fact]
    public void Seeds_ages_of_Teigen_agree_through_birth_year_1985()
    {
        var cmp = Comparison(AllClaims, "Chrissy Teigen", "age");
        Assert.Equal(ClaimVerdict.Agree, cmp.Verdict);
        Assert.Contains("1985", cmp.Explanation, StringComparison.Ordinal);
        Assert.Contains(Seed("000"), cmp.Articles);
        Assert.Contains(Seed("002"), cmp.Articles);
        Assert.Contains(Seed("003"), cmp.Articles);
    }

    [Theory]
    [InlineData("Luna", "5")]
    [InlineData("Miles", "3")]
    public void Seeds_childrens_ages_agree_between_002_and_003(string child, string age)
    {
        var cmp = Comparison(AllClaims, child, "age");
        Assert.Equal(ClaimVerdict.Agree, cmp.Verdict);
        Assert.Equal([Seed("002"), Seed("003")], cmp.Articles);
        Assert.All(cmp.Claims, c => Assert.Equal(age, c.Value));
    }

    [Fact]
    public void Seeds_date_of_the_loss_agrees_at_day_month_and_year_precision()
    {
        var cmp = new ClaimComparer().Compare(AllClaims)
            .Single(c => c.Subject == "Chrissy Teigen" && c.Attribute.StartsWith("date:lose", StringComparison.Ordinal));
        Assert.Equal(ClaimVerdict.CompatiblePrecision, cmp.Verdict);
        var values = cmp.Claims.ToLookup(c => c.ArticleId, c => c.Value);
        Assert.Contains("2020-09-30", values[Seed("003")]);
        Assert.Contains("2020-09", values[Seed("002")]);
        Assert.Contains("2020", values[Seed("000")]);
    }

    [Fact]
    public void Seeds_give_no_numeric_or_date_conflict()
    {
        var comparisons = new ClaimComparer().Compare(AllClaims);
        var conflicts = new ConflictFinder().Find([], [], comparisons);
        Assert.Empty(conflicts);
    }

    [Fact]
    public void Seed_000_corrects_miscarriage_to_abortion_and_the_correction_concerns_003()
    {
        var correction = Assert.Single(ClaimSeeds.All.SelectMany(a => a.Corrections), c => c.CorrectedTerm is not null);
        Assert.Equal(Seed("000"), correction.ArticleId);
        Assert.Equal("miscarriage", correction.CorrectedTerm);
        Assert.Equal("abortion", correction.CorrectTerm);
        Assert.Equal("Chrissy Teigen", correction.Subject);

        var conflicts = new ConflictFinder().Find(ClaimSeeds.All.Select(a => a.Story), [correction], []);
        var conflict = Assert.Single(conflicts);
        Assert.Equal("correction", conflict.Kind);
        Assert.Equal("Chrissy Teigen", conflict.Subject);
        Assert.Equal([Seed("000"), Seed("003")], conflict.Articles);
        Assert.Equal(Seed("000"), conflict.Evidence[0].Article);
        Assert.Contains("not a miscarriage as she previously stated", conflict.Evidence[0].Sentence, StringComparison.Ordinal);
        Assert.Contains(conflict.Evidence, e => e.Article == Seed("003") && e.Sentence.Contains("opened up about her heartbreaking miscarriage", StringComparison.Ordinal));
    }

    [Fact]
    public void Seed_conflicts_and_comparisons_do_not_depend_on_article_order()
    {
        var articles = ClaimSeeds.All;
        string Render(IEnumerable<int> order)
        {
            var picked = order.Select(i => articles[i]).ToArray();
            var comparisons = new ClaimComparer().Compare(picked.SelectMany(a => a.Claims));
            var conflicts = new ConflictFinder().Find(picked.Select(a => a.Story), picked.SelectMany(a => a.Corrections), comparisons);
            return string.Join("\n", comparisons.Select(c => $"{c.Subject}|{c.Attribute}|{c.Verdict}|{c.Explanation}|{string.Join(",", c.Claims.Select(x => x.ArticleId + x.Value))}"))
                + "\n" + string.Join("\n", conflicts.Select(c => $"{c.Kind}|{c.Subject}|{string.Join(",", c.Articles)}|{string.Join("/", c.Evidence)}"));
        }
        var expected = Render(Enumerable.Range(0, articles.Count));
        var random = new Random(17);
        for (var round = 0; round < 10; round++)
            Assert.Equal(expected, Render(Enumerable.Range(0, articles.Count).OrderBy(_ => random.Next()).ToArray()));
    }
}
