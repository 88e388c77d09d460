using Storyline.Events;

namespace Storyline.Tests.Events;

public class ClusteringScoreTests
{
    [Fact]
    public void BCubed_and_pairwise_scores_match_a_hand_computed_case()
    {
        // Gold {a,b,c} {d}; predicted {a,b} {c,d}.
        var gold = new Dictionary<string, int> { ["a"] = 1, ["b"] = 1, ["c"] = 1, ["d"] = 2 };
        var predicted = new Dictionary<string, int> { ["a"] = 1, ["b"] = 1, ["c"] = 2, ["d"] = 2 };
        var s = ClusteringScore.Compute(gold, predicted);
        // Precision per item: a 1, b 1, c 1/2, d 1/2 → 0.75. Recall: a 2/3, b 2/3, c 1/3, d 1 → 2/3.
        Assert.Equal(0.75, s.BCubedPrecision, 10);
        Assert.Equal(2.0 / 3, s.BCubedRecall, 10);
        // Pairs: predicted {ab, cd}, gold {ab, ac, bc}; shared {ab}.
        Assert.Equal(0.5, s.PairPrecision, 10);
        Assert.Equal(1.0 / 3, s.PairRecall, 10);
    }

    [Fact]
    public void A_perfect_clustering_scores_one()
    {
        var labels = new Dictionary<int, string> { [1] = "x", [2] = "x", [3] = "y" };
        Assert.Equal(1, ClusteringScore.Compute(labels, labels).BCubedF1, 10);
    }
}
