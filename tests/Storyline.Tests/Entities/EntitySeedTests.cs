using Storyline.Entities;

namespace Storyline.Tests.Entities;

/// <summary>What DESIGN.md requires of the four seed articles' entities.</summary>
public class EntitySeedTests
{
    private static readonly EntityRecognizer Recognizer = new();

    private static EntityRegistry SeedRegistry(IEnumerable<SeedArticle> articles)
    {
        var registry = new EntityRegistry();
        foreach (var a in articles) registry.Add(Recognizer.Recognize(a.Id, a.Text));
        return registry;
    }

    [Fact]
    public void Seeds_have_Chrissy_Teigen_with_her_aliases_as_one_person()
    {
        var registry = SeedRegistry(SeedArticles.Load());
        var chrissy = Assert.Single(registry.Find("Chrissy Teigen"));
        Assert.Equal(EntityType.Person, chrissy.Type);
        Assert.Contains("Teigen", chrissy.Aliases);
        Assert.Contains("Chrissy", chrissy.Aliases);
        Assert.Equal(4, chrissy.Articles.Count);
    }

    [Fact]
    public void Seeds_have_John_Legend_also_called_Legend()
    {
        var legend = Assert.Single(SeedRegistry(SeedArticles.Load()).Find("John Legend"));
        Assert.Equal(EntityType.Person, legend.Type);
        Assert.Contains("Legend", legend.Aliases);
    }

    [Theory]
    [InlineData("Jack")]
    [InlineData("Luna")]
    [InlineData("Miles")]
    [InlineData("Vilailuck Teigen")]
    public void Seeds_name_the_family_as_people(string name)
    {
        var e = Assert.Single(SeedRegistry(SeedArticles.Load()).Entities(), x => x.Name == name);
        Assert.Equal(EntityType.Person, e.Type);
    }

    [Fact]
    public void Teigen_alone_never_resolves_to_Vilailuck_Teigen()
    {
        foreach (var a in SeedArticles.Load())
        {
            var d = Recognizer.Recognize(a.Id, a.Text);
            foreach (var m in d.Mentions.Where(m => m.Text == "Teigen"))
                Assert.Equal("Chrissy Teigen", d.Entities[m.EntityIndex].Name);
        }
        var vilailuck = Assert.Single(SeedRegistry(SeedArticles.Load()).Find("Vilailuck Teigen"));
        Assert.Equal(new[] { "Vilailuck Teigen" }, vilailuck.Aliases);
    }

    [Fact]
    public void The_singer_in_002_is_John_Legend_and_the_model_is_Chrissy_Teigen()
    {
        var d = Recognizer.Recognize("002", SeedArticles.Get("002").Text);
        var descriptions = d.Mentions.Where(m => m.Kind == MentionKind.Description).ToArray();
        Assert.Equal("John Legend", d.Entities[descriptions.Single(m => m.Text == "the singer").EntityIndex].Name);
        Assert.All(descriptions.Where(m => m.Text.EndsWith("model", StringComparison.Ordinal)),
            m => Assert.Equal("Chrissy Teigen", d.Entities[m.EntityIndex].Name));
    }

    [Fact]
    public void Chrissy_Teigen_is_the_most_salient_entity_of_every_seed()
    {
        foreach (var a in SeedArticles.Load())
            Assert.Equal("Chrissy Teigen", Recognizer.Recognize(a.Id, a.Text).MostSalient(EntityType.Person)!.Name);
    }
}
