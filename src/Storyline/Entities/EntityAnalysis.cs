using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Storyline.Quotes;
using Storyline.Text;

namespace Storyline.Entities;

/// <summary>The work of one <see cref="EntityRecognizer.Recognize"/> call: tokens, name runs, types, coreference.</summary>
/// <remarks>
/// Every method a document runs through is marked to be compiled optimized at its first call: an ingest is a single
/// pass, and tiered compilation would run it unoptimized, then instrumented, through a good part of it. Compiled so, a
/// method also inlines its small helpers (token flags, lexicon words), which are then never compiled on their own;
/// tiered, each was compiled three times (measured on T17: about 595 methods compiled in the first pass, 430 so).
/// Working memory comes from a per-thread <see cref="Scratch"/>, so a document allocates little beyond its result.
/// </remarks>
internal sealed partial class EntityAnalysis
{
    private readonly string text;
    private readonly EntityLexicon lex;
    private readonly EntityRecognizerOptions options;
    private Tok[] toks = [];
    private int count; // tokens in use: the array may be longer
    private List<QuoteSpan> quotes = [];
    private readonly Scratch scratch = Scratch.Take();

    public EntityAnalysis(string text, EntityLexicon lexicon, EntityRecognizerOptions options)
    {
        this.text = text;
        lex = lexicon;
        this.options = options;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public DocumentEntities Run(string articleId)
    {
        quotes = QuoteSpans.Find(text);
        Tokenize();
        try
        {
            MarkNameCapable();
            var runs = BuildRuns();
            if (runs.Count == 0) return DocumentEntities.Empty(articleId);
            VoteContextTypes(runs);
            var clusters = ClusterRuns(runs);
            return Finish(articleId, runs, clusters);
        }
        finally
        {
            Release();
        }
    }


    [Flags]
    private enum TokFlags : ushort
    {
        None = 0,
        Cap = 1,
        AllCaps = 2,
        Lower = 4,
        SentenceStart = 8,
        QuoteStart = 16,
        Headline = 32,
        Possessive = 64,
        NonName = 128,
        InQuote = 256,
        NameCapable = 512,
        LineStart = 1024,
        WordLooked = 2048,
        FemalePronoun = 4096,
        MalePronoun = 8192,
    }

    private struct Tok
    {
        public int Start;
        public int Length;      // without a possessive 's
        public int Sentence;
        public int Line;
        public TokFlags Flags;
        public WordEntry Word;  // valid once WordLooked is set

        public readonly int End
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => Start + Length;
        }

        /// <summary>The length with a possessive 's, which is all <see cref="TokFlags.Possessive"/> cuts: kept as a flag, the token is smaller.</summary>
        public readonly int FullLength => Length + ((Flags & TokFlags.Possessive) != 0 ? PossessiveLength : 0);
        public readonly int FullEnd => Start + FullLength;
        public readonly bool Has(TokFlags f) => (Flags & f) != 0;
    }

    private const int PossessiveLength = 2; // "'s"

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<char> Core(int i) => text.AsSpan(toks[i].Start, toks[i].Length);

