using System.Collections.Concurrent;

namespace Storyline.Text;

/// <summary>
/// Turns text into index terms for retrieval and TF-IDF: tokens from <see cref="Tokenizer"/>, lowercased,
/// inner periods removed ("U.S" → "us"), possessive 's stripped, stopwords dropped, numbers kept as they are,
/// words stemmed with <see cref="PorterStemmer"/>. Immutable and thread-safe; build it once and share it.
/// A bounded cache maps each distinct word to its term, so a repeated word costs a lookup and no allocation.
/// </summary>
public sealed class TermAnalyzer
{
    // Words up to this length are lowered on the stack.
    private const int StackLimit = 128;

    private readonly ConcurrentDictionary<string, string> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private int _cached;

    /// <summary>An analyzer with <see cref="TermAnalyzerOptions.Default"/>.</summary>
    public static TermAnalyzer Default { get; } = new();

    /// <summary>Creates an analyzer; <paramref name="options"/> defaults to <see cref="TermAnalyzerOptions.Default"/>.</summary>
    public TermAnalyzer(TermAnalyzerOptions? options = null)
    {
        Options = options ?? TermAnalyzerOptions.Default;
        _lookup = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The options this analyzer was built with.</summary>
    public TermAnalyzerOptions Options { get; }

    /// <summary>The terms of <paramref name="text"/>, in order, repeats included.</summary>
    public IReadOnlyList<string> Terms(string text)
    {
        var output = new List<string>();
        AnalyzeTerms(text.AsSpan(), output);
        return output;
    }

    /// <summary>Appends the terms of <paramref name="text"/> to <paramref name="output"/>, in order, repeats included.</summary>
    public void AnalyzeTerms(ReadOnlySpan<char> text, List<string> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var state = new State(this, text, output);
        Tokenizer.Tokenize(text, ref state, static (ref State s, TokenSpan token) =>
            s.Analyzer.AddToken(s.Text.Slice(token.Start, token.Length), s.Output));
    }

    /// <summary>The term for one word, or null when the word yields none (a stopword, too short or too long).</summary>
    public string? Term(ReadOnlySpan<char> word) => TryTerm(word, out var term) ? term : null;

    /// <summary>The term for one word without allocating when it is cached; false when the word yields none.</summary>
    public bool TryTerm(ReadOnlySpan<char> word, out string term)
    {
        term = "";
        if (word.IsEmpty || word.Length > Options.MaxWordLength) return false;
        var hasDigit = HasAsciiDigit(word);
        Span<char> buffer = word.Length <= StackLimit ? stackalloc char[StackLimit] : new char[word.Length];
        var n = Fold(word, hasDigit, buffer);
        var lower = buffer[..n];
        if (lower.IsEmpty) return false;
        if (!hasDigit)
        {
            if (n < Options.MinWordLength) return false;
            if (Options.RemoveStopwords && Stopwords.IsStopword(lower)) return false;
        }
        term = CachedTerm(lower, hasDigit);
        return true;
    }

    // Lowercase; periods join letters of abbreviations ("U.S") but are the decimal point of numbers ("3.5"); drop a possessive.
    private static int Fold(ReadOnlySpan<char> word, bool hasDigit, Span<char> buffer)
    {
        var n = 0;
        foreach (var c in word)
        {
            if (c == '.' && !hasDigit) continue;
            buffer[n++] = c is '’' or '‘' ? '\'' : char.ToLowerInvariant(c);
        }
        if (n >= 2 && buffer[n - 2] == '\'' && buffer[n - 1] == 's') n -= 2;
        return n;
    }

    private void AddToken(ReadOnlySpan<char> token, List<string> output)
    {
        if (!Options.SplitHyphenatedWords || token.IndexOf('-') < 0)
        {
            AddWord(token, output);
            return;
        }
        foreach (var range in token.Split('-'))
            AddWord(token[range], output);
    }

    private void AddWord(ReadOnlySpan<char> word, List<string> output)
    {
        if (TryTerm(word, out var term)) output.Add(term);
    }

    // A plain loop: the generic IndexOfAnyInRange allocates when the caller is not optimized (Debug builds).
    private static bool HasAsciiDigit(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (char.IsAsciiDigit(c)) return true;
        return false;
    }

    private string CachedTerm(ReadOnlySpan<char> lower, bool isNumber)
    {
        if (_lookup.TryGetValue(lower, out var term)) return term;
        var key = new string(lower);
        term = isNumber || !Options.Stem ? key : PorterStemmer.Stem(key);
        // Bounded without eviction: a full cache only costs speed, never changes a term.
        if (Volatile.Read(ref _cached) < Options.StemCacheCapacity && _cache.TryAdd(key, term))
            Interlocked.Increment(ref _cached);
        return term;
    }

    private ref struct State(TermAnalyzer analyzer, ReadOnlySpan<char> text, List<string> output)
    {
        public readonly TermAnalyzer Analyzer = analyzer;
        public readonly ReadOnlySpan<char> Text = text;
        public readonly List<string> Output = output;
    }
}
