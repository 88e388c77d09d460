using Storyline.Entities;
using Storyline.Storage;

namespace Storyline.Web.Data;

/// <summary>The analyses the store holds, as the pages and the API show them.</summary>
public sealed class StoreAnalysis : IAnalysisSource
{
    private readonly EntityRecognizer recognizer = new();

    /// <summary>The one instance.</summary>
    public static StoreAnalysis Instance { get; } = new();

    private StoreAnalysis() { }

    /// <inheritdoc />
    public IReadOnlyList<StorylineView>? Storylines(IArticleStore store)
        => store.Storylines().Select(s => new StorylineView(s.Id, s.Title, s.Entities, s.Events,
            s.Timeline.Select(g => new TimelineEntryView(g.Date.ToString(), g.Text, g.ArticleIds)).ToArray())).ToArray();

    /// <inheritdoc />
    public IReadOnlyList<EntityView>? Entities(IArticleStore store)
        => store.Entities().Select(e => new EntityView(e.Id, e.Name, e.Type.ToString().ToLowerInvariant(),
            e.Aliases.Where(a => a != e.Name).ToArray(), e.Articles)).ToArray();

    /// <inheritdoc />
    public IReadOnlyList<QuoteView>? Quotes(IArticleStore store)
        => store.Quotes().Select(q => new QuoteView(q.Id, q.Text, q.Speaker, q.Articles, q.FirstSeen)).ToArray();

    /// <inheritdoc />
    public IReadOnlyList<ConflictView>? Conflicts(IArticleStore store)
        => store.Conflicts().Select(c => new ConflictView(c.Kind, c.Subject, c.Articles,
            c.Evidence.Select(e => new EvidenceView(e.Article, e.Sentence)).ToArray())).ToArray();

    /// <inheritdoc />
    public IReadOnlyList<SpanView>? EntityMentions(IArticleStore store, string articleId)
    {
        // Mentions are not stored: recognizing one article's body takes well under a millisecond.
        if (store.Article(articleId) is not { } article) return null;
        var doc = recognizer.Recognize(article.Id, article.Body);
        return doc.Mentions.Select(m => new SpanView(m.Start, m.Length, m.Type.ToString().ToLowerInvariant(),
            m.EntityIndex >= 0 ? doc.Entities[m.EntityIndex].Name : m.Text)).ToArray();
    }
}
