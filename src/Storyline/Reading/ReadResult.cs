using Storyline.Articles;

namespace Storyline.Reading;

/// <summary>
/// The outcome of reading one article: the article, or the reason it could not be read.
/// Readers return these instead of throwing so a batch always runs to the end.
/// </summary>
public readonly record struct ReadResult
{
    private ReadResult(Article? article, ReadFailure? failure)
    {
        Article = article;
        Failure = failure;
    }

    /// <summary>The article, when reading succeeded.</summary>
    public Article? Article { get; }

    /// <summary>Why reading failed, when it did.</summary>
    public ReadFailure? Failure { get; }

    /// <summary>True when <see cref="Article"/> is set.</summary>
    public bool IsSuccess => Article is not null;

    /// <summary>A successful read.</summary>
    public static ReadResult Success(Article article) => new(article, null);

    /// <summary>A failed read of <paramref name="origin"/> for <paramref name="reason"/>.</summary>
    public static ReadResult Fail(string origin, string reason) => new(null, new ReadFailure(origin, reason));
}

/// <summary>An input that could not be read: where it is (file, or file:line) and why.</summary>
/// <param name="Origin">The path, with a line number for line-based formats.</param>
/// <param name="Reason">A short human-readable reason.</param>
public sealed record ReadFailure(string Origin, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"{Origin}: {Reason}";
}
