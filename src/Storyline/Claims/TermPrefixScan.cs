using System.Globalization;
using Storyline.Text;

namespace Storyline.Claims;

/// <summary>
/// Finds, in one pass over a text, the words that stem to one of a set of terms, without tokenizing the text: a word
/// whose stem matches a term starts with the term's prefix (see <see cref="PrefixOf"/>), so only words starting with
/// some prefix are cut out (as <see cref="Tokenizer"/> would) and stemmed, each distinct word once. Not thread-safe.
/// </summary>
internal sealed class TermPrefixScan
{
    private const int StackWordLimit = 64;
    private const int AsciiLimit = 128;
    // Porter2 changes only the last letter of a stem relative to its word (step 1 appends "e" or turns "y" into "i";
    // steps 2–3 rewrite one letter, or two that step 5 then shortens to one), and never the first two letters; the
    // exceptions are these irregular forms, whose stems are looked for as whole words.
    private static readonly (string Word, string Stem)[] Irregular =
        [("dying", "die"), ("lying", "lie"), ("tying", "tie"), ("skies", "sky"), ("ugly", "ugli"), ("early", "earli"), ("only", "onli")];

    private readonly string[] terms;
    private readonly Dictionary<string, string> stems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> stemLookup;
    // Prefixes by their first two lowercase letters ('\0' second for one-letter prefixes); ASCII starts, which
    // are most, indexed directly.
    private readonly Dictionary<int, Starts> byStart = [];
    private readonly Starts?[] asciiStarts = new Starts?[AsciiLimit * AsciiLimit];
    private bool anySingle;

