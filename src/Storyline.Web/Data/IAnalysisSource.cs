using Storyline.Storage;

namespace Storyline.Web.Data;

/// <summary>
/// The whole-store analyses beyond events and relations: storylines, entities, quotes and conflicts.
/// Each returns null while the store has not computed it, so pages can say so rather than show an empty list.
/// </summary>
/// <remarks>When the store gains one of these, an adapter over <see cref="IArticleStore"/> implements its method.</remarks>
public interface IAnalysisSource
{
    /// <summary>Storylines read from <paramref name="store"/>, or null when not computed.</summary>
    IReadOnlyList<StorylineView>? Storylines(IArticleStore store);

    /// <summary>Entities, or null when not computed.</summary>
    IReadOnlyList<EntityView>? Entities(IArticleStore store);

    /// <summary>Quotes matched across articles, or null when not computed.</summary>
    IReadOnlyList<QuoteView>? Quotes(IArticleStore store);

    /// <summary>Conflicts between articles, or null when not computed.</summary>
    IReadOnlyList<ConflictView>? Conflicts(IArticleStore store);

    /// <summary>Entity mentions in one article's body, or null when not computed.</summary>
    IReadOnlyList<SpanView>? EntityMentions(IArticleStore store, string articleId);
}

/// <summary>The analysis source of a store that has none of these analyses yet.</summary>
public sealed class NotComputedAnalysis : IAnalysisSource
{
    /// <summary>The one instance.</summary>
    public static NotComputedAnalysis Instance { get; } = new();

    private NotComputedAnalysis() { }

    /// <inheritdoc />
    public IReadOnlyList<StorylineView>? Storylines(IArticleStore store) => null;

    /// <inheritdoc />
    public IReadOnlyList<EntityView>? Entities(IArticleStore store) => null;

    /// <inheritdoc />
    public IReadOnlyList<QuoteView>? Quotes(IArticleStore store) => null;

    /// <inheritdoc />
    public IReadOnlyList<ConflictView>? Conflicts(IArticleStore store) => null;

    /// <inheritdoc />
    public IReadOnlyList<SpanView>? EntityMentions(IArticleStore store, string articleId) => null;
}
