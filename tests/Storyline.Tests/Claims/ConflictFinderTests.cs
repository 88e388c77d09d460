using FsCheck.Xunit;
using Storyline.Claims;
using Storyline.Entities;
using Storyline.Text;
using Storyline.Time;

namespace Storyline.Tests.Claims;

public class ConflictFinderTests
{
    private static readonly EntityRecognizer Recognizer = new();

    // Suffixes that exercise every Porter2 step, so random stems meet the rules that rewrite letters.
    private static readonly string[] Suffixes =
    [
        "", "s", "es", "ies", "ied", "ed", "ing", "ingly", "edly", "eed", "ly", "y", "ational", "tional", "ization", "ation", "ator",
        "alism", "aliti", "ality", "ousli", "ously", "iviti", "ivity", "biliti", "bility", "bly", "ably", "ency", "ancy", "ogy", "ful",
        "fulness", "iveness", "ousness", "ness", "alize", "icate", "iciti", "ical", "ative", "ement", "ment", "ence", "ance", "able",
        "ible", "ant", "ent", "ism", "ate", "iti", "ous", "ive", "ize", "ion", "al", "er", "ic", "e", "ll", "'s", "s'",
    ];

    [Property(MaxTest = 3000)]
    public bool A_word_starts_with_its_stem_but_for_the_last_letter(byte[] letters, byte suffix)
    {
        var root = new string((letters ?? []).Take(8).Select(b => "abcdeilmnorstuwy"[b % 16]).ToArray());
        var word = root + Suffixes[suffix % Suffixes.Length];
        if (word.Length == 0 || !char.IsLetter(word[0])) return true;
        var stem = PorterStemmer.Stem(word);
        return word.StartsWith(TermPrefixScan.PrefixOf(stem), StringComparison.Ordinal)
            || word is "dying" or "lying" or "tying";
    }

    [Theory]
    [InlineData("miscarriages", "miscarriag")]
    [InlineData("miscarried", "miscarriag")]
    [InlineData("sensibility", "sensibl")]
    [InlineData("hoping", "hope")]
    [InlineData("dying", "die")]
    [InlineData("2020", "2020")]
    public void The_prefix_scan_finds_every_word_whose_stem_matches_a_term(string word, string term)
    {
        var text = $"Before it: {word.ToUpperInvariant()[0]}{word[1..]} and \"{word}\".";
        var hits = new TermPrefixScan([term]).Scan(text)[0];
        Assert.NotNull(hits);
        Assert.Equal(2, hits.Count);
    }

    [Fact]
    public void The_prefix_scan_skips_words_that_only_share_a_prefix()
    {
        var hits = new TermPrefixScan(["miscarriag"]).Scan("The miscount was a mischief, not a misstep.");
        Assert.Null(hits[0]);
    }

    [Fact]
    public void Given_sentences_and_split_sentences_give_the_same_conflicts()
    {
        var later = "Leo Grant said the injury was a fracture, not a sprain as his team previously stated.";
        var texts = new[]
        {
            "Boxer Leo Grant withdrew from the fight. Grant suffered a Sprained wrist in training, his camp said.",
            "Leo Grant is out. The sprain kept Grant from sparring. He did not sprain his ankle, though.",
            "Leo Grant trained on Monday. No sprain was reported.",
        };
        StoryArticle Story(string id, string text, int month, bool split) =>
            new(id, new PartialDate(2022, month), text, Recognizer.Recognize(id, text)) { Sentences = split ? SentenceSplitter.Split(text) : null };
        IReadOnlyList<Conflict> Find(bool split)
        {
            var articles = texts.Select((t, i) => Story("a" + i, t, i + 1, split)).Append(Story("later", later, 6, split)).ToArray();
            var corrections = CorrectionDetector.Default.Detect("later", later, articles[^1].Entities);
            return new ConflictFinder().Find(articles, corrections, []);
        }
        var conflict = Assert.Single(Find(split: false));
        Assert.Equal(["later", "a0", "a1"], conflict.Articles);
        Assert.Equal(3, conflict.Evidence.Count);
        Assert.DoesNotContain(conflict.Evidence, e => e.Sentence.Contains("ankle", StringComparison.Ordinal));
        var again = Assert.Single(Find(split: true));
        Assert.Equal(conflict.Articles, again.Articles);
        Assert.Equal(conflict.Evidence, again.Evidence);
    }
}
