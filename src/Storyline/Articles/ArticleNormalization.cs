using System.Buffers;
using Storyline.Text;

namespace Storyline.Articles;

/// <summary>
/// The Normalize stage for whole articles: Unicode, quotes, dashes and whitespace folded in
/// title, dek and body, so every later stage (and the store) sees one canonical text.
/// Treebank-tokenized text (research corpora: "Egypt 's army -LRB- SCAF -RRB-") is turned back into
/// ordinary text first. The content hash stays that of the raw bytes.
/// </summary>
public static class ArticleNormalization
{
    /// <summary>The article with its texts normalized; the same instance when nothing changes.</summary>
    public static Article Normalize(Article article)
    {
        var tokenized = TreebankDetokenizer.LooksTokenized(article.Body);
        var title = NormalizeLine(article.Title, tokenized);
        var dek = NormalizeLine(article.Dek, tokenized);
        var body = NormalizeText(article.Body, tokenized);
        return ReferenceEquals(title, article.Title) && ReferenceEquals(dek, article.Dek) && ReferenceEquals(body, article.Body)
            ? article
            : article with { Title = title, Dek = dek, Body = body };
    }

    private static string NormalizeText(string text, bool tokenized)
        => tokenized ? DetokenizeAndNormalize(text) : TextNormalizer.Normalize(text);

    // The detokenized text stays in a pooled buffer: the normalizer reads it from there, so the article's text is
    // turned into a string once instead of twice.
    private static string DetokenizeAndNormalize(string text)
    {
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        try
        {
            var length = TreebankDetokenizer.DetokenizeLines(text, buffer);
            return TextNormalizer.NormalizeBuffer(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static string? NormalizeLine(string? text, bool tokenized)
    {
        if (text is null) return null;
        var normalized = NormalizeText(text, tokenized);
        if (normalized.Contains('\n')) normalized = string.Join(' ', normalized.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        return normalized.Length == 0 ? null : normalized;
    }
}
