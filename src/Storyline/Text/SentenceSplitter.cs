namespace Storyline.Text;

/// <summary>
/// Splits text into sentences, aware of abbreviations ("Mr.", "Sept. 27", "U.S.", "p.m."), initials,
/// decimals, ellipses and quoted questions ("\"Why?\" she asked."). Every line break ends a sentence,
/// because news bodies put headlines, bylines and captions on lines of their own.
/// Every non-whitespace character of the text belongs to exactly one sentence. Stateless and thread-safe.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>The index of the sentence (of <paramref name="sentences"/>, in text order) that holds <paramref name="offset"/>; −1 when none does.</summary>
    public static int IndexAt(IReadOnlyList<SentenceSpan> sentences, int offset)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        int lo = 0, hi = sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var s = sentences[mid];
            if (offset < s.Start) hi = mid - 1;
            else if (offset >= s.End) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    /// <summary>
    /// Whether the word at <paramref name="start"/> opens a sentence, judged from what precedes it alone (a text's
    /// start, or end punctuation, a colon, a line break or a "|" before it, past spaces, quote marks and brackets):
    /// the cheap test for stages that only ask whether a capital may be forced, without splitting the text.
    /// </summary>
    internal static bool OpensSentence(ReadOnlySpan<char> text, int start)
    {
        for (var j = start - 1; j >= 0; j--)
        {
            var c = text[j];
            if (c is ' ' or '\t' or '"' or '\'' or '“' or '‘' or '(' or '[') continue;
            return c is '.' or '!' or '?' or '\n' or ':' or '|';
        }
        return true;
    }

    // Sentences are gathered here, then copied to an array of their exact count: the result of a split is kept with its
    // article, and a list grown by doubling would allocate about three times as much.
    [ThreadStatic] private static List<SentenceSpan>? scratch;

    /// <summary>The sentences of <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<SentenceSpan> Split(string text)
    {
        var output = scratch ??= [];
        output.Clear();
        Split(text.AsSpan(), output);
        return output.Count == 0 ? [] : output.ToArray();
    }

    /// <summary>Appends the sentences of <paramref name="text"/> to <paramref name="output"/>, in order.</summary>
    public static void Split(ReadOnlySpan<char> text, List<SentenceSpan> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var i = 0;
        while (true)
        {
            // Between sentences: a line break there has nothing to close.
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i == text.Length) return;
            var start = i;
            while (true)
            {
                i = NextStop(text, i);
                if (i < 0)
                {
                    Close(text, start, text.Length, output);
                    return;
                }
                if (!IsTerminal(text[i]))
                {
                    Close(text, start, i++, output);
                    break;
                }
                var runEnd = i + 1;
                while (runEnd < text.Length && IsTerminal(text[runEnd])) runEnd++;
                var end = runEnd;
                while (end < text.Length && IsCloser(text[end])) end++;
                var terminal = i;
                i = end;
                // Punctuation inside a token ("3.5", "U.S.", "example.com") or at a line or text end
                // (which closes the sentence anyway) needs no decision here.
                if (end < text.Length && char.IsWhiteSpace(text[end]) && NextVisible(text, end) is var next and >= 0
                    && EndsSentence(text, start, terminal, runEnd, next))
                {
                    Close(text, start, end, output);
                    break;
                }
            }
        }
    }

    // Inside a sentence only a line break or end punctuation can end it: the text is searched for them, not walked. The
    // ASCII ones are found with the runtime's five-value search, which it has precompiled (a set of all nine would be
    // compiled at the first call); the others are rare, and looked for only among the characters outside ASCII before that.
    private static int NextStop(ReadOnlySpan<char> text, int from)
    {
        var rest = text[from..];
        var ascii = rest.IndexOfAny(".!?\n\r");
        var before = ascii < 0 ? rest : rest[..ascii];
        for (var k = before.IndexOfAnyExceptInRange('\0', '\u007F'); k >= 0;)
        {
            if (before[k] is '…' or '\u0085' or '\u2028' or '\u2029') return from + k;
            var next = before[++k..].IndexOfAnyExceptInRange('\0', '\u007F');
            k = next < 0 ? -1 : k + next;
        }
        return ascii < 0 ? -1 : from + ascii;
    }

    private static void Close(ReadOnlySpan<char> text, int start, int end, List<SentenceSpan> output)
    {
        if (start < 0) return;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) output.Add(new SentenceSpan(start, end - start));
    }

    // The offset of the next non-space character on the same line, or -1 at a line or text end.
    private static int NextVisible(ReadOnlySpan<char> text, int from)
    {
        for (var j = from; j < text.Length; j++)
        {
            if (IsLineBreak(text[j])) return -1;
            if (!char.IsWhiteSpace(text[j])) return j;
        }
        return -1;
    }

    private static bool EndsSentence(ReadOnlySpan<char> text, int sentenceStart, int terminal, int runEnd, int next)
    {
        var k = next;
        while (k < text.Length && IsOpener(text[k])) k++;
        if (k == text.Length) return true;
        var first = text[k];
        // A lowercase word or a clause mark continues the sentence: "\"Why?\" she asked", "etc., and".
        if (char.IsLower(first) || first is ',' or ';' or ':') return false;

        var run = text[terminal..runEnd];
        if (run.ContainsAny('!', '?')) return true;
        if (run.Length > 1 || run[0] == '…') return char.IsUpper(first);

        var word = WordBefore(text, terminal);
        if (word.IsEmpty) return true;
        var nextWord = WordAt(text, k);
        if (IsNumber(word))
            return terminal - word.Length != sentenceStart; // "1. First item" is a list marker, not a sentence.
        if (word.Length == 1 && char.IsUpper(word[0])) return false; // an initial: "John F. Kennedy"
        switch (Abbreviations.KindOf(word))
        {
            case AbbreviationKind.Never:
                return false;
            case AbbreviationKind.Number or AbbreviationKind.Month:
                return !char.IsDigit(first) && Abbreviations.IsOpener(nextWord);
            case AbbreviationKind.Time:
                return char.IsUpper(first) && !Abbreviations.IsTimeContinuation(nextWord);
            case AbbreviationKind.Suffix:
                return Abbreviations.IsOpener(nextWord);
            default:
                // An unlisted dotted word ("N.Y.", "J.R.R.") is read like a listed suffix.
                return word.Contains('.') ? Abbreviations.IsOpener(nextWord) : true;
        }
    }

    // The word that ends at a period: letters, digits and inner periods back to a space or an opening mark.
    private static ReadOnlySpan<char> WordBefore(ReadOnlySpan<char> text, int period)
    {
        var s = period;
        while (s > 0 && (char.IsLetterOrDigit(text[s - 1]) || text[s - 1] == '.')) s--;
        return text[s..period];
    }

    private static ReadOnlySpan<char> WordAt(ReadOnlySpan<char> text, int start)
    {
        var e = start;
        while (e < text.Length && char.IsLetter(text[e])) e++;
        return text[start..e];
    }

    // "2020", "4,512.3" (the comma already stopped WordBefore, so "512.3").
    private static bool IsNumber(ReadOnlySpan<char> word)
    {
        if (!char.IsAsciiDigit(word[0])) return false;
        foreach (var c in word)
            if (!char.IsAsciiDigit(c) && c != '.') return false;
        return true;
    }

    private static bool IsTerminal(char c) => c is '.' or '!' or '?' or '…';

    private static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '}' or '”' or '’' or '»' or '›';

    private static bool IsOpener(char c) => c is '"' or '\'' or '(' or '[' or '{' or '“' or '‘' or '«' or '‹';

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';
}
