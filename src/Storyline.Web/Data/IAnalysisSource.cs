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
