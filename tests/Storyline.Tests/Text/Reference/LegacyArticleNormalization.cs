// The implementation before the single-pass rewrite, kept verbatim as the reference the property tests compare against.
using Storyline.Articles;

namespace Storyline.Tests.Text.Reference;

/// <summary>
/// The Normalize stage for whole articles: Unicode, quotes, dashes and whitespace folded in
/// title, dek and body, so every later stage (and the store) sees one canonical text.
/// Treebank-tokenized text (research corpora: "Egypt 's army -LRB- SCAF -RRB-") is turned back into
/// ordinary text first. The content hash stays that of the raw bytes.
/// </summary>
internal static class LegacyArticleNormalization
{
    /// <summary>The article with its texts normalized; the same instance when nothing changes.</summary>
    public static Article Normalize(Article article)
    {
        var tokenized = LegacyTreebankDetokenizer.LooksTokenized(article.Body);
        var title = NormalizeLine(Detokenized(article.Title, tokenized));
        var dek = NormalizeLine(Detokenized(article.Dek, tokenized));
        var body = LegacyTextNormalizer.Normalize(Detokenized(article.Body, tokenized)!);
        return ReferenceEquals(title, article.Title) && ReferenceEquals(dek, article.Dek) && ReferenceEquals(body, article.Body)
            ? article
            : article with { Title = title, Dek = dek, Body = body };
    }

    private static string? Detokenized(string? text, bool tokenized)
        => tokenized && text is not null ? LegacyTreebankDetokenizer.DetokenizeLines(text) : text;

    private static string? NormalizeLine(string? text)
    {
        if (text is null) return null;
        var normalized = LegacyTextNormalizer.Normalize(text);
        if (normalized.Contains('\n')) normalized = string.Join(' ', normalized.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        return normalized.Length == 0 ? null : normalized;
    }
}
