namespace Storyline.Evaluation;

/// <summary>
/// The raw n-gram counts of one ROUGE-N comparison, as ROUGE-1.5.5 prints them with <c>-t 2</c>:
/// clipped matches, n-grams in the system (peer) text and n-grams in the reference (model) text.
/// </summary>
/// <param name="Hits">Matched n-grams, each counted at most as often as it occurs in both texts.</param>
/// <param name="PeerCount">N-grams in the system text.</param>
/// <param name="ModelCount">N-grams in the reference text.</param>
public readonly record struct RougeCounts(int Hits, int PeerCount, int ModelCount)
{
    /// <summary>Hits over system n-grams; 0 when the system text has none.</summary>
    public double Precision => PeerCount == 0 ? 0 : (double)Hits / PeerCount;

    /// <summary>Hits over reference n-grams; 0 when the reference has none.</summary>
    public double Recall => ModelCount == 0 ? 0 : (double)Hits / ModelCount;

    /// <summary>Harmonic mean of <see cref="Precision"/> and <see cref="Recall"/>; 0 when both are 0.</summary>
    public double F1 => Rouge.F1(Precision, Recall);
}