    /// <summary>What the lexicon knows of token <paramref name="i"/> (its core), looked up once per token.</summary>
    /// <remarks>Inlined: most calls ask again about a token looked up already, and the call cost more than the answer.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private WordEntry Word(int i)
    {
        ref var t = ref toks[i];
        return t.Has(TokFlags.WordLooked) ? t.Word : LookUpWord(ref t);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private WordEntry LookUpWord(ref Tok t)
    {
        lex.Words.TryGet(text.AsSpan(t.Start, t.Length), out t.Word);
        t.Flags |= TokFlags.WordLooked;
        return t.Word;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Is(int i, WordClass c) => Word(i).Is(c);

    // The token array of the last analysis on this thread, reused: it is scratch, never part of a result.
    [ThreadStatic] private static Tok[]? pooledToks;

    // Only a document of millions of characters lets its token array go (at this size, about 12 MB a thread): below,
    // the biggest document a thread has read sets the array every later one reuses, so none allocates one again.
    private const int MaxPooledTokens = 1 << 19;

    // The array Tokenize started with, before any growth.
    private Tok[] initialToks = [];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Tokenize()
    {
        const int charsPerTokenGuess = 5;
        // The pool keeps one array of up to MaxPooledTokens: a document guessed bigger starts at that size and grows if it must.
        var size = Math.Min(Math.Max(16, text.Length / charsPerTokenGuess), MaxPooledTokens);
        toks = pooledToks is { } pooled && pooled.Length >= size ? pooled : new Tok[size];
        pooledToks = null; // taken; given back by Release
        initialToks = toks;
        count = Scan();
        var quoteIndex = 0;
        var quoteSpans = CollectionsMarshal.AsSpan(quotes);
        int sentence = 0, line = 0, prevEnd = 0;
        // The current line's first token and the counts that tell a title-case line, marked as the next line starts.
        int lineFirst = 0, longWords = 0, capitalized = 0;
        for (var i = 0; i < count; i++)
        {
            ref var t = ref toks[i];
            var s = new TokenSpan(t.Start, t.Length);
            var w = text.AsSpan(s.Start, s.Length);
            if (w.Length > PossessiveLength && w[^1] is 's' or 'S' && w[^2] is '\'' or '’') { t.Length -= PossessiveLength; t.Flags |= TokFlags.Possessive; }

            var core = text.AsSpan(t.Start, t.Length);
            if (char.IsUpper(core[0]) || IsArabicArticleName(core)) t.Flags |= TokFlags.Cap;
            else if (char.IsLower(core[0])) t.Flags |= TokFlags.Lower;
            // A lowercase second letter settles most capitalized words without a call: "The" is not in capitals.
            if (t.Has(TokFlags.Cap) && !(core.Length > 1 && char.IsAsciiLetterLower(core[1])) && IsAllCaps(core)) t.Flags |= TokFlags.AllCaps;
            // Only capitalized words can start or join names, so only they are looked up.
            if (t.Has(TokFlags.Cap) && (Is(i, WordClass.NonName) || (t.Length != w.Length && lex.NonNames.Contains(w)) || AfterClockTime(i)))
                t.Flags |= TokFlags.NonName;

            var gap = text.AsSpan(prevEnd, s.Start - prevEnd);
            // Most gaps are one space: no search call for them.
            var newline = gap.Length == 1 ? gap[0] == '\n' : gap.Contains('\n');
            if (i == 0 || newline)
            {
                if (i > 0)
                {
                    MarkIfHeadline(lineFirst, i, s.Start, longWords, capitalized);
                    (lineFirst, longWords, capitalized) = (i, 0, 0);
                    line++;
                }
                t.Flags |= TokFlags.LineStart;
            }
            if (t.Length >= options.TitleCaseWordLength && char.IsLetter(core[0]))
            {
                longWords++;
                if (t.Has(TokFlags.Cap)) capitalized++;
            }
            // A single space neither ends a sentence nor opens a quote: most gaps need no look at what is before them.
            var space = gap.Length == 1 && gap[0] == ' ';
            if (i == 0 || newline || (!space && StartsSentence(i, gap))) { t.Flags |= TokFlags.SentenceStart; sentence += i == 0 ? 0 : 1; }
            else if (!space && gap.Length > 0 && gap[^1] is '"' or '“' or '`') t.Flags |= TokFlags.QuoteStart;
            t.Sentence = sentence;
            t.Line = line;

            while (quoteIndex < quoteSpans.Length && quoteSpans[quoteIndex].ContentEnd <= s.Start) quoteIndex++;
            if (quoteIndex < quoteSpans.Length && quoteSpans[quoteIndex].ContentStart <= s.Start) t.Flags |= TokFlags.InQuote;
            else if (core.Length is >= MinNotedWord and <= MaxNotedWord && (core[0] >= 0x80 || (core[0] | 0x20) is 'h' or 's' or 't')) NoteWordOutsideQuotes(i, core);
            prevEnd = s.Start + s.Length;
        }
        if (count > 0) MarkIfHeadline(lineFirst, count, text.Length, longWords, capitalized);
    }

    /// <summary>
    /// Finds the tokens, their spans only, and returns how many: a loop of its own, which keeps the scan's few
    /// variables in registers, where the loop that reads the tokens after it needs many. It splits exactly as
    /// <see cref="Tokenizer.NextInlined"/> does, through <see cref="Tokenizer.TokenEnd"/>, which reads words eight
    /// characters at a time.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Scan()
    {
        var n = 0;
        var found = toks;
        ReadOnlySpan<char> s = text;
        var length = s.Length;
        var i = 0;
        while (true)
        {
            while (i < length && !Tokenizer.IsWordChar(s[i])) i++;
            if (i >= length) break;
            var start = i;
            i = Tokenizer.TokenEnd(s, i + 1);
            if (n == found.Length)
            {
                Array.Resize(ref toks, found.Length * 2);
                found = toks;
            }
            found[n++] = new Tok { Start = start, Length = i - start };
        }
        return n;
    }

    /// <summary>
    /// Notes the words outside quotes that later steps look for: the pronouns that tell a person's gender, and the
    /// "the"s that open descriptions. Noted here, those steps visit them and not every token.
    /// </summary>
    // The lengths of the words it looks for, from "he" to "herself", all starting with an h, an s or a t (or, to the
    // case-insensitive comparisons, a letter that is not ASCII): no other word costs a call.
    private const int MinNotedWord = 2;
    private const int MaxNotedWord = 7;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void NoteWordOutsideQuotes(int i, ReadOnlySpan<char> core)
    {
        if (core.Length == TheLength && IsThe(core)) { scratch.TheTokens.Add(i); return; }
        switch (Pronoun(core))
        {
            case Gender.Female: toks[i].Flags |= TokFlags.FemalePronoun; scratch.Pronouns.Add(i); break;
            case Gender.Male: toks[i].Flags |= TokFlags.MalePronoun; scratch.Pronouns.Add(i); break;
        }
    }

    /// <summary>Gives the token array back to the thread's pool; the analysis must not be used after.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Release()
    {
        // An array that grew past the pooled size is let go; the one it grew from goes back instead.
        pooledToks = toks.Length <= MaxPooledTokens ? toks : initialToks;
        toks = initialToks = [];
        count = 0;
        scratch.Release();
    }

    /// <summary>"8:20 AM ET": a zone after a clock time is not a name.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool AfterClockTime(int i)
    {
        // Only a two- or three-letter word can be "AM" or "a.m" (one ending in a digit never ends in "am" too).
        if (i == 0 || toks[i - 1].FullLength is not (2 or 3)) return false;
        if (text.AsSpan(toks[i - 1].FullEnd, toks[i].Start - toks[i - 1].FullEnd) is not " ") return false;
        var prev = text.AsSpan(toks[i - 1].Start, toks[i - 1].FullLength);
        return prev.Equals("AM", StringComparison.OrdinalIgnoreCase) || prev.Equals("PM", StringComparison.OrdinalIgnoreCase)
            || prev.Equals("a.m", StringComparison.OrdinalIgnoreCase) || prev.Equals("p.m", StringComparison.OrdinalIgnoreCase)
            || (prev.Length > 2 && char.IsAsciiDigit(prev[^1]) && (prev.EndsWith("am", StringComparison.OrdinalIgnoreCase) || prev.EndsWith("pm", StringComparison.OrdinalIgnoreCase)));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsArabicArticleName(ReadOnlySpan<char> w) =>
        w.Length > 3 && w[0] is 'a' or 'e' && w[1] == 'l' && w[2] == '-' && char.IsUpper(w[3]);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsAllCaps(ReadOnlySpan<char> w)
    {
        var letters = 0;
        foreach (var c in w)
        {
            if (char.IsLetter(c)) { if (!char.IsUpper(c)) return false; letters++; }
        }
        return letters >= 2;
    }

    /// <summary>
    /// Whether the token after <paramref name="gap"/> (which holds no line break: a line start is checked
    /// first) opens a sentence: after . ! ? : (and closing quotes) unless the period ends an initial or a title abbreviation.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool StartsSentence(int i, ReadOnlySpan<char> gap)
    {
        var j = gap.Length - 1;
        if (j >= 0 && gap[j] is '"' or '“' or '‘' or '(' or '`') j--;
        while (j >= 0 && char.IsWhiteSpace(gap[j])) j--;
        while (j >= 0 && gap[j] is '"' or '”' or '’' or '\'' or ')') j--;
        if (j < 0) return false;
        return gap[j] switch
        {
            '!' or '?' or ':' => true,
            '.' => !AbbreviationBefore(i),
            _ => false,
        };
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool AbbreviationBefore(int i)
    {
        if (i == 0) return false;
        var prev = text.AsSpan(toks[i - 1].Start, toks[i - 1].FullLength);
        if (prev.Length == 1 && char.IsUpper(prev[0])) return true; // an initial: "John F. Kennedy"
        return lex.Honorifics.Contains(prev) || IsMonthAbbreviation(prev);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsMonthAbbreviation(ReadOnlySpan<char> w) => w.Length is 3 or 4 && (
        w.Equals("Jan", StringComparison.Ordinal) || w.Equals("Feb", StringComparison.Ordinal) || w.Equals("Mar", StringComparison.Ordinal)
        || w.Equals("Apr", StringComparison.Ordinal) || w.Equals("Aug", StringComparison.Ordinal) || w.Equals("Sep", StringComparison.Ordinal)
        || w.Equals("Sept", StringComparison.Ordinal) || w.Equals("Oct", StringComparison.Ordinal) || w.Equals("Nov", StringComparison.Ordinal)
        || w.Equals("Dec", StringComparison.Ordinal) || w.Equals("Jun", StringComparison.Ordinal) || w.Equals("Jul", StringComparison.Ordinal));

    /// <summary>
    /// Marks the tokens first..end-1, one line whose text runs to <paramref name="lineEnd"/>, when it is a title-case line
    /// (a headline, a subhead), where capitals say nothing about names.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void MarkIfHeadline(int first, int end, int lineEnd, int longWords, int capitalized)
    {
        if (longWords < options.MinTitleCaseWords || capitalized < options.TitleCaseShare * longWords) return;
        if (text.AsSpan(toks[first].Start, lineEnd - toks[first].Start).TrimEnd().EndsWith('.')) return;
        for (var k = first; k < end; k++) toks[k].Flags |= TokFlags.Headline;
    }
}
