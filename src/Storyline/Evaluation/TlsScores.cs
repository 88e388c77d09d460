namespace Storyline.Evaluation;

/// <summary>A precision and a recall, with their F1.</summary>
/// <param name="Precision">Precision.</param>
/// <param name="Recall">Recall.</param>
public readonly record struct TlsPrf(double Precision, double Recall)
{
    /// <summary>Harmonic mean of precision and recall; 0 when both are 0.</summary>
    public double F1 => Rouge.F1(Precision, Recall);

    /// <summary>
    /// The mean of several scores as news-tls averages them: precision and recall are averaged over the timelines,
    /// and F1 is taken from those means (not the mean of the F1s).
    /// </summary>
    public static TlsPrf Mean(IEnumerable<TlsPrf> scores)
    {
        double p = 0, r = 0;
        var n = 0;
        foreach (var s in scores) { p += s.Precision; r += s.Recall; n++; }
        return n == 0 ? default : new TlsPrf(p / n, r / n);
    }
}

/// <summary>ROUGE-1 and ROUGE-2 of one way of comparing timelines.</summary>
/// <param name="Rouge1">ROUGE-1.</param>
/// <param name="Rouge2">ROUGE-2.</param>
public readonly record struct TlsRougeScores(TlsPrf Rouge1, TlsPrf Rouge2);

/// <summary>All scores of one predicted timeline against one reference timeline.</summary>
/// <param name="Concat">ROUGE of all summaries concatenated, dates ignored.</param>
/// <param name="Agreement">ROUGE between the summaries of the same date only.</param>
/// <param name="Alignment">ROUGE over a many-to-one alignment of dates by date distance and content (align+ m:1), discounted by date distance.</param>
/// <param name="Dates">Precision and recall of the predicted dates against the reference dates.</param>
public readonly record struct TlsScores(TlsRougeScores Concat, TlsRougeScores Agreement, TlsRougeScores Alignment, TlsPrf Dates)
{
    /// <summary>The mean of several timelines' scores, each figure averaged as <see cref="TlsPrf.Mean"/> does.</summary>
    public static TlsScores Mean(IReadOnlyCollection<TlsScores> scores) => new(
        new TlsRougeScores(TlsPrf.Mean(scores.Select(s => s.Concat.Rouge1)), TlsPrf.Mean(scores.Select(s => s.Concat.Rouge2))),
        new TlsRougeScores(TlsPrf.Mean(scores.Select(s => s.Agreement.Rouge1)), TlsPrf.Mean(scores.Select(s => s.Agreement.Rouge2))),
        new TlsRougeScores(TlsPrf.Mean(scores.Select(s => s.Alignment.Rouge1)), TlsPrf.Mean(scores.Select(s => s.Alignment.Rouge2))),
        TlsPrf.Mean(scores.Select(s => s.Dates)));
}
