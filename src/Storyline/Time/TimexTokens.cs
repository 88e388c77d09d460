using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Storyline.Time;

/// <summary>Kinds of tokens the temporal tagger sees.</summary>
internal enum TokKind : byte { Word, Number, Punct }

/// <summary>A token: a letter run, a digit run or one other character, with the index of its lexicon entry.</summary>
/// <remarks>16 bytes: the two space flags share a byte, so a token array is a fifth smaller than with a field each.</remarks>
internal readonly record struct TimexToken(int Start, int Length, int Number, ushort LexId, TokKind Kind, byte Gaps)
{
    /// <summary>Bits of <see cref="Gaps"/>.</summary>
    public const byte Space = 1, Break = 2;

    public int End => Start + Length;

    /// <summary>Whether white space precedes the token.</summary>
    public bool SpaceBefore => (Gaps & Space) != 0;

    /// <summary>Whether a line break precedes the token.</summary>
    public bool BreakBefore => (Gaps & Break) != 0;

    /// <summary>The token's lexicon readings (the empty entry for unknown words, numbers and punctuation).</summary>
    public ref readonly LexEntry Lex => ref TimexLexicon.Entries[LexId];
}

/// <summary>The tokens of one text, in the thread's token array, which <see cref="Dispose"/> gives back.</summary>
internal sealed class TimexTokens : IDisposable
{
    private TimexToken[] _items;
    private int[] _starts;

    private TimexTokens(string text, TimexToken[] items, int count, int[] starts, int startCount)
    {
        Text = text;
        _items = items;
        Count = count;
        _starts = starts;
        StartCount = startCount;
    }

    public string Text { get; }
    public int Count { get; }

    /// <summary>How many tokens may start an expression: numbers, and words whose entry <see cref="TimexLexicon.MayStart"/> or that may be Q3 or H1.</summary>
    public int StartCount { get; }

    /// <summary>The index of the <paramref name="i"/>th token that may start an expression.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int StartAt(int i) => _starts[i];
    public ReadOnlySpan<TimexToken> Items => _items.AsSpan(0, Count);
    public ref readonly TimexToken this[int i] => ref _items[i];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<char> Span(int i) => Text.AsSpan(_items[i].Start, _items[i].Length);

