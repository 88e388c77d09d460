using Storyline.Articles;

namespace Storyline.Html;

/// <summary>One article read from a container (feed item, WARC record), or the reason it could not be read.</summary>
/// <param name="Article">The article, when reading succeeded.</param>
/// <param name="Location">Where in the input it was (file#item, file@offset), for messages.</param>
/// <param name="Error">Why reading failed; null on success.</param>
public sealed record ArticleReadResult(Article? Article, string Location, string? Error)
{
    /// <summary>Whether an article was read.</summary>
    public bool IsSuccess => Article is not null;

    /// <summary>A successful read.</summary>
    public static ArticleReadResult Ok(Article article, string location) => new(article, location, null);

    /// <summary>A failed read with its reason.</summary>
    public static ArticleReadResult Fail(string location, string error) => new(null, location, error);
}
