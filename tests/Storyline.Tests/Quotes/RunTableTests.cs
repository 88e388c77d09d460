using Storyline.Quotes;

namespace Storyline.Tests.Quotes;

public class RunTableTests
{
    [Fact]
    public void RunTable_keeps_the_first_value_of_every_key_as_a_dictionary_does_zero_key_included()
    {
        const int keyCount = 5000;
        const int seed = 7;
        var random = new Random(seed);
        // Few distinct keys among many adds, so keys repeat; zero is the key that marks empty slots inside the table.
        var pool = Enumerable.Range(0, keyCount / 4).Select(_ => (ulong)random.NextInt64()).Append(0UL).ToArray();
        var table = new RunTable(1);
        var expected = new Dictionary<ulong, int>();
        for (var i = 0; i < keyCount; i++)
        {
            var key = pool[random.Next(pool.Length)];
            var had = expected.TryGetValue(key, out var first);
            if (!had) expected[key] = i;
            Assert.Equal(had ? first : -1, table.GetOrAdd(key, i));
        }
        Assert.Contains(0UL, expected.Keys);
        foreach (var key in pool.Append(1UL).Append(ulong.MaxValue))
        {
            var found = table.TryGetValue(key, out var value);
            Assert.Equal(expected.TryGetValue(key, out var want), found);
            Assert.Equal(found ? want : -1, value);
        }
    }
}
