using FsCheck;
using FsCheck.Fluent;
using Storyline.Entities;

namespace Storyline.Tests.Entities;

public class EntityRegistryTests
{
    private static readonly EntityRecognizer Recognizer = new();

    private static readonly (string Id, string Text)[] Family =
    [
        ("a", "Anna Berg won the final in Oslo. Anna Berg thanked her coach Tom Rye. Rye was proud."),
        ("b", "Ingrid Berg opened a bakery in Bergen with Carl Moe. Carl Moe baked the bread."),
        ("c", "Berg and Tom Rye trained again on Monday."),
        ("d", "Berg and Carl Moe sold out the bakery on Monday."),
        ("e", "Anna Berg and her mother Ingrid Berg met in Oslo."),
    ];

    private static string Snapshot(EntityRegistry r) =>
        string.Join("\n", r.Entities().Select(e => $"{e.Id} {e.Name} {e.Type} [{string.Join(",", e.Aliases)}] [{string.Join(",", e.Articles)}]"));

    private static EntityRegistry Build(IEnumerable<(string Id, string Text)> docs)
    {
        var r = new EntityRegistry();
        foreach (var (id, text) in docs) r.Add(Recognizer.Recognize(id, text));
        return r;
    }

    [Fact]
    public void A_lone_surname_attaches_to_the_bearer_its_article_context_points_to()
    {
        var r = Build(Family);
        Assert.Equal("Anna Berg", r.Resolve("c", Recognizer.Recognize("c", Family[2].Text).Entities.Single(e => e.Name == "Berg").Index)!.Name);
        Assert.Equal("Ingrid Berg", r.Resolve("d", Recognizer.Recognize("d", Family[3].Text).Entities.Single(e => e.Name == "Berg").Index)!.Name);
    }

    [Fact]
    public void Full_names_merge_across_articles_with_their_articles_listed()
    {
        var anna = Assert.Single(Build(Family).Find("Anna Berg"));
        Assert.Equal(new[] { "a", "c", "e" }, anna.Articles);
    }

    [Fact]
    public void A_lone_surname_shared_by_two_people_with_no_context_stays_apart()
    {
        var r = Build([.. Family, ("f", "On Friday, Berg declined to comment.")]);
        var lone = r.Resolve("f", 0)!;
        Assert.Equal("Berg", lone.Name);
    }

    [Fact]
    public void The_registry_does_not_depend_on_the_order_articles_are_added()
    {
        var expected = Snapshot(Build(Family));
        Prop.ForAll(Arb.From(Gen.Shuffle(Family)), shuffled => Snapshot(Build(shuffled)) == expected)
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void The_seed_registry_does_not_depend_on_the_order_of_the_seeds()
    {
        var seeds = SeedArticles.Load().Select(a => (a.Id, a.Text)).ToArray();
        var expected = Snapshot(Build(seeds));
        Assert.Equal(expected, Snapshot(Build(seeds.Reverse())));
        Assert.Equal(expected, Snapshot(Build([seeds[2], seeds[0], seeds[3], seeds[1]])));
    }

    [Fact]
    public void Adding_the_same_article_again_changes_nothing()
    {
        var r = Build(Family);
        var before = Snapshot(r);
        r.Add(Recognizer.Recognize("a", Family[0].Text));
        Assert.Equal(before, Snapshot(r));
        Assert.Equal(Family.Length, r.DocumentCount);
    }

    [Fact]
    public void Resolve_answers_null_for_an_unknown_article_or_index()
    {
        var r = Build(Family);
        Assert.NotNull(r.Resolve("a", 0));
        Assert.Null(r.Resolve("zz", 0));
        Assert.Null(r.Resolve("a", -1));
        Assert.Null(r.Resolve("a", 1000));
        Assert.Null(r.Resolve(null!, 0));
    }

    private static DocumentEntity Person(int index, string name) => new(index, name, EntityType.Person, [name], 1, 1.0, 0, Gender.Unknown);

    [Fact]
    public void Hand_made_entity_indexes_resolve_as_given_even_when_they_are_not_positions()
    {
        var r = new EntityRegistry();
        r.Add(new DocumentEntities("x", [], [Person(5, "Anna Berg"), Person(2, "Tom Rye")]));
        r.Add(new DocumentEntities("y", [], [Person(0, "Tom Rye")]));
        Assert.Equal("Anna Berg", r.Resolve("x", 5)!.Name);
        Assert.Equal(["x", "y"], r.Resolve("x", 2)!.Articles);
        Assert.Same(r.Resolve("x", 2), r.Resolve("y", 0));
        Assert.Null(r.Resolve("x", 0));
    }

    [Theory]
    [InlineData("Anna Berg", "ANNA BERG")]
    [InlineData("Émile Zola", "ÉMILE ZOLA")]
    public void An_entity_id_does_not_depend_on_the_case_its_name_is_first_written_in(string lower, string upper)
    {
        static string IdWhenFirst(string first, string second)
        {
            var r = new EntityRegistry();
            r.Add(new DocumentEntities("a", [], [Person(0, first)]));
            r.Add(new DocumentEntities("b", [], [Person(0, second)]));
            return Assert.Single(r.Entities()).Id;
        }
        var id = IdWhenFirst(lower, upper);
        Assert.Equal(id, IdWhenFirst(upper, lower));
        Assert.Matches("^e[0-9a-f]{12}$", id);
    }
}
