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
    internal EventTerms(Dictionary<string, float> weights) => Weights = weights;

    internal Dictionary<string, float> Weights { get; }

    /// <summary>Number of distinct terms.</summary>
    public int Count => Weights.Count;
}
