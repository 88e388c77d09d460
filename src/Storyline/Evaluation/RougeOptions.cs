namespace Storyline.Evaluation;

/// <summary>
/// How <see cref="Rouge"/> turns text into tokens. The defaults reproduce the settings news-tls
/// evaluates with (tilse runs ROUGE-1.5.5 with <c>-m -s</c>: Porter stemming, stopwords removed).
/// </summary>
public sealed record RougeOptions
{
    /// <summary>The defaults: stemmed, stopwords removed, as in the news-tls/tilse evaluation.</summary>
    public static RougeOptions Default { get; } = new();

    /// <summary>Stem tokens (ROUGE-1.5.5 <c>-m</c>). Default true.</summary>
    public bool Stem { get; init; } = true;

    /// <summary>Drop the ROUGE-1.5.5 stopwords (its SMART list, <c>-s</c>). Default true.</summary>
    public bool RemoveStopwords { get; init; } = true;

    /// <summary>
    /// Only tokens at least this long are stemmed; ROUGE-1.5.5 leaves tokens of three characters or
    /// fewer as they are. Default 4.
    /// </summary>
    public int MinStemLength { get; init; } = 4;
}
