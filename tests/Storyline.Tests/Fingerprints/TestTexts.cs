namespace Storyline.Tests.Fingerprints;

/// <summary>Synthetic news-like texts from a fixed seed, for fingerprint tests.</summary>
internal static class TestTexts
{
    private static readonly string[] Vocabulary =
    [
        "the", "minister", "said", "on", "Tuesday", "that", "talks", "with", "rebels", "in", "the", "north",
        "would", "resume", "next", "week", "after", "a", "ceasefire", "collapsed", "police", "reported",
        "three", "people", "were", "injured", "when", "protesters", "marched", "toward", "parliament",
        "officials", "denied", "any", "role", "prices", "rose", "sharply", "market", "analysts", "expect",
        "storm", "flooding", "coast", "residents", "evacuated", "hospital", "court", "ruling", "appeal",
        "election", "votes", "counted", "opposition", "leader", "spokesman", "statement", "agency", "oil",
    ];

    /// <summary><paramref name="words"/> random words from the vocabulary, with sentence punctuation.</summary>
    public static string Article(int seed, int words = 400)
    {
        var random = new Random(seed);
        var parts = new List<string>(words);
        for (var i = 0; i < words; i++)
        {
            var word = Vocabulary[random.Next(Vocabulary.Length)] + random.Next(1000);
            parts.Add(i % 17 == 16 ? word + "." : word);
        }
        return string.Join(' ', parts);
    }

    /// <summary><paramref name="text"/> with <paramref name="edits"/> words replaced at seeded positions.</summary>
    public static string Edit(string text, int edits, int seed)
    {
        var random = new Random(seed);
        var words = text.Split(' ');
        for (var i = 0; i < edits; i++) words[random.Next(words.Length)] = "edited" + random.Next(1_000_000);
        return string.Join(' ', words);
    }
}
