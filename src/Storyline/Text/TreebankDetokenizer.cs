using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Storyline.Text;

/// <summary>
/// Turns one line of Penn Treebank-tokenized text (as Timeline17 is distributed: <c>-LRB-</c>, <c>``</c>, <c>'s</c> split
/// off, <c>\/</c>) back into ordinary text, so the temporal tagger and the sentence splitter see "Jan. 25, 2011" and
/// "Egypt's" as a reader would. Research corpora are often distributed this way; read as is, "-LRB-" would
/// pass for a name. Thread-safe.
/// </summary>
public static class TreebankDetokenizer
{
    // Escapes that only a treebank tokenizer writes. The opening quote comes first: it is the escape most texts have
    // (nine in ten Timeline17 articles), so the search mostly ends early instead of scanning the text once per escape.
    private static readonly string[] Escapes = ["``", "-LRB-", "-RRB-", "-LSB-", "-RSB-", "-LCB-", "-RCB-"];

    // Below this many commas, spacing says too little about how a text was written.
    private const int MinCommasForSpacingEvidence = 5;

    // Share of commas with a space on both sides above which a text counts as tokenized.
    private const double SpacedCommaShare = 0.9;

    /// <summary>
    /// Whether <paramref name="text"/> reads as treebank-tokenized: it has an escape such as <c>-LRB-</c> or
    /// <c>``</c> standing as a token, or nearly all of its many commas stand apart like words.
    /// </summary>
    public static bool LooksTokenized(string text)
    {
        foreach (var escape in Escapes)
        {
            for (var at = text.IndexOf(escape, StringComparison.Ordinal); at >= 0; at = text.IndexOf(escape, at + 1, StringComparison.Ordinal))
            {
                var end = at + escape.Length;
                if ((at == 0 || char.IsWhiteSpace(text[at - 1])) && (end == text.Length || char.IsWhiteSpace(text[end]))) return true;
            }
        }
        int commas = 0, spaced = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != ',') continue;
            commas++;
            if (i > 0 && text[i - 1] == ' ' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1])) spaced++;
        }
        return commas >= MinCommasForSpacingEvidence && spaced >= SpacedCommaShare * commas;
    }

    /// <summary>The text, line by line, as ordinary text.</summary>
    public static string DetokenizeLines(string text)
    {
        // Detokenizing never lengthens a line (escapes shrink, one space at most between tokens), so one
        // buffer the size of the text holds the result and no string is made per line or per token.
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        try
        {
            return new string(buffer, 0, DetokenizeLines(text, buffer));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Writes <paramref name="text"/>, line by line, as ordinary text into <paramref name="output"/> (at least as long
    /// as the text) and returns the length written, so a caller can go on working in its own buffer.
    /// </summary>
    internal static int DetokenizeLines(ReadOnlySpan<char> text, Span<char> output)
    {
        // The block copies write without bounds checks and rely on this.
        if (output.Length < text.Length) throw new ArgumentException("The output is shorter than the text.", nameof(output));
        return Detokenize(text, output, '\n');
    }

    /// <summary>The line as ordinary text.</summary>
    public static string Detokenize(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, line.Length));
        try
        {
            // A line break inside a single line is ordinary whitespace, so the space stands in as the line break.
            return new string(buffer, 0, Detokenize(line, buffer, ' '));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>How a token is written against its neighbours.</summary>
    [Flags]
    private enum Attachment : byte
    {
        None = 0,

        /// <summary>Written against the previous token.</summary>
        Left = 1,

        /// <summary>The next token is written against it.</summary>
        Right = 2,
    }

    // Means "no replacement": the token is written as it stands (unescaped).
    private const char AsWritten = '\0';

    // The tokens that attach to a neighbour, and the char an escape stands for. A switch on the span compiles to
    // length and char tests, cheaper than a hashed lookup for tokens this short.
    private static Attachment Classify(ReadOnlySpan<char> token, out char replacement)
    {
        replacement = AsWritten;
        switch (token)
        {
            case "," or "." or ";" or ":" or "!" or "?" or "%" or ")" or "]" or "}" or "'s" or "'S" or "'re" or "'ve" or "'ll"
                or "'d" or "'m" or "n't" or "N'T" or "'" or "...":
                return Attachment.Left;
            case "''": replacement = '"'; return Attachment.Left;
            case "-RRB-": replacement = ')'; return Attachment.Left;
            case "-RSB-": replacement = ']'; return Attachment.Left;
            case "-RCB-": replacement = '}'; return Attachment.Left;
            case "(" or "[" or "{" or "$" or "#": return Attachment.Right;
            case "``": replacement = '"'; return Attachment.Right;
            case "-LRB-": replacement = '('; return Attachment.Right;
            case "-LSB-": replacement = '['; return Attachment.Right;
            case "-LCB-": replacement = '{'; return Attachment.Right;
            default: return Attachment.None;
        }
    }

    // Writes the detokenized text into output (at least text.Length long) and returns the length written; each
    // lineBreak char becomes '\n' and starts afresh. Tokens are the pieces between spaces (and line breaks), trimmed of
    // other whitespace; empty ones are skipped. One pass: words, most tokens, are copied while they are scanned.
    // Every article runs these loops: compiled optimized at once, they skip the slow unoptimized first passes.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Detokenize(ReadOnlySpan<char> text, Span<char> output, char lineBreak)
    {
        var n = 0;
        var glueNext = true;
        var previousEndsWithPeriod = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == ' ')
            {
                i++;
                continue;
            }
            if (c == lineBreak)
            {
                output[n++] = '\n';
                glueNext = true;
                previousEndsWithPeriod = false;
                i++;
                continue;
            }
            if (IsWord(c))
            {
                // A word is never in the tables and never glues: its spacing is known from its first char.
                if (!glueNext) output[n++] = ' ';
                i = CopyWords(text, i, output, ref n);
                i = CopyWord(text, i, output, ref n, lineBreak);
                glueNext = false;
                previousEndsWithPeriod = output[n - 1] == '.';
                continue;
            }
            var start = i;
            while (++i < text.Length && text[i] != ' ' && text[i] != lineBreak)
            {
            }
            var raw = text[start..i];
            if (char.IsWhiteSpace(raw[0]) || char.IsWhiteSpace(raw[^1]))
            {
                raw = raw.Trim();
                if (raw.IsEmpty) continue;
            }
            // "D.C. ." ends a sentence with the abbreviation's own period.
            if (raw is "." && previousEndsWithPeriod) continue;
            var replacement = AsWritten;
            var attachment = IsWord(raw[0]) ? Attachment.None : Classify(raw, out replacement);
            if (!glueNext && (attachment & Attachment.Left) == 0) output[n++] = ' ';
            if (replacement != AsWritten) output[n++] = replacement;
            else n += Unescape(raw, output[n..]);
            glueNext = (attachment & Attachment.Right) != 0;
            previousEndsWithPeriod = raw[^1] == '.';
        }
        return n;
    }

    // Most tokens are words: none of the tables holds a token that opens with a letter or digit but "n't".
    // Bitwise, not short-circuit: CopyWords tests it on every char without a branch.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWord(char first) => char.IsAsciiLetterOrDigit(first) & first != 'n' & first != 'N';

    // Printable ASCII other than the space and the escape char: copied as it stands inside a word.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsPlain(char c) => (uint)(c - '!') <= '~' - '!' & c != '\\';

    // Copies from text[i], the start of a word, a run of words of plain chars each after one space: the common case,
    // whose output is its input. Whole blocks are tested at once, the rest char by char; either way each char is
    // written before it is tested and the tests combine without branches, so the run does not pay a mispredicted branch
    // at every word end. Returns the index of the first char not written, either inside the last word (CopyWord goes
    // on from there) or the space after it.
    // Every article runs these loops: compiled optimized at once, they skip the slow unoptimized first passes.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int CopyWords(ReadOnlySpan<char> text, int i, Span<char> output, ref int n)
    {
        var w = n;
        // A block and the char after it lie inside the text; the output is never ahead of the text (w <= i) and is at
        // least as long, so the block fits there too.
        BlockCopy.While<WordRunStops>(text, ref i, output, ref w);
        // Each step looks one char ahead, so the last char is left to CopyWord.
        var last = text.Length - 1;
        while (i < last)
        {
            var c = text[i];
            output[w] = c;
            var space = c == ' ';
            if (!(IsPlain(c) | space) | (space & !IsWord(text[i + 1]))) break;
            w++;
            i++;
        }
        n = w;
        return i;
    }

    // The lanes where a run of words stops, as in CopyWords' char by char test: a char neither plain nor a space, or a
    // space before a char that does not start a word.
    private readonly struct WordRunStops : IBlockStops
    {
        public static Vector128<ushort> Stops(Vector128<ushort> chars, Vector128<ushort> next)
        {
            var space = Vector128.Equals(chars, Vector128.Create((ushort)' '));
            var plain = Vector128.LessThanOrEqual(chars - Vector128.Create((ushort)'!'), Vector128.Create((ushort)('~' - '!')))
                & ~Vector128.Equals(chars, Vector128.Create((ushort)'\\'));
            // Setting the case bit folds upper-case letters onto lower-case ones, and 'N' onto 'n'.
            var folded = next | Vector128.Create((ushort)CaseBit);
            var letter = Vector128.LessThanOrEqual(folded - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a')));
            var digit = Vector128.LessThanOrEqual(next - Vector128.Create((ushort)'0'), Vector128.Create((ushort)('9' - '0')));
            var word = (letter | digit) & ~Vector128.Equals(folded, Vector128.Create((ushort)'n'));
            return ~(plain | space) | (space & ~word);
        }
    }

    // The bit that tells an ASCII lower-case letter from its upper case.
    private const int CaseBit = 0x20;

    // Copies the token that starts at text[i] with a word char, unescaping, up to the next space or line break; drops
    // its trailing whitespace as a trim would (an escape never ends in whitespace, so unescaping first changes nothing).
    // Returns the index where the token ends.
    // Every article runs these loops: compiled optimized at once, they skip the slow unoptimized first passes.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int CopyWord(ReadOnlySpan<char> text, int i, Span<char> output, ref int n, char lineBreak)
    {
        var w = n;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ' || c == lineBreak) break;
            if (c == '\\' && i + 1 < text.Length && text[i + 1] is '/' or '*') c = text[++i];
            output[w++] = c;
        }
        // The first char is a letter or digit, so this stops inside the token.
        while (char.IsWhiteSpace(output[w - 1])) w--;
        n = w;
        return i;
    }

    // "\/" and "\*" are the treebank's escapes of "/" and "*".
    private static int Unescape(ReadOnlySpan<char> token, Span<char> output)
    {
        var n = 0;
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            if (c == '\\' && i + 1 < token.Length && token[i + 1] is '/' or '*') c = token[++i];
            output[n++] = c;
        }
        return n;
    }
}
