using Storyline.Entities;
using Storyline.Facts;
using Storyline.Stories;
using Storyline.Time;

namespace Storyline.Tests.Stories;

public class StorylineLinkerTests
{
    private static readonly Dictionary<string, GlobalEntity> Entities = new[]
    {
        Person("p-ann", "Ann Lee"), Person("p-bob", "Bob Stone"), Person("p-cy", "Cy Park"), Person("p-dee", "Dee Moss"),
        new GlobalEntity("o-reuters", "Reuters", EntityType.Organization, ["Reuters"], []),
    }.ToDictionary(e => e.Id, StringComparer.Ordinal);

    private static GlobalEntity Person(string id, string name) => new(id, name, EntityType.Person, [name, name.Split(' ')[1]], []);

    private static DatedFact Fact(string article, PartialDate date, string sentence) => new(article, date, sentence, 0, 0, "", date.ToString(), false);

    private static LinkableEvent Event(string id, PartialDate day, params string[] articles) => new(id, null, articles, day, day);

    /// <summary>Every article of an event names the same entities, each equally salient.</summary>
    private static void Name(Dictionary<string, IReadOnlyList<(string, double)>> into, LinkableEvent e, params string[] entityIds)
    {
        foreach (var a in e.ArticleIds) into[a] = entityIds.Select(id => (id, 0.8)).ToArray();
    }

    [Fact]
    public void A_later_event_that_refers_back_to_the_same_people_joins_their_storyline()
    {
        var first = Event("ev-1", new(2020, 9, 30), "a1", "a2");
        var later = Event("ev-2", new(2021, 9, 28), "b1", "b2");
        var names = new Dictionary<string, IReadOnlyList<(string, double)>>(StringComparer.Ordinal);
        Name(names, first, "p-ann", "p-bob");
        Name(names, later, "p-ann", "p-bob");
        var facts = new[]
        {
            Fact("a1", new(2020, 9, 30), "Ann Lee and Bob Stone lost their farm in a flood on Sept. 30, 2020."),
            Fact("b1", new(2020, 9, 30), "A year after Lee lost the farm on Sept. 30, 2020, she reopened it."),
        };
        var (storylines, followUps) = new StorylineLinker().Link([first, later], names, Entities, facts);
        var story = Assert.Single(storylines);
        Assert.Equal(["ev-1", "ev-2"], story.Events);
        Assert.Contains(followUps, f => f.A == "a1" && f.B == "b1");
    }

    [Fact]
    public void A_news_agency_never_links_events()
    {
        var first = Event("ev-1", new(2020, 9, 30), "a1");
        var later = Event("ev-2", new(2021, 9, 28), "b1");
        var names = new Dictionary<string, IReadOnlyList<(string, double)>>(StringComparer.Ordinal);
        Name(names, first, "o-reuters", "p-ann");
        Name(names, later, "o-reuters", "p-cy");
        var facts = new[]
        {
            Fact("a1", new(2020, 9, 30), "Ann Lee told Reuters on Sept. 30, 2020 that the farm was lost."),
            Fact("b1", new(2020, 9, 30), "Cy Park said, as Reuters reported on Sept. 30, 2020, that prices rose."),
        };
        var (storylines, followUps) = new StorylineLinker().Link([first, later], names, Entities, facts);
        Assert.Equal(2, storylines.Count);
        Assert.Empty(followUps);
    }

