using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Storyline.Text;

namespace Storyline.Events;

/// <summary>
/// Turns an article into weighted terms for event similarity: content words folded and
/// stemmed, proper names boosted (names tell one event of a kind from another), and the
/// headline and lead boosted (they state the event).
/// </summary>
internal sealed class EventTermExtractor(ClusteringOptions options)
{
    private static readonly TermAnalyzer Analyzer = TermAnalyzer.Default;

    // Reporting verbs and calendar words are in every news story; they say nothing of which event.
    private static readonly FrozenSet<string> NewsStopTerms = new[]
    {
        "said", "say", "says", "told", "tell", "according", "reported", "report", "year", "years", "week", "weeks", "day", "days",
        "time", "people", "new", "one", "two", "including", "like", "get", "got", "also", "would", "could", "may", "might", "last",
        "first", "made", "make", "back", "mr", "mrs", "ms", "just", "even", "still", "many", "much", "well", "since",
    }.Select(w => PorterStemmer.Stem(w)).ToFrozenSet(StringComparer.Ordinal);

    // Each worker thread keeps its own word table, so the hot path takes no lock and shares no cache line.
    [ThreadStatic] private static TermTable? table;

    /// <summary>
    /// The weighted term frequencies of <paramref name="input"/>, distinct terms in order of first use, each with its
    /// index in the vocabulary of the thread that extracted it.
    /// </summary>
    public EventTerms Extract(EventInput input)
    {
        var t = table ??= new TermTable();
        t.Begin();
        if (input.Title is { Length: > 0 } title) Add(title, (float)options.LeadBoost, t);
        var text = input.Text;
        var lead = Math.Min(text.Length, options.LeadLength);
        // Cut the lead at a word boundary so no word is split between the two weights.
        while (lead < text.Length && char.IsLetterOrDigit(text[lead])) lead++;
        Add(text.AsSpan(0, lead), (float)options.LeadBoost, t);
        Add(text.AsSpan(lead), 1f, t);
        return t.End();
    }

    /// <summary>The term a word becomes, or null for a stopword; for tables of words.</summary>
    public static string? TermOf(string word)
        => Analyzer.TryTerm(word, out var term) && !NewsStopTerms.Contains(term) ? term : null;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Add(ReadOnlySpan<char> text, float weight, TermTable t)
    {
        var nameWeight = weight * (float)options.NameBoost;
        // One token of lookahead: whether a sentence-opening word is a name depends on the next one, of which only the
        // start is needed; the next round scans it from there.
        for (var start = Tokenizer.SkipToToken(text, 0); start < text.Length;)
        {
            var end = Tokenizer.ScanKeyed(text, start, out var key, out var hyphenated);
            var next = Tokenizer.SkipToToken(text, end);
            var token = text[start..end];
            var w = IsName(text, start, next) ? nameWeight : weight;
            // The tokenizer's key is of the whole token; a hyphenated one is looked up part by part.
            if (!hyphenated) t.Add(token, key, w);
            else foreach (var range in token.Split('-')) t.Add(token[range], WordKey.Of(token[range]), w);
            start = next;
        }
    }

    // The next token starts at next, or next is the text's length when there is none.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsName(ReadOnlySpan<char> text, int start, int next)
    {
        if (!char.IsUpper(text[start])) return false;
        if (!SentenceSplitter.OpensSentence(text, start)) return true;
        // A capitalized word opening a sentence is a name when the next word is one too ("Lindsay Lohan said").
        return next < text.Length && char.IsUpper(text[next]) && !SentenceSplitter.OpensSentence(text, next);
    }

    /// <summary>
    /// A thread's table of the words it has seen, each with the index of its term (or none), and the
    /// weights of the article in progress by term index: a repeated word costs one lookup of its
    /// written form, with no folding, stemming or string made.
    /// </summary>
    private sealed class TermTable
    {
        // Distinct written words kept before the table starts over; bounds a thread's memory.
        private const int MaxWords = 200_000;
        private const int NoTerm = -1;
        private const int InitialTerms = 1024;
        // Longer words are left to the analyzer as they are rather than lowered on the stack; no real word is this long.
        private const int MaxLoweredLength = 64;
        private const char AsciiLimit = (char)0x80;
        // An ASCII capital and its small letter differ in this bit alone.
        private const int AsciiCaseBit = 0x20;

