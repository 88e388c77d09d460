using Storyline.Entities;

namespace Storyline.Tests.Entities;

public class EntityLexiconLookupTests
{
    private static readonly string[] Keys = ["New York", "Obama", "Zürich", "İstanbul", "vice president", "a", "Ångström Labs"];

    private static EntityLexicon.Lookup<int> Build() =>
        new(Keys.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i, StringComparer.OrdinalIgnoreCase));

    [Theory]
    [InlineData("new york")]
    [InlineData("NEW YORK")]
    [InlineData("oBaMa")]
    [InlineData("ZÜRICH")]
    [InlineData("zürich")]
    [InlineData("VICE PRESIDENT")]
    [InlineData("A")]
    [InlineData("ångström labs")]
    public void Lookup_finds_a_key_in_any_case_ascii_or_not(string probe)
    {
        var lookup = Build();
        var expected = Array.FindIndex(Keys, k => k.ToLowerInvariant() == probe.ToLowerInvariant());
        Assert.True(expected >= 0);
        Assert.True(lookup.TryGet(probe, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("New Yor")]
    [InlineData("Obamas")]
    [InlineData("")]
    [InlineData("Zurich")]
    [InlineData("vice  president")]
    public void Lookup_misses_words_it_does_not_hold(string probe)
    {
        Assert.False(Build().TryGet(probe, out _));
    }

    [Fact]
    public void Lookup_agrees_with_a_lowercased_dictionary_on_the_bundled_word_list()
    {
        var words = EntityLexicon.Default.Words;
        var all = words.Entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        var rng = new Random(17);
        foreach (var (key, value) in all.Take(500))
        {
            // Upper-case a random subset of the key's letters: the lookup must still find it, with its value.
            var chars = key.ToCharArray();
            for (var i = 0; i < chars.Length; i++) if (rng.Next(2) == 0) chars[i] = char.ToUpperInvariant(chars[i]);
            var probe = new string(chars);
            var found = words.TryGet(probe, out var got);
            Assert.Equal(all.ContainsKey(probe.ToLowerInvariant()), found);
            if (found) Assert.Equal(all[probe.ToLowerInvariant()], got);
            Assert.True(words.TryGet(key, out var exact));
            Assert.Equal(value, exact);
        }
    }
}
