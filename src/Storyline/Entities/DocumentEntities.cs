using System.Runtime.InteropServices;

namespace Storyline.Entities;

/// <summary>What the recognizer found in one document: its mentions in text order and its entities.</summary>
public sealed class DocumentEntities
{
    /// <summary>Creates the result for one document.</summary>
    public DocumentEntities(string articleId, IReadOnlyList<Mention> mentions, IReadOnlyList<DocumentEntity> entities)
    {
        ArticleId = articleId;
        Mentions = mentions;
        Entities = entities;
    }

    /// <summary>An empty result, for empty or unreadable text.</summary>
    public static DocumentEntities Empty(string articleId) => new(articleId, [], []);

    /// <summary>
    /// The text analysed and its quote spans, kept so quote extraction on the same text need not scan it again; null once
    /// <see cref="ForgetText"/> is called.
    /// </summary>
    internal (string Text, List<Quotes.QuoteSpan> Spans)? QuoteSpans { get; private set; }

    /// <summary>
    /// Drops the text and quote spans kept for quote extraction. An ingest keeps every article's entities until the
    /// whole corpus is analyzed; with the text still attached they held a second copy of the corpus in memory.
    /// </summary>
    internal void ForgetText() => QuoteSpans = null;

    /// <summary>
    /// The same entities without their mentions, for an article whose mentions were all read (by quotes, claims and
    /// corrections) when it was prepared: kept until the whole-corpus analysis ends, a corpus's mentions would be
    /// hundreds of thousands of objects that every full collection walks, and nothing reads them again.
    /// </summary>
    internal DocumentEntities WithoutMentions() => Mentions.Count == 0 ? this : new(ArticleId, [], Entities);

    /// <summary>The result with its text and quote spans kept for quote extraction.</summary>
    internal DocumentEntities WithQuoteSpans(string text, List<Quotes.QuoteSpan> spans)
    {
        QuoteSpans = (text, spans);
        return this;
    }

    /// <summary>The article these entities come from.</summary>
    public string ArticleId { get; }

    /// <summary>Name and description mentions, ordered by start offset.</summary>
    public IReadOnlyList<Mention> Mentions { get; }

    /// <summary>The document's entities; <see cref="Mention.EntityIndex"/> indexes this list.</summary>
    public IReadOnlyList<DocumentEntity> Entities { get; }

    /// <summary>The most salient entity of a type, or null when the document has none.</summary>
    public DocumentEntity? MostSalient(EntityType type)
    {
        DocumentEntity? best = null;
        foreach (var e in Entities)
            if (e.Type == type && (best is null || e.Salience > best.Salience)) best = e;
        return best;
    }

    /// <summary>Index of the first mention that ends after <paramref name="offset"/> (binary search); <see cref="Mentions"/>.Count when none.</summary>
    public int FirstMentionEndingAfter(int offset) => FirstMentionEndingAfter(MentionSpan, offset);

    /// <summary>Index of the first of <paramref name="mentions"/> (in text order) that ends after <paramref name="offset"/>; their count when none.</summary>
    internal static int FirstMentionEndingAfter(ReadOnlySpan<Mention> mentions, int offset)
    {
        int lo = 0, hi = mentions.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (mentions[mid].End <= offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>
    /// <see cref="Mentions"/> as a span, for the scans that search them at every token: through the read-only list
    /// interface every probe was a dispatched call. The recognizer's list and arrays are not copied.
    /// </summary>
    internal ReadOnlySpan<Mention> MentionSpan => Mentions switch
    {
        List<Mention> list => CollectionsMarshal.AsSpan(list),
        Mention[] array => array,
        _ => mentionCopy ??= [.. Mentions],
    };

    private Mention[]? mentionCopy;
}