        private readonly PackedWordTable words = new();
        private readonly Dictionary<string, int> termIndex = new(StringComparer.Ordinal);
        private string[] terms = new string[InitialTerms];
        // Stands for the term indexes handed out so far, so a reader can tell whose index a term carries; replaced
        // whenever the table starts over.
        private object vocabulary = new();
        private int termCount;
        // A term's weight in the article in progress, valid when its stamp is the article's: side by side, one cache line.
        private Tally[] tallies = new Tally[InitialTerms];
        private int[] used = new int[InitialTerms];
        private int usedCount;
        private int article;

        public void Begin()
        {
            if (words.Count > MaxWords)
            {
                words.Clear();
                termIndex.Clear();
                Array.Clear(terms, 0, termCount);
                termCount = 0;
                Array.Clear(tallies);
                vocabulary = new object();
            }
            usedCount = 0;
            article++;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(ReadOnlySpan<char> word, in WordKey key, float weight)
        {
            if (word.IsEmpty) return;
            if (!words.TryGetValue(word, key, out var index)) index = Learn(word);
            if (index == NoTerm) return;
            ref var tally = ref tallies[index];
            if (tally.Article != article)
            {
                tally.Article = article;
                tally.Weight = 0f;
                if (usedCount == used.Length) Array.Resize(ref used, used.Length * 2);
                used[usedCount++] = index;
            }
            tally.Weight += weight;
        }

        /// <summary>The article's weights by term, in order of first use.</summary>
        public EventTerms End()
        {
            var result = new (string Term, float Weight, int Id)[usedCount];
            for (var k = 0; k < result.Length; k++)
            {
                var index = used[k];
                result[k] = (terms[index], tallies[index].Weight, index);
            }
            return new EventTerms(result, vocabulary);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private int Learn(ReadOnlySpan<char> word)
        {
            // The analyzer lowercases before anything else, and lowering ASCII is exact, so a capitalized ASCII word
            // ("The", "Police") has the term of its lowercase form: that form's entry spares the analyzer, and a new one
            // is learned for both forms at once.
            if (word.Length <= MaxLoweredLength && HasAsciiCapital(word))
            {
                Span<char> lower = stackalloc char[word.Length];
                for (var k = 0; k < word.Length; k++) lower[k] = char.IsAsciiLetterUpper(word[k]) ? (char)(word[k] | AsciiCaseBit) : word[k];
                if (!words.TryGetValue(lower, out var known))
                {
                    known = TermIndex(lower);
                    words.Add(lower, known);
                }
                words.Add(word, known);
                return known;
            }
            var index = TermIndex(word);
            words.Add(word, index);
            return index;
        }

        // Plain loops rather than the vectorized span helpers: this runs on short words, and those helpers cost JIT time
        // in every process.
        private static bool HasAsciiCapital(ReadOnlySpan<char> word)
        {
            var capital = false;
            foreach (var c in word)
            {
                if (c >= AsciiLimit) return false;
                capital |= char.IsAsciiLetterUpper(c);
            }
            return capital;
        }

        // The index of the word's term, a new one for a term not seen yet, or NoTerm when the word has none.
        private int TermIndex(ReadOnlySpan<char> word)
        {
            var index = NoTerm;
            if (Analyzer.TryTerm(word, out var term) && !NewsStopTerms.Contains(term))
            {
                if (!termIndex.TryGetValue(term, out index))
                {
                    index = termCount++;
                    if (index >= terms.Length)
                    {
                        Array.Resize(ref terms, terms.Length * 2);
                        Array.Resize(ref tallies, tallies.Length * 2);
                    }
                    terms[index] = term;
                    termIndex.Add(term, index);
                }
            }
            return index;
        }

        private struct Tally
        {
            public int Article;
            public float Weight;
        }
    }
}
