using FsCheck;
using FsCheck.Fluent;
using Storyline.Text;

namespace Storyline.Tests.Text;

public class PackedWordTableTests
{
    // Short and long, ASCII and not, and words that differ only where packing could lose them: a NUL, the eighth and
    // ninth characters, a character above ASCII that shares its low bits with an ASCII one.
    private static readonly string[] Tricky =
    [
        "a", "A", "ab", "\0a", "a\0", "\0", "egypt", "Egypt", "egyptian", "egyptians", "abcdefgh", "abcdefgi", "abcdefghi",
        "abcdefghj", "bbcdefgh", "café", "cafe", "caf\u0165", "Ωmega", "\u0161", "\u0061\u0301", "well-known", "U.S", "don't",
        "don’t", "international", "internationak", "internationally",
    ];

    [Fact]
    public void PackedWordTable_finds_what_was_added_and_nothing_else()
    {
        var table = new PackedWordTable();
        for (var i = 0; i < Tricky.Length; i += 2) table.Add(Tricky[i], i);

        for (var i = 0; i < Tricky.Length; i++)
        {
            var found = table.TryGetValue(Tricky[i].AsSpan(), out var value);
            Assert.Equal(i % 2 == 0, found);
            if (found) Assert.Equal(i, value);
        }
        // A slice of a longer text, as the tokenizer hands words over.
        Assert.True(table.TryGetValue("egypt protests".AsSpan(0, 5), out var sliced));
        Assert.Equal(Array.IndexOf(Tricky, "egypt"), sliced);
        Assert.False(table.TryGetValue("".AsSpan(), out _));
        Assert.Equal((Tricky.Length + 1) / 2, table.Count);
    }

    [Fact]
    public void PackedWordTable_keeps_every_word_through_growth_and_forgets_all_on_clear()
    {
        var table = new PackedWordTable();
        const int words = 50_000;
        // Both kinds of entry: "w12" is packed, "w12-longer-word" lives in the pool.
        for (var i = 0; i < words; i++) table.Add(i % 2 == 0 ? $"w{i}" : $"w{i}-longer-word", i);

        for (var i = 0; i < words; i++)
        {
            Assert.True(table.TryGetValue((i % 2 == 0 ? $"w{i}" : $"w{i}-longer-word").AsSpan(), out var value));
            Assert.Equal(i, value);
            Assert.False(table.TryGetValue((i % 2 == 0 ? $"w{i}-longer-word" : $"w{i}").AsSpan(), out _));
        }
        table.Clear();
        Assert.Equal(0, table.Count);
        Assert.False(table.TryGetValue("w0".AsSpan(), out _));
        Assert.False(table.TryGetValue("w1-longer-word".AsSpan(), out _));
    }

    [Fact]
    public void PackedWordTable_agrees_with_a_dictionary_on_any_words()
        => Prop.ForAll(ArbMap.Default.ArbFor<string[]>(), ArbMap.Default.ArbFor<string[]>(), (added, probes) =>
            Agrees(added, probes)).QuickCheckThrowOnFailure();

    [Fact]
    public void PackedWordTable_agrees_with_a_dictionary_on_words_that_nearly_collide()
    {
        // A small alphabet with a NUL and a non-ASCII letter, lengths around the packed limit: many words differ in one place.
        var word = Gen.Elements('a', 'b', '\0', 'é', '-').ArrayOf().Where(cs => cs.Length <= 2 * WordKey.MaxPackedLength)
            .Select(cs => new string(cs));
        Prop.ForAll(word.ArrayOf().ToArbitrary(), word.ArrayOf().ToArbitrary(), (added, probes) => Agrees(added, probes))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void PackedWordTable_refuses_an_empty_word()
        => Assert.Throws<ArgumentException>(() => new PackedWordTable().Add("", 1));

    [Fact]
    public void Keyed_tokenizer_yields_the_tokens_of_the_plain_one_with_the_key_of_each()
        => Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            text ??= "";
            // Arbitrary text rarely holds words; mix in some, with joiners and marks.
            var mixed = text + " well-known U.S don’t 3.5 cafe\u0301 A&P --x " + text;
            var plainAt = 0;
            var keyedAt = Tokenizer.SkipToToken(mixed, 0);
            while (true)
            {
                var plain = Tokenizer.NextInlined(mixed, ref plainAt, out var expected);
                if (plain != (keyedAt < mixed.Length)) return false;
                if (!plain) return plainAt == keyedAt;
                var end = Tokenizer.ScanKeyed(mixed, keyedAt, out var key, out var hyphenated);
                if (expected != new TokenSpan(keyedAt, end - keyedAt) || plainAt != end) return false;
                var word = mixed.AsSpan(keyedAt, end - keyedAt);
                if (!key.Equals(WordKey.Of(word)) || hyphenated != word.Contains('-')) return false;
                keyedAt = Tokenizer.SkipToToken(mixed, end);
            }
        }).QuickCheckThrowOnFailure();

    private static bool Agrees(string[] added, string[] probes)
    {
        var table = new PackedWordTable();
        var reference = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in added.Where(w => !string.IsNullOrEmpty(w)))
            if (reference.TryAdd(word, reference.Count)) table.Add(word, reference[word]);
        return reference.All(p => table.TryGetValue(p.Key.AsSpan(), out var v) && v == p.Value)
            && probes.Where(w => w is not null).All(w => table.TryGetValue(w.AsSpan(), out var v) == reference.TryGetValue(w, out var r) && (!reference.ContainsKey(w) || v == r))
            && table.Count == reference.Count;
    }
}
