using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Storyline.Articles;
using Storyline.Reading;
using Storyline.Tests.Text.Reference;
using Storyline.Text;

namespace Storyline.Tests.Text;

/// <summary>
/// The block-at-a-time normalizer and detokenizer against the implementations they replaced (kept under Reference):
/// the output must not differ by a single char, nor whether the input instance comes back.
/// </summary>
public class NormalizationEquivalenceTests
{
    // Pieces of treebank text: escapes and attaching tokens, words (some opening with "n"), escapes inside words,
    // runs of spaces and other whitespace, line ends, and chars the normalizer maps or strips. Long words make runs
    // that cross the block boundaries of the vectorized copies.
    private static readonly string[] TokenizedPieces =
    [
        "word", "Egypt", "2011", "n't", "N'T", "nation", "Nope", "no", "'s", "'S", "'re", "'ve", "'ll", "'d", "'m", "'", "''", "``",
        "-LRB-", "-RRB-", "-LSB-", "-RSB-", "-LCB-", "-RCB-", "(", ")", "[", "]", "{", "}", "$", "#", "%", ",", ".", ";", ":",
        "!", "?", "...", "D.C.", "U.S", "1\\/26\\/11", "\\*", "\\", "a\\", "\\/", "x\\y", "internationalization", "abcdefghijklmnop",
        " ", " ", " ", "  ", "\t", "\r", "\n", "\r\n", "\n\n", "\u00A0", "\u2009", "\u3000", "\u2028", "\u0085", "\u00E9", "e\u0301",
        "\u2019", "\u201C", "\u2014", "\u2026", "\u00AD", "\u200B", "\u200D", "\uFEFF", "\U0001F468", "\uFB01", "\u0007", "\u007F",
        "-", "--", "'", "\"", "~", "@", "a.", ".a",
    ];

    private static Arbitrary<string> TokenizedText()
        => Gen.Elements(TokenizedPieces).ArrayOf().Select(parts => string.Concat(parts)).ToArbitrary();

    // Mostly words and single spaces, as real text is, so long verbatim runs end at every kind of char.
    private static Arbitrary<string> WordyText()
        => Gen.Frequency(
                (8, Gen.Elements("word", "Egypt", "a", "of", "2011", "internationalization")),
                (8, Gen.Constant(" ")),
                (1, Gen.Elements(TokenizedPieces)))
            .ArrayOf().Select(parts => string.Concat(parts)).ToArbitrary();

    [Property(MaxTest = 2000)]
    public Property Detokenizer_writes_what_the_reference_wrote()
        => Prop.ForAll(TokenizedText(), text =>
            TreebankDetokenizer.Detokenize(text) == LegacyTreebankDetokenizer.Detokenize(text)
            && TreebankDetokenizer.DetokenizeLines(text) == LegacyTreebankDetokenizer.DetokenizeLines(text));

    [Property(MaxTest = 1000)]
    public Property Detokenizer_writes_what_the_reference_wrote_on_wordy_text()
        => Prop.ForAll(WordyText(), text => TreebankDetokenizer.DetokenizeLines(text) == LegacyTreebankDetokenizer.DetokenizeLines(text));

    [Property(MaxTest = 2000)]
    public Property Normalizer_writes_what_the_reference_wrote_and_keeps_the_instance_when_it_did()
        => Prop.ForAll(TokenizedText(), text => SameAsReference(text));

    [Property(MaxTest = 1000)]
    public Property Normalizer_writes_what_the_reference_wrote_on_wordy_text()
        => Prop.ForAll(WordyText(), text => SameAsReference(text));

    [Property(MaxTest = 500)]
    public bool Normalizer_writes_what_the_reference_wrote_on_any_string(string text) => SameAsReference(text ?? "");

    [Property(MaxTest = 1000)]
    public Property Articles_normalize_as_the_reference_normalized_them()
    {
        var optional = Gen.OneOf(Gen.Constant<string?>(null), TokenizedText().Generator.Select(s => (string?)s));
        var articles =
            from title in optional
            from dek in optional
            from body in Gen.OneOf(TokenizedText().Generator, WordyText().Generator)
            select new Article("a", title, dek, null, null, body, null, null, "-");
        return Prop.ForAll(articles.ToArbitrary(), article => SameArticle(article));
    }

    [SharedDataFact("t17/articles.jsonl.gz")]
    public void Every_Timeline17_article_normalizes_as_the_reference_normalized_it()
    {
        var articles = new ArticleReader(ArticleReader.DefaultFormats()).Read([SharedData.PathOf("t17/articles.jsonl.gz")!])
            .Where(r => r.Article is not null).Select(r => r.Article!).ToList();
        Assert.NotEmpty(articles);
        var differing = articles.Where(a => !SameArticle(a)).Select(a => a.Id).Take(5).ToList();
        Assert.True(differing.Count == 0, "differ: " + string.Join(", ", differing));
    }

    private static bool SameAsReference(string text)
    {
        var expected = LegacyTextNormalizer.Normalize(text);
        var actual = TextNormalizer.Normalize(text);
        return actual == expected && ReferenceEquals(actual, text) == ReferenceEquals(expected, text);
    }

    private static bool SameArticle(Article article)
    {
        var expected = LegacyArticleNormalization.Normalize(article);
        var actual = ArticleNormalization.Normalize(article);
        return actual == expected && ReferenceEquals(actual, article) == ReferenceEquals(expected, article);
    }
}