    /// <summary>A scan for <paramref name="terms"/> (Porter2 stems or numbers, as <see cref="StoryTerms.Matches"/> compares them).</summary>
    public TermPrefixScan(IReadOnlyList<string> terms)
    {
        this.terms = [.. terms];
        stemLookup = stems.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = 0; t < terms.Count; t++)
        {
            Add(PrefixOf(terms[t]), t);
            foreach (var (word, stem) in Irregular)
                if (StoryTerms.Matches(stem, terms[t])) Add(word, t);
        }
    }

    /// <summary>
    /// What every word whose stem matches <paramref name="term"/> starts with: a matching stem equals the term, extends it,
    /// or is a prefix of it at least <see cref="ConflictFinder.MinPrefixStem"/> long, and a word keeps all of its stem but
    /// the last letter (and the first two letters always).
    /// </summary>
    internal static string PrefixOf(string term)
    {
        if (char.IsDigit(term[0])) return term;
        if (term.Length >= ConflictFinder.MinPrefixStem) return term[..(ConflictFinder.MinPrefixStem - 1)];
        return term.Length <= 2 ? term : term[..^1];
    }

    /// <summary>The prefixes that start with the same two letters.</summary>
    private sealed class Starts
    {
        // Prefixes of two letters or fewer: matched by the start alone.
        public readonly List<(string Prefix, int Term)> Short = [];
        // Longer prefixes, and which ASCII third letters they have (a non-ASCII third letter sets every bit).
        public readonly List<(string Prefix, int Term)> Long = [];
        public UInt128 Third;
    }

    private void Add(string prefix, int term)
    {
        var second = prefix.Length > 1 ? prefix[1] : '\0';
        anySingle |= prefix.Length == 1;
        Starts? starts;
        if (prefix[0] < AsciiLimit && second < AsciiLimit) starts = asciiStarts[prefix[0] * AsciiLimit + second] ??= new();
        else if (!byStart.TryGetValue(Key(prefix[0], second), out starts)) byStart[Key(prefix[0], second)] = starts = new();
        if (prefix.Length <= 2) starts.Short.Add((prefix, term));
        else
        {
            starts.Long.Add((prefix, term));
            starts.Third |= prefix[2] < AsciiLimit ? UInt128.One << prefix[2] : UInt128.MaxValue;
        }
    }

    private static int Key(char first, char second) => (first << 16) | second;

    /// <summary>Where the words of <paramref name="text"/> that stem to each term start, by term index (null where none does).</summary>
    public List<int>?[] Scan(string text)
    {
        var found = new List<int>?[terms.Length];
        var previousWordChar = false;
        for (var i = 0; i < text.Length; i++)
        {
            var isWordChar = char.IsLetterOrDigit(text[i]);
            // Every token starts at a letter or digit that follows none (some such starts are inside tokens: harmless).
            if (isWordChar && !previousWordChar) Check(text, i, found);
            previousWordChar = isWordChar;
        }
        return found;
    }

    private void Check(string text, int i, List<int>?[] found)
    {
        var c0 = text[i];
        var c1 = i + 1 < text.Length ? text[i + 1] : '\0';
        if (char.IsSurrogate(c0) || char.IsSurrogate(c1))
        {
            // Lowercasing works on whole code points there; rare enough to count as a possible use of every term.
            for (var t = 0; t < found.Length; t++) Found(found, t, i);
            return;
        }
        c0 = char.ToLowerInvariant(c0);
        c1 = char.ToLowerInvariant(c1);
        string? stem = null;
        if (anySingle) Match(text, i, c0, '\0', found, ref stem);
        if (c1 != '\0') Match(text, i, c0, c1, found, ref stem);
    }

    private static void Found(List<int>?[] found, int term, int at)
    {
        var list = found[term] ??= [];
        if (list.Count == 0 || list[^1] != at) list.Add(at);
    }

    private void Match(string text, int i, char c0, char c1, List<int>?[] found, ref string? stem)
    {
        var starts = c0 < AsciiLimit && c1 < AsciiLimit ? asciiStarts[c0 * AsciiLimit + c1] : byStart.GetValueOrDefault(Key(c0, c1));
        if (starts is null) return;
        foreach (var (_, term) in starts.Short)
        {
            stem ??= StemAt(text, i);
            if (StoryTerms.Matches(stem, terms[term])) Found(found, term, i);
        }
        if (starts.Long.Count == 0 || i + 2 >= text.Length) return;
        var c2 = text[i + 2];
        if (c2 < AsciiLimit && (starts.Third & (UInt128.One << char.ToLowerInvariant(c2))) == UInt128.Zero) return;
        foreach (var (prefix, term) in starts.Long)
        {
            if (i + prefix.Length > text.Length || !StartsWith(text, i, prefix)) continue;
            stem ??= StemAt(text, i);
            if (StoryTerms.Matches(stem, terms[term])) Found(found, term, i);
        }
    }

    private static bool StartsWith(string text, int i, string prefix)
    {
        for (var k = 2; k < prefix.Length; k++)
        {
            var c = text[i + k];
            if (char.IsSurrogate(c)) return true;
            if (char.ToLowerInvariant(c) != prefix[k]) return false;
        }
        return true;
    }

    // The stem of the token that starts at i, the token cut as Tokenizer cuts it and lowercased as a whole.
    private string StemAt(string text, int i)
    {
        var end = i + 1;
        while (end < text.Length)
        {
            var c = text[end];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) { end++; continue; }
            if (c is '\'' or '’' or '-' or '.' or '&' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1])) { end += 2; continue; }
            break;
        }
        var token = text.AsSpan(i, end - i);
        if (token.Length > StackWordLimit) return Stem(token.ToString().ToLowerInvariant());
        Span<char> lower = stackalloc char[StackWordLimit];
        var n = token.ToLowerInvariant(lower);
        return stemLookup.TryGetValue(lower[..n], out var known) ? known : Stem(new string(lower[..n]));
    }

    private string Stem(string word)
    {
        if (stems.TryGetValue(word, out var stem)) return stem;
        stem = char.IsDigit(word[0]) ? word : PorterStemmer.Stem(word);
        stems[word] = stem;
        return stem;
    }
}
