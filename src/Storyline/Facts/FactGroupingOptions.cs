namespace Storyline.Facts;

/// <summary>Settings of <see cref="FactGrouper"/>; every default lives here.</summary>
public sealed record FactGroupingOptions
{
    /// <summary>The defaults.</summary>
    public static FactGroupingOptions Default { get; } = new();

    /// <summary>
    /// TF-IDF cosine of their sentences (date expressions left out) above which two facts of the same date
    /// are about the same happening.
    /// </summary>
    public double SameDateMinSimilarity { get; init; } = 0.1;

    /// <summary>
    /// TF-IDF cosine above which a less precise group ("September 2020") joins a more precise one of a compatible date
    /// ("Sept. 30, 2020"): higher than <see cref="SameDateMinSimilarity"/> because the dates agree less.
    /// </summary>
    public double CoarserDateMinSimilarity { get; init; } = 0.12;

    /// <summary>
    /// Facts of one article with the same date at most this many sentences apart tell one happening (a narrative
    /// goes on across adjacent sentences), whatever their words.
    /// </summary>
    public int SameArticleSentenceWindow { get; init; } = 2;

    /// <summary>How many words on each side of a fact's date expression count as telling what happened on that date.</summary>
    public int NearExpressionTerms { get; init; } = 5;

    /// <summary>Weight factor of the terms next to the date expression over the rest of the sentence.</summary>
    public double NearExpressionBoost { get; init; } = 2.0;
}
