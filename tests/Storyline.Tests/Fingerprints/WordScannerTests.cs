using FsCheck;
using FsCheck.Fluent;
using Storyline.Fingerprints;
using Storyline.Text;

namespace Storyline.Tests.Fingerprints;

public class WordScannerTests
{
    private struct Collect : IWordSink
    {
        public List<ulong> Hashes;
        public void Word(ulong hash) => Hashes.Add(hash);
    }

    private static List<ulong> Scan(string text)
    {
        var sink = new Collect { Hashes = [] };
        WordScanner.Scan(text, ref sink);
        return sink.Hashes;
    }

    private static List<ulong> ViaTokenizer(string text)
        => Tokenizer.Tokenize(text).Select(t => WordScanner.HashWord(text.AsSpan(t.Start, t.Length))).ToList();

    /// <summary>Letters, digits, joiners, spaces, punctuation, accents, combining marks and typographic quotes.</summary>
    private static readonly char[] Alphabet = "aZé9 .-'’&,\"\n\u0301ßİ–…".ToCharArray();

    [Fact]
    public void Scanner_yields_one_hash_per_Tokenizer_token_on_random_text()
        => Prop.ForAll(
                Gen.ArrayOf(Gen.Elements(Alphabet)).Select(cs => new string(cs)).ToArbitrary(),
                text => Scan(text).SequenceEqual(ViaTokenizer(text)))
            .QuickCheckThrowOnFailure();

    [Theory]
    [InlineData("Teigen's well-known U.S. grew 3.5 percent.")]
    [InlineData("\"To our Jack – I'm so sorry...\" -- ... !? ")]
    [InlineData("Cafe\u0301 naïve ÉCOLE don’t AT&T e-mail.")]
    public void Scanner_yields_one_hash_per_Tokenizer_token_on_news_text(string text)
        => Assert.Equal(ViaTokenizer(text), Scan(text));

    [Fact]
    public void Scanner_folds_case_and_typographic_apostrophes()
        => Assert.Equal(Scan("don't STOP Élan"), Scan("DON’T stop élan"));

    [Fact]
    public void Scanner_tells_apart_words_that_differ_only_in_length()
        => Assert.Equal(6, Scan("a aa aaa aaaa aaaaa aaaaaaaa").Distinct().Count());
}
