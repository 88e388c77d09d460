using Storyline.Time;

namespace Storyline.Quotes;

/// <summary>
/// Groups the same quotation across articles despite case, punctuation, dash and ellipsis
/// differences and partial quoting, and tells which article had it first. Articles can be
/// added in any order, from any thread; <see cref="Groups"/> depends only on the set added.
/// </summary>
public sealed partial class QuoteRegistry
{
    // Kept unordered and sorted once when grouped: a dictionary of reference types runs code the process has compiled
    // already, where a sorted dictionary would compile its tree at first use in the single pass of an ingest.
    private readonly Dictionary<string, ArticleQuotes> articles = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private IReadOnlyList<QuoteGroup>? groups;

    /// <summary>Creates an empty registry.</summary>
    public QuoteRegistry(QuoteMatcherOptions? options = null) => Options = options ?? QuoteMatcherOptions.Default;

    /// <summary>The matching settings in use.</summary>
    public QuoteMatcherOptions Options { get; }

    /// <summary>Adds (or replaces) the quotations of one article.</summary>
    public void Add(string articleId, PartialDate? published, IReadOnlyList<Quote> quotes)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        ArgumentNullException.ThrowIfNull(quotes);
        lock (gate)
        {
            articles[articleId] = new ArticleQuotes(published, quotes);
            groups = null;
        }
    }

    /// <summary>Every quotation group, the earliest first.</summary>
    public IReadOnlyList<QuoteGroup> Groups()
    {
        lock (gate) return groups ??= Build();
    }

    /// <summary>One article's date and quotations as added.</summary>
    private sealed record ArticleQuotes(PartialDate? Published, IReadOnlyList<Quote> Quotes);
}
