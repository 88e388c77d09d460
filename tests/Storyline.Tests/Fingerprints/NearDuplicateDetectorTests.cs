using Storyline.Fingerprints;

namespace Storyline.Tests.Fingerprints;

public class NearDuplicateDetectorTests
{
    private const string Headline = "Minister promises talks will resume";

    private static List<(string Id, string Text)> Corpus()
    {
        var story = TestTexts.Article(21, 600);
        return
        [
            ("ap-1", Headline + "\n\n" + story),
            ("copy", Headline + "\n\n" + story),
            ("reflowed", (Headline + " " + story).ToUpperInvariant().Replace(" ", "  \n", StringComparison.Ordinal)),
            ("syndicated", "Talks to resume, says minister\n\n" + TestTexts.Edit(story, 6, 3)),
            ("rewrite", TestTexts.Edit(story, 250, 4)),
            ("other", TestTexts.Article(22, 600)),
            ("empty", "  "),
        ];
    }

    private static string Describe(IEnumerable<DuplicateRelation> relations)
        => string.Join("; ", relations.Select(r => $"{r.A}~{r.B}:{r.RelationName}"));

    [Fact]
    public void Identical_and_reformatted_texts_are_duplicates_and_a_syndicated_copy_is_a_near_duplicate()
    {
        var relations = NearDuplicateDetector.DetectAll(Corpus());
        Assert.Equal(
            "ap-1~copy:duplicate; ap-1~reflowed:duplicate; ap-1~syndicated:near-duplicate; copy~reflowed:duplicate; "
            + "copy~syndicated:near-duplicate; reflowed~syndicated:near-duplicate",
            Describe(relations));
        Assert.All(relations.Where(r => r.Relation == DuplicateKind.Duplicate), r => Assert.Equal(1.0, r.Similarity));
        Assert.All(relations.Where(r => r.Relation == DuplicateKind.NearDuplicate), r => Assert.InRange(r.Similarity, 0.7, 0.99));
    }

    [Fact]
    public void Streaming_returns_each_articles_relations_to_earlier_ones()
    {
        var detector = new NearDuplicateDetector();
        Assert.Empty(detector.Add("b", "the minister said talks would resume next week after the ceasefire"));
        Assert.Empty(detector.Add("c", "storm flooding forced residents of the coast to evacuate on Sunday"));
        var relations = detector.Add("a", "The minister said talks would resume next week, after the ceasefire.");
        var relation = Assert.Single(relations);
        Assert.Equal(new DuplicateRelation("a", "b", DuplicateKind.Duplicate, 1.0), relation);
    }

    [Fact]
    public void An_id_seen_before_is_ignored()
    {
        var detector = new NearDuplicateDetector();
        detector.Add("a", "one two three four five six");
        Assert.Empty(detector.Add("a", "one two three four five six"));
        Assert.Equal(1, detector.Count);
        Assert.True(detector.Contains("a"));
    }

    [Fact]
    public void Two_different_articles_are_not_related()
        => Assert.Empty(NearDuplicateDetector.DetectAll([("x", TestTexts.Article(1)), ("y", TestTexts.Article(2))]));

    [Fact]
    public void Relations_do_not_depend_on_the_input_order()
    {
        var corpus = Corpus();
        // More copies and near copies, so that classes with several members meet near-duplicate classes.
        corpus.Add(("syndicated-again", corpus[3].Text));
        corpus.Add(("ap-2", corpus[0].Text));
        var expected = Describe(NearDuplicateDetector.DetectAll(corpus));
        for (var seed = 0; seed < 20; seed++)
        {
            var shuffled = corpus.OrderBy(_ => 0).ToArray();
            new Random(seed).Shuffle(shuffled);
            Assert.Equal(expected, Describe(NearDuplicateDetector.DetectAll(shuffled, maxDegreeOfParallelism: 1 + seed % 2)));
        }
    }

    [Fact]
    public void Streaming_and_batch_find_the_same_relations()
    {
        var corpus = Corpus();
        var detector = new NearDuplicateDetector();
        var streamed = corpus.SelectMany(a => detector.Add(a.Id, a.Text)).ToList();
        streamed.Sort(DuplicateRelation.Compare);
        Assert.Equal(NearDuplicateDetector.DetectAll(corpus), streamed);
    }

    [Fact]
    public void Texts_below_the_minimum_length_take_part_in_no_relation()
    {
        var options = new FingerprintOptions { MinimumWords = 5 };
        Assert.Empty(NearDuplicateDetector.DetectAll([("a", "breaking news"), ("b", "Breaking news!")], options));
        Assert.Single(NearDuplicateDetector.DetectAll([("a", "breaking news"), ("b", "Breaking news!")]));
    }

    [SharedDataFact("../seeds")]
    public void Seed_articles_sharing_only_quotes_are_not_near_duplicates()
    {
        var seeds = SharedData.PathOf("../seeds")!;
        var articles = Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileNameWithoutExtension(f), File.ReadAllText(f))).ToList();
        Assert.Equal(4, articles.Count);
        Assert.Empty(NearDuplicateDetector.DetectAll(articles));
    }
}
