namespace Storyline.Articles;

/// <summary>Where an article's published date came from.</summary>
public enum PublishedBasis
{
    /// <summary>A date line in the article's own header (the seed format's <c>date</c> line).</summary>
    Header,
    /// <summary>A metadata field of the container: a JSON field, HTML meta tag, feed item date.</summary>
    Metadata,
    /// <summary>A dateline or explicit date in the article text.</summary>
    Text,
    /// <summary>Inferred from relative clues and from other reports of the same event.</summary>
    Inferred,
}