    /// <summary>
    /// Whether token <paramref name="i"/> is <paramref name="word"/>, ignoring case. The word must be a lexicon key (a lexicon
    /// word or one of the grammar words, lower case): the token's entry then holds that very string.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Is(int i, string word)
    {
        Debug.Assert(TimexLexicon.Entries[TimexLexicon.FindWord(word)].Key is { } k && ReferenceEquals(k, word), $"'{word}' is not a lexicon key");
        return (uint)i < (uint)Count && ReferenceEquals(TimexLexicon.Entries[_items[i].LexId].Key, word);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsPunct(int i, char c) => (uint)i < (uint)Count && _items[i].Kind == TokKind.Punct && Text[_items[i].Start] == c;
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsApostrophe(int i) => (uint)i < (uint)Count && _items[i].Kind == TokKind.Punct && Text[_items[i].Start] is '\'' or '\u2019' or '\u2018';
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsHyphen(int i) => (uint)i < (uint)Count && _items[i].Kind == TokKind.Punct && Text[_items[i].Start] is '-' or '\u2010' or '\u2011';
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsCapitalized(int i) => char.IsUpper(Text[_items[i].Start]);

    /// <summary>True when token <paramref name="i"/> directly follows the previous one (no space between).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Glued(int i) => i > 0 && i < Count && !_items[i].SpaceBefore;

    /// <summary>
    /// Creates the tokens of <paramref name="text"/> in the calling thread's arrays, which <see cref="Dispose"/> gives back.
    /// </summary>
    /// <remarks>
    /// The characters are first classed 64 at a time into bit masks (<see cref="TimexCharMasks"/>), which give the first and
    /// the last character of every token: the tokens are read off these two bit streams without a branch per character, and
    /// the words are looked up in a second pass, a short loop that keeps its few variables in registers.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TimexTokens Create(string text)
    {
        var n = text.Length;
        var masks = Take(ref t_spareMasks, TimexCharMasks.LengthFor(n));
        var anyNonAscii = TimexCharMasks.Fill(text, masks);
        var count = TimexCharMasks.Bound(masks, n);
        var items = Take(ref t_spareItems, count);
        ReadTokens(text, masks, items, count);
        var starts = Take(ref t_spareStarts, count);
        var m = LookUp(text, items, count, starts, anyNonAscii ? masks : null);
        Keep(ref t_spareMasks, masks);
        return new TimexTokens(text, items, count, starts, m);
    }

    /// <summary>Writes the place, kind and preceding space of the <paramref name="count"/> tokens the bounds of <paramref name="masks"/> mark.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ReadTokens(string text, ulong[] masks, TimexToken[] items, int count)
    {
        const int K = TimexCharMasks.Kinds;
        int sb = -1, eb = -1;
        ulong starts = 0, ends = 0;
        var previousEnd = 0;
        for (var t = 0; t < count; t++)
        {
            while (starts == 0) starts = masks[++sb * K + TimexCharMasks.Start];
            var start = (sb << 6) + BitOperations.TrailingZeroCount(starts);
            starts &= starts - 1;
            while (ends == 0) ends = masks[++eb * K + TimexCharMasks.End];
            var end = (eb << 6) + BitOperations.TrailingZeroCount(ends) + 1;
            ends &= ends - 1;
            // Without branches on what most tokens vary in: whether space precedes them, and their kind. A gap of one character is
            // read where it is; with none, that character is the token's own, never a line break.
            var gap = start - previousEnd;
            var lineBreak = gap > 1 ? text.AsSpan(previousEnd, gap).Contains('\n') : text[previousEnd] == '\n';
            var gaps = (byte)((gap > 0 ? TimexToken.Space : 0) | (lineBreak ? TimexToken.Break : 0));
            var block = (start >> 6) * K;
            var letter = (int)(masks[block + TimexCharMasks.Letter] >> start) & 1;
            var digit = (int)(masks[block + TimexCharMasks.Digit] >> start) & 1;
            // Word 0 for a letter, Number 1 for a digit, Punct 2 for anything else.
            var kind = (TokKind)((1 - letter) * (2 - digit));
            items[t] = new TimexToken(start, end - start, 0, 0, kind, gaps);
            previousEnd = end;
        }
    }

    /// <summary>
    /// Gives words their lexicon entry and numbers their value, and lists the tokens that may start an expression.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="items">The tokens, as <see cref="ReadTokens"/> wrote them.</param>
    /// <param name="count">The number of tokens.</param>
    /// <param name="starts">Receives the indexes of the tokens that may start an expression.</param>
    /// <param name="masks">The masks when the text has a non-ASCII character, else null.</param>
    /// <returns>How many tokens may start an expression.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int LookUp(string text, TimexToken[] items, int count, int[] starts, ulong[]? masks)
    {
        var mayStart = TimexLexicon.MayStart;
        var m = 0;
        for (var t = 0; t < count; t++)
        {
            var tok = items[t];
            if (tok.Kind == TokKind.Word)
            {
                var lex = masks is null || !TimexCharMasks.AnySet(masks, TimexCharMasks.NonAscii, tok.Start, tok.End)
                    ? TimexLexicon.FindAscii(text, tok.Start, tok.Length) : TimexLexicon.Find(text.AsSpan(tok.Start, tok.Length), false);
                if (lex != 0) items[t] = tok with { LexId = lex };
                starts[m] = t;
                m += mayStart[lex] || (tok.Length == 1 && text[tok.Start] is 'Q' or 'H') ? 1 : 0;
            }
            else if (tok.Kind == TokKind.Number)
            {
                var number = 0;
                foreach (var c in text.AsSpan(tok.Start, tok.Length))
                    if (number < 100_000_000) number = number * 10 + (c - '0');
                items[t] = tok with { Number = number };
                starts[m++] = t;
            }
        }
        return m;
    }

    /// <summary>Arrays up to this length (a text of about a million characters) are kept for the thread's next text; a longer one is left to the collector.</summary>
    private const int MaxKeptLength = 1 << 18;

    /// <summary>
    /// The thread's arrays, kept between texts: a pooled array of a long article is over 85 KB, and the shared pool drops
    /// such arrays at full collections, so that an ingest allocated them anew on the large object heap, article after article.
    /// </summary>
    [ThreadStatic]
    private static TimexToken[]? t_spareItems;

    [ThreadStatic]
    private static int[]? t_spareStarts;

    [ThreadStatic]
    private static ulong[]? t_spareMasks;

    /// <summary>Takes the thread's array when it is long enough; otherwise a new one, of at least twice its length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static T[] Take<T>(ref T[]? spare, int length)
    {
        var kept = spare;
        if (kept is not null && kept.Length >= length)
        {
            spare = null;
            return kept;
        }
        return new T[Math.Max(length, 2 * (kept?.Length ?? 0))];
    }

    /// <summary>Keeps an array for the thread's next text, when it is the longest it has had and not too long to keep.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Keep<T>(ref T[]? spare, T[] array)
    {
        if (array.Length > 0 && array.Length <= MaxKeptLength && array.Length > (spare?.Length ?? 0)) spare = array;
    }

    /// <summary>Gives the arrays back to the thread.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Dispose()
    {
        Keep(ref t_spareItems, _items);
        Keep(ref t_spareStarts, _starts);
        _items = [];
        _starts = [];
    }
}
