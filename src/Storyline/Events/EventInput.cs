namespace Storyline.Events;

/// <summary>What the clusterer needs of an article.</summary>
/// <param name="Id">Article id.</param>
/// <param name="Title">Headline, or null.</param>
/// <param name="Text">Body text (dek included when known).</param>
/// <param name="Date">Best known published day, or null.</param>
public sealed record EventInput(string Id, string? Title, string Text, DateOnly? Date);

/// <summary>The weighted terms of one article, extracted by <see cref="EventClusterer.ExtractTerms"/>.</summary>
public sealed class EventTerms
{
    internal EventTerms((string Term, float Weight, int Id)[] weights, object vocabulary)
    {
        Weights = weights;
        Vocabulary = vocabulary;
    }

    // Whose indexes the terms carry: one extracting thread's word table, until it starts over.
    internal object Vocabulary { get; }

    // Distinct terms in order of first use, each with its index in Vocabulary; only ever read in order, so no table is
    // built per article.
    internal (string Term, float Weight, int Id)[] Weights { get; }

    /// <summary>Number of distinct terms.</summary>
    public int Count => Weights.Length;
}
