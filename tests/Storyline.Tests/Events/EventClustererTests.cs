using FsCheck;
using FsCheck.Fluent;
using Storyline.Events;
using Storyline.Reading;

namespace Storyline.Tests.Events;

public class EventClustererTests
{
    private static IReadOnlyList<EventInput> SeedInputs()
        => new ArticleReader(ArticleReader.DefaultFormats()).Read([Seeds.Folder])
            .Select(r => EventInputs.From(Storyline.Articles.ArticleNormalization.Normalize(r.Article!))).ToList();

    private static string[][] Cluster(IEnumerable<EventInput> inputs, ClusteringOptions? options = null)
    {
        var clusterer = new EventClusterer(options);
        clusterer.AddRange(inputs.ToList());
        return clusterer.Consolidate().Events.Select(e => e.ArticleIds.ToArray()).ToArray();
    }

    [Fact]
    public void Seeds_form_two_events_by_happening_not_by_person()
    {
        var events = Cluster(SeedInputs());
        Assert.Equal(2, events.Length);
        Assert.Contains(events, e => e.SequenceEqual([Seeds.Birthday, Seeds.BirthdayRewrite]));
        Assert.Contains(events, e => e.SequenceEqual([Seeds.Ceremony, Seeds.Tribute]));
    }

    [Fact]
    public void Events_do_not_depend_on_input_order()
    {
        var inputs = SeedInputs().Concat(Synthetic()).ToArray();
        var expected = Cluster(inputs);
        Prop.ForAll(Gen.Shuffle(inputs).ToArbitrary(), shuffled =>
            Cluster(shuffled).Select(e => string.Join(",", e)).SequenceEqual(expected.Select(e => string.Join(",", e))))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Articles_months_apart_are_different_events_even_with_the_same_words()
    {
        var text = "Firefighters battled a warehouse fire in Springfield on Tuesday; the blaze destroyed the Acme depot.";
        var events = Cluster([
            new EventInput("a", "Warehouse fire in Springfield", text, new DateOnly(2020, 1, 7)),
            new EventInput("b", "Warehouse fire in Springfield", text, new DateOnly(2020, 1, 8)),
            new EventInput("c", "Warehouse fire in Springfield", text, new DateOnly(2021, 6, 1)),
        ]);
        Assert.Contains(events, e => e.SequenceEqual(["a", "b"]));
        Assert.Contains(events, e => e.SequenceEqual(["c"]));
    }

    [Fact]
    public void Streaming_assignment_puts_a_same_event_report_with_its_event()
    {
        var clusterer = new EventClusterer();
        var inputs = Synthetic().ToArray();
        var first = clusterer.AddAndAssign(inputs[0]);
        var sameEvent = clusterer.AddAndAssign(inputs[1]);
        var other = clusterer.AddAndAssign(inputs[2]);
        Assert.Equal(first, sameEvent);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Clusterer_streams_after_a_batch_as_it_streams_from_the_start()
    {
        var inputs = Synthetic().ToArray();
        var clusterer = new EventClusterer();
        // Batch articles on both stories share their words with the streamed ones but get no provisional event themselves.
        clusterer.Add(new EventInput("q0", "Earthquake off Sumatra", "An earthquake of magnitude 6.1 hit off Sumatra on Monday; Padang residents fled, the USGS said.", null));
        clusterer.Add(new EventInput("m0", "New MacBook Pro", "Tim Cook showed the new MacBook Pro with an M5 chip in Cupertino on Tuesday.", null));
        var first = clusterer.AddAndAssign(inputs[0]);
        var sameEvent = clusterer.AddAndAssign(inputs[1]);
        var other = clusterer.AddAndAssign(inputs[2]);
        Assert.Equal(first, sameEvent);
        Assert.NotEqual(first, other);
    }

    [SharedDataFact("ecbplus/articles.dev.jsonl")]
    public void Clusterer_reaches_its_BCubed_floor_on_ECB_plus()
    {
        var report = Storyline.Evaluation.ClusteringEvaluation.Run(SharedData.PathOf("ecbplus/articles.dev.jsonl")!, "subtopic");
        Assert.Equal(772, report.Score.Items);
        Assert.True(report.Score.BCubedF1 >= 0.93, $"B-cubed F1 {report.Score.BCubedF1:F4}");
    }

    private static IEnumerable<EventInput> Synthetic()
    {
        yield return new EventInput("q1", "Magnitude 6.1 earthquake strikes off Sumatra",
            "A magnitude 6.1 earthquake struck off the coast of Sumatra, Indonesia, on Monday, the USGS said. Residents of Padang fled to higher ground.", null);
        yield return new EventInput("q2", "Sumatra quake sends Padang residents fleeing",
            "Residents of Padang fled to higher ground after a 6.1 magnitude earthquake hit off Sumatra on Monday, according to the USGS. Indonesia issued no tsunami warning.", null);
        yield return new EventInput("m1", "Apple unveils new MacBook Pro at Cupertino event",
            "Apple unveiled a new MacBook Pro with an M5 chip at its Cupertino campus on Tuesday; Tim Cook called it the fastest laptop the company has made.", null);
    }
}
