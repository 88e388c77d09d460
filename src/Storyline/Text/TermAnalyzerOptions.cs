namespace Storyline.Text;

/// <summary>How <see cref="TermAnalyzer"/> turns words into index terms. All defaults live here.</summary>
public sealed record TermAnalyzerOptions
{
    /// <summary>The defaults: stopwords removed, words stemmed, hyphenated words split.</summary>
    public static TermAnalyzerOptions Default { get; } = new();

    /// <summary>Drop stopwords ("the", "was", "don't"). Default true.</summary>
    public bool RemoveStopwords { get; init; } = true;

    /// <summary>Stem words with the Porter2 stemmer. Default true.</summary>
    public bool Stem { get; init; } = true;

    /// <summary>Index each part of a hyphenated word ("ketamine-assisted" → "ketamin", "assist"). Default true.</summary>
    public bool SplitHyphenatedWords { get; init; } = true;

    /// <summary>Words without digits shorter than this are dropped (stray letters of "today 's"). Default 2.</summary>
    public int MinWordLength { get; init; } = 2;

    /// <summary>Longer words are dropped as noise (URLs, encoded blobs). Default 40.</summary>
    public int MaxWordLength { get; init; } = 40;

    /// <summary>At most this many distinct words keep their term in the shared cache; later ones are stemmed each time. Default 200,000.</summary>
    public int StemCacheCapacity { get; init; } = 200_000;
}