    [Fact]
    public void An_event_that_shares_one_person_with_one_member_but_not_the_core_starts_its_own_storyline()
    {
        // ev-2 refers back to ev-1 through Bob; ev-3 refers back to ev-2 through Cy, whom the storyline is not about.
        var e1 = Event("ev-1", new(2020, 1, 10), "a1");
        var e2 = Event("ev-2", new(2020, 6, 10), "b1");
        var e3 = Event("ev-3", new(2021, 3, 10), "c1");
        var names = new Dictionary<string, IReadOnlyList<(string, double)>>(StringComparer.Ordinal);
        Name(names, e1, "p-ann", "p-bob");
        Name(names, e2, "p-ann", "p-bob", "p-cy");
        Name(names, e3, "p-cy", "p-dee");
        var facts = new[]
        {
            Fact("a1", new(2020, 1, 10), "Ann Lee hired Bob Stone on Jan. 10, 2020."),
            Fact("b1", new(2020, 1, 10), "Stone, hired by Lee on Jan. 10, 2020, left for Cy Park's firm."),
            Fact("b1", new(2020, 6, 10), "Cy Park signed Stone on June 10, 2020."),
            Fact("c1", new(2020, 6, 10), "Park, who signed Stone on June 10, 2020, now faces Dee Moss in court."),
        };
        var (storylines, _) = new StorylineLinker().Link([e1, e2, e3], names, Entities, facts);
        Assert.Equal(2, storylines.Count);
        Assert.Contains(storylines, s => s.Events.SequenceEqual(["ev-1", "ev-2"]));
        Assert.Contains(storylines, s => s.Events.SequenceEqual(["ev-3"]));
    }

    [Fact]
    public void Follow_ups_per_link_are_bounded_by_the_option()
    {
        var first = Event("ev-1", new(2020, 9, 30), "a1", "a2", "a3");
        var laterArticles = Enumerable.Range(1, 10).Select(i => $"b{i:D2}").ToArray();
        var later = Event("ev-2", new(2021, 9, 28), laterArticles);
        var names = new Dictionary<string, IReadOnlyList<(string, double)>>(StringComparer.Ordinal);
        Name(names, first, "p-ann");
        Name(names, later, "p-ann");
        var facts = new List<DatedFact> { Fact("a1", new(2020, 9, 30), "Ann Lee lost the farm on Sept. 30, 2020.") };
        facts.AddRange(laterArticles.Select(a => Fact(a, new(2020, 9, 30), "Lee lost the farm on Sept. 30, 2020.")));
        var options = new StorylineLinkOptions { MaxFollowUpArticlesPerLink = 2 };
        var (storylines, followUps) = new StorylineLinker(options).Link([first, later], names, Entities, facts);
        Assert.Single(storylines);
        Assert.Equal(2, followUps.Count);
    }

    [Fact]
    public void Linking_does_not_depend_on_the_order_of_events()
    {
        var e1 = Event("ev-1", new(2020, 9, 30), "a1");
        var e2 = Event("ev-2", new(2021, 9, 28), "b1");
        var e3 = Event("ev-3", new(2021, 9, 28), "c1");
        var names = new Dictionary<string, IReadOnlyList<(string, double)>>(StringComparer.Ordinal);
        Name(names, e1, "p-ann");
        Name(names, e2, "p-ann");
        Name(names, e3, "p-cy");
        var facts = new[]
        {
            Fact("a1", new(2020, 9, 30), "Ann Lee lost the farm on Sept. 30, 2020."),
            Fact("b1", new(2020, 9, 30), "Lee lost the farm on Sept. 30, 2020."),
        };
        string Render(IReadOnlyList<StorylineRecord> s) => string.Join("|", s.Select(x => x.Id + ":" + string.Join(",", x.Events)));
        var a = new StorylineLinker().Link([e1, e2, e3], names, Entities, facts);
        var b = new StorylineLinker().Link([e3, e2, e1], names, Entities, facts.Reverse().ToArray());
        Assert.Equal(Render(a.Storylines), Render(b.Storylines));
        Assert.Equal(a.FollowUps, b.FollowUps);
    }

    [Fact]
    public void Purity_weighs_storylines_by_articles_and_counts_those_spanning_topics()
    {
        IReadOnlyList<IReadOnlyList<string>> pure = [["bpoil_bbc/1", "bpoil_cnn/2"], ["bpoil_bbc/3"]];
        IReadOnlyList<IReadOnlyList<string>> mixed = [["LibyaWar_cnn/1", "LibyaWar_cnn/2", "SyrianCrisis_bbc/1"]];
        var result = StorylinePurity.Measure([pure, mixed]);
        Assert.Equal(5.0 / 6, result.Purity, 6);
        Assert.Equal(1, result.Spanning);
        Assert.Equal(0, result.SpanningMultiEvent);
    }
}
