using FsCheck;
using FsCheck.Fluent;
using Storyline.Text;

namespace Storyline.Tests.Text;

public class WordTableTests
{
    [Fact]
    public void WordTable_finds_what_was_added_and_nothing_else()
    {
        var table = new WordTable();
        table.Add("egypt", 1);
        table.Add("Egypt", 2);
        table.Add("egyptian", 3);

        Assert.True(table.TryGetValue("egypt".AsSpan(), out var lower));
        Assert.True(table.TryGetValue("Egypt protests".AsSpan(0, 5), out var upper));
        Assert.Equal((1, 2), (lower, upper));
        Assert.False(table.TryGetValue("egyp".AsSpan(), out _));
        Assert.False(table.TryGetValue("".AsSpan(), out _));
        Assert.Equal(3, table.Count);
    }

    [Fact]
    public void WordTable_keeps_every_word_through_growth_and_forgets_all_on_clear()
    {
        var table = new WordTable();
        const int words = 50_000;
        for (var i = 0; i < words; i++) table.Add($"w{i}", i);

        for (var i = 0; i < words; i += 997)
        {
            Assert.True(table.TryGetValue($"w{i}".AsSpan(), out var value));
            Assert.Equal(i, value);
        }
        table.Clear();
        Assert.Equal(0, table.Count);
        Assert.False(table.TryGetValue("w0".AsSpan(), out _));
    }

    [Fact]
    public void WordTable_agrees_with_a_dictionary_on_any_words()
        => Prop.ForAll(ArbMap.Default.ArbFor<string[]>(), words =>
        {
            var table = new WordTable();
            var reference = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var word in words.Where(w => !string.IsNullOrEmpty(w)))
                if (reference.TryAdd(word, reference.Count)) table.Add(word, reference[word]);
            return reference.All(p => table.TryGetValue(p.Key.AsSpan(), out var v) && v == p.Value)
                && table.Count == reference.Count;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void WordTable_refuses_an_empty_word()
        => Assert.Throws<ArgumentException>(() => new WordTable().Add("", 1));
}
