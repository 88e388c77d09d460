using Storyline.Evaluation;

namespace Storyline.Tests.Evaluation;

public class TlsMetricsTests
{
    private static readonly DateOnly Jan25 = new(2011, 1, 25), Jan27 = new(2011, 1, 27), Jan28 = new(2011, 1, 28);

    private static Dictionary<DateOnly, IReadOnlyList<string>> Timeline(params (DateOnly Date, string Sentence)[] days) =>
        days.ToDictionary(d => d.Date, d => (IReadOnlyList<string>)[d.Sentence]);

    // ROUGE tokens: "Protesters fill Cairo streets" = protest fill cairo street; "Army deployed in/to Cairo" = armi deploy cairo.
    private static readonly Dictionary<DateOnly, IReadOnlyList<string>> Predicted =
        Timeline((Jan25, "Protesters fill Cairo streets"), (Jan28, "Army deployed in Cairo"));
    private static readonly Dictionary<DateOnly, IReadOnlyList<string>> Reference =
        Timeline((Jan25, "Protesters fill Cairo streets"), (Jan27, "Army deployed to Cairo"));

    [Fact]
    public void Date_scores_count_shared_dates()
    {
        var s = TlsMetrics.Score(Predicted, Reference);
        Assert.Equal(new TlsPrf(0.5, 0.5), s.Dates);
    }

    [Fact]
    public void Concat_ignores_dates()
    {
        var s = TlsMetrics.Score(Predicted, Reference);
        Assert.Equal(new TlsPrf(1, 1), s.Concat.Rouge1);
        Assert.Equal(new TlsPrf(1, 1), s.Concat.Rouge2);
    }

    [Fact]
    public void Agreement_counts_hits_of_the_same_date_only()
    {
        var s = TlsMetrics.Score(Predicted, Reference);
        // Jan 25: 4 unigram hits, 3 bigram hits; all predicted/reference n-grams: 4 + 3 unigrams, 3 + 2 bigrams.
        Assert.Equal(4.0 / 7, s.Agreement.Rouge1.Precision, 12);
        Assert.Equal(4.0 / 7, s.Agreement.Rouge1.Recall, 12);
        Assert.Equal(3.0 / 5, s.Agreement.Rouge2.Precision, 12);
        Assert.Equal(3.0 / 5, s.Agreement.Rouge2.Recall, 12);
    }

    [Fact]
    public void Alignment_pairs_near_dates_by_content_and_discounts_by_distance()
    {
        var s = TlsMetrics.Score(Predicted, Reference);
        // Jan 28 costs 0.75 · (1 − 0.25) against Jan 25 and 0.5 · (1 − 0.75) against Jan 27, so it aligns to Jan 27;
        // its 3 unigram hits count 1/(1+1) each: (4 + 1.5) / 7 both ways; bigrams (3 + 0.5·2) / 5.
        Assert.Equal(5.5 / 7, s.Alignment.Rouge1.Precision, 12);
        Assert.Equal(5.5 / 7, s.Alignment.Rouge1.Recall, 12);
        Assert.Equal(4.0 / 5, s.Alignment.Rouge2.Precision, 12);
        Assert.Equal(4.0 / 5, s.Alignment.Rouge2.Recall, 12);
    }

    [Fact]
    public void Alignment_prefers_the_same_day_even_without_shared_words_as_tilse_does()
    {
        // Same day costs 0 whatever the content; the perfect match a day later also costs 0, and ties go to the earlier date.
        var predicted = Timeline((Jan25, "Alpha beta"));
        var reference = Timeline((Jan25, "Gamma delta"), (Jan25.AddDays(1), "Alpha beta"));
        var s = TlsMetrics.Score(predicted, reference);
        Assert.Equal(0, s.Alignment.Rouge1.Precision);
        // Recall: Jan 25 finds no hits; Jan 26 aligns to the only predicted date, 2 hits at 1/2 each, over 4 reference words.
        Assert.Equal(0.25, s.Alignment.Rouge1.Recall, 12);
    }

    [Fact]
    public void Empty_prediction_scores_zero()
    {
        var s = TlsMetrics.Score(new Dictionary<DateOnly, IReadOnlyList<string>>(), Reference);
        Assert.Equal(default, s.Alignment.Rouge1);
        Assert.Equal(default, s.Dates);
    }

    [Fact]
    public void Means_take_F1_from_mean_precision_and_mean_recall()
    {
        var mean = TlsPrf.Mean([new TlsPrf(1, 0), new TlsPrf(0, 1)]);
        Assert.Equal(new TlsPrf(0.5, 0.5), mean);
        Assert.Equal(0.5, mean.F1, 12);
    }
}
