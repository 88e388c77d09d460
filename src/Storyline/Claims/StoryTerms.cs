using Storyline.Text;

namespace Storyline.Claims;

/// <summary>
/// Stems the words of sentences for the terms a set of corrections looks for: each distinct word is lowercased and
/// stemmed once, and only words whose first letters fit a looked-for term are stemmed at all. Not thread-safe.
/// </summary>
internal sealed class StoryTerms
{
    private const int StackWordLimit = 64;
    private static readonly string[] Negations = ["not", "no", "never", "nor"];
    // Porter2 leaves a word's first two letters alone except in these irregular forms (see TermPrefixScan).
    private static readonly (string Word, string Stem)[] FirstLettersChanged = [("dying", "die"), ("lying", "lie"), ("tying", "tie")];

    private readonly HashSet<int> gate = [];
    private readonly Dictionary<string, string> wordStems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> wordLookup;

    /// <summary>A stemmer for words that can match one of <paramref name="terms"/>.</summary>
    public StoryTerms(IEnumerable<string> terms)
    {
        wordLookup = wordStems.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var t in terms)
        {
            // A one-letter stem only matches itself; a longer one shares its first two letters with every match.
            gate.Add(t.Length == 1 ? Key(t[0], '\0') : Key(t[0], t[1]));
            foreach (var (word, stem) in FirstLettersChanged)
                if (t.StartsWith(stem.AsSpan(0, 2), StringComparison.Ordinal)) gate.Add(Key(word[0], word[1]));
        }
    }

    /// <summary>Whether two stems match: equal, or one extends the other and the shorter is long enough to be specific ("miscarri" / "miscarriag").</summary>
    public static bool Matches(string a, string b)
    {
        if (a == b) return true;
        if (char.IsDigit(a[0]) || char.IsDigit(b[0])) return false;
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.Length >= ConflictFinder.MinPrefixStem && longer.StartsWith(shorter, StringComparison.Ordinal);
    }

    /// <summary>The tokens of one sentence of <paramref name="text"/>: stems (null where no looked-for term can match) and negations.</summary>
    public AnalyzedSentence Analyze(string text, SentenceSpan span)
    {
        var builder = new Builder(this, text, span.Start);
        Tokenizer.Tokenize(text.AsSpan(span.Start, span.Length), ref builder, static (ref Builder b, TokenSpan t) => b.Add(t));
        return new AnalyzedSentence(builder.Stems, builder.Negated);
    }

    private static int Key(char first, char second) => (first << 16) | second;

    private bool Passes(ReadOnlySpan<char> token)
    {
        var first = token[0];
        if (char.IsSurrogate(first) || (token.Length > 1 && char.IsSurrogate(token[1]))) return true;
        first = char.ToLowerInvariant(first);
        return gate.Contains(Key(first, '\0')) || (token.Length > 1 && gate.Contains(Key(first, char.ToLowerInvariant(token[1]))));
    }

    private string StemOf(ReadOnlySpan<char> lower)
    {
        if (wordLookup.TryGetValue(lower, out var stem)) return stem;
        var word = new string(lower);
        stem = char.IsDigit(word[0]) ? word : PorterStemmer.Stem(word);
        wordStems[word] = stem;
        return stem;
    }

    private static bool IsNegation(ReadOnlySpan<char> token)
    {
        if (token.Length is < 2 or > 5) return false;
        Span<char> lower = stackalloc char[5];
        var n = token.ToLowerInvariant(lower);
        foreach (var w in Negations)
            if (lower[..n].SequenceEqual(w)) return true;
        return false;
    }

    private ref struct Builder(StoryTerms owner, string text, int offset)
    {
        public readonly List<string?> Stems = [];
        public readonly List<bool> Negated = [];

        public readonly void Add(TokenSpan t)
        {
            var token = text.AsSpan(offset + t.Start, t.Length);
            Negated.Add(IsNegation(token));
            string? stem = null;
            if (owner.Passes(token))
            {
                if (token.Length <= StackWordLimit)
                {
                    Span<char> lower = stackalloc char[StackWordLimit];
                    stem = owner.StemOf(lower[..token.ToLowerInvariant(lower)]);
                }
                else stem = owner.StemOf(token.ToString().ToLowerInvariant());
            }
            Stems.Add(stem);
        }
    }
}

/// <summary>One sentence's tokens: the stem of each (null when it cannot match a looked-for term) and whether it is a negation.</summary>
internal sealed class AnalyzedSentence(List<string?> stems, List<bool> negated)
{
    /// <summary>Whether every stem is used in the sentence, not under a negation ("not a miscarriage" restates the correction).</summary>
    public bool UsesAll(List<string> terms)
    {
        foreach (var term in terms)
        {
            var found = false;
            for (var i = 0; i < stems.Count && !found; i++)
                found = stems[i] is { } stem && StoryTerms.Matches(stem, term)
                    && (i < 1 || !negated[i - 1])
                    && (i < 2 || !negated[i - 2]);
            if (!found) return false;
        }
        return true;
    }
}
