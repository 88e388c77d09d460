using Storyline.Articles;
using Storyline.Events;
using Storyline.Facts;
using Storyline.Time;

namespace Storyline.Tests.Facts;

public class TimelineTests
{
    private static Article Make(string id, string body, PartialDate? published = null) =>
        new(id, null, null, null, null, body, published, published is null ? null : PublishedBasis.Metadata, "-");

    [Fact]
    public void An_inferred_date_helps_the_next_sibling_in_a_later_pass()
    {
        // c shares an event only with b, and b only learns its date from a.
        var a = Make("a", "The dam burst on May 3, 2021, flooding the valley.", new PartialDate(2021, 5, 4));
        var b = Make("b", "Rescuers searched the flooded valley on Wednesday after the dam burst.");
        var c = Make("c", "Residents returned to the flooded valley to count the damage.");
        var events = new[] { new EventCluster("e1", ["a", "b"]), new EventCluster("e2", ["b", "c"]) };
        var dates = Timeline.Default.InferDates([c, b, a], events);
        Assert.Equal(new PartialDate(2021, 5, 5), dates["b"].Date);
        Assert.Equal(new PartialDate(2021, 5), dates["c"].Date);
        Assert.Contains("b (2021-05-05)", dates["c"].Evidence, StringComparison.Ordinal);
        Assert.DoesNotContain("a", dates.Keys);
    }

    [Fact]
    public void A_lower_bound_from_the_text_gives_way_to_siblings_that_learn_their_date_later()
    {
        var a = Make("a", "The dam burst on May 3, 2021, flooding the valley.", new PartialDate(2021, 5, 4));
        var b = Make("b", "Rescuers searched the flooded valley on Wednesday after the dam burst.");
        var c = Make("c", "Residents, who had been warned on April 20, 2021 that the dam was weak, searched the valley on Thursday.");
        var events = new[] { new EventCluster("e1", ["a", "b"]), new EventCluster("e2", ["b", "c"]) };
        var dates = Timeline.Default.InferDates([a, b, c], events);
        Assert.Equal(new PartialDate(2021, 5, 6), dates["c"].Date);
        Assert.Contains("Thursday", dates["c"].Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Articles_without_evidence_stay_undated_and_their_relative_dates_make_no_facts()
    {
        var lone = Make("x", "The mayor resigned on Tuesday. He had taken office in 2019.");
        var result = Timeline.Default.Build([lone], []);
        Assert.Empty(result.InferredDates);
        var fact = Assert.Single(result.Facts);
        Assert.Equal(new PartialDate(2019), fact.Date);
    }

    [Fact]
    public void Facts_are_resolved_against_the_inferred_date()
    {
        var a = Make("a", "The dam burst on May 3, 2021, flooding the valley.", new PartialDate(2021, 5, 4));
        var b = Make("b", "Rescuers searched the flooded valley on Wednesday after the dam burst.");
        var result = Timeline.Default.Build([a, b], [new EventCluster("e", ["a", "b"])]);
        var fact = Assert.Single(result.Facts, f => f.ArticleId == "b");
        Assert.Equal(new PartialDate(2021, 5, 5), fact.Date);
        Assert.Equal(["2021-05-03", "2021-05-05"], result.Groups.Select(g => g.Date.ToString()));
    }

    [Fact]
    public void Timeline_of_nothing_is_empty()
    {
        var result = Timeline.Default.Build([], []);
        Assert.Empty(result.Facts);
        Assert.Empty(result.Groups);
        Assert.Empty(result.InferredDates);
    }
}
