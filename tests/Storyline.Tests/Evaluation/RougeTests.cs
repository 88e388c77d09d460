using Storyline.Evaluation;

namespace Storyline.Tests.Evaluation;

public class RougeTests
{
    [Fact]
    public void Tokens_are_lowercased_split_at_punctuation_and_hyphens_without_stopwords()
        => Assert.Equal(["state", "run", "tv", "bp", "2010"], Rouge.Default.Tokens("The state-run TV: BP's (2010)."));

    [Fact]
    public void Tokens_longer_than_three_letters_are_stemmed_and_shorter_ones_are_not()
    {
        Assert.Equal(["protest", "kill"], Rouge.Default.Tokens("protesters killed"));
        // Porter2 would make "ads" "ad"; ROUGE-1.5.5 leaves words of three letters or fewer alone.
        Assert.Equal(["ads"], Rouge.Default.Tokens("ads"));
    }

    [Fact]
    public void Tokens_keep_stopwords_and_surface_forms_when_told()
        => Assert.Equal(["the", "protesters"], new Rouge(new RougeOptions { Stem = false, RemoveStopwords = false }).Tokens("The protesters"));

    [Fact]
    public void Rouge1_and_Rouge2_match_a_hand_computed_case()
    {
        // peer:  troop kill protest cairo friday      model: protest cairo kill troop ("in", "on", "were", "by" are stopwords)
        string[] peer = ["Troops killed protesters in Cairo on Friday ."];
        string[] model = ["Protesters in Cairo were killed by troops ."];
        var r1 = Rouge.Default.Score(peer, model, 1);
        Assert.Equal(new RougeCounts(4, 5, 4), r1);
        Assert.Equal(0.8, r1.Precision, 12);
        Assert.Equal(1.0, r1.Recall, 12);
        Assert.Equal(2 * 0.8 / 1.8, r1.F1, 12);
        // bigrams: peer {troop kill, kill protest, protest cairo, cairo friday}, model {protest cairo, cairo kill, kill troop}
        Assert.Equal(new RougeCounts(1, 4, 3), Rouge.Default.Score(peer, model, 2));
    }

    [Fact]
    public void Repeated_ngrams_are_clipped_to_the_smaller_count()
        => Assert.Equal(new RougeCounts(2, 4, 3), Rouge.Default.Score(["oil oil oil spill"], ["oil spill spill"], 1));

    [Fact]
    public void Bigrams_run_across_sentence_boundaries_as_in_the_script()
        => Assert.Equal(new RougeCounts(1, 3, 1), Rouge.Default.Score(["BP oil", "spill grows"], ["oil spill"], 2));

    [Fact]
    public void Empty_texts_score_zero_without_dividing_by_zero()
    {
        var counts = Rouge.Default.Score([], ["oil spill"], 1);
        Assert.Equal(new RougeCounts(0, 0, 2), counts);
        Assert.Equal(0, counts.Precision);
        Assert.Equal(0, counts.F1);
    }
}
