using System.Diagnostics;
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
    /// The characters are first classed 64 at a time into bit masks (<see cref="TimexCharMasks"/>); a token's end is then the
    /// next clear bit of its class, found without a branch per character, which mispredicted at every word's end.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TimexTokens Create(string text)
    {
        var n = text.Length;
        var masks = Take(ref t_spareMasks, TimexCharMasks.LengthFor(n));
        var anyNonAscii = TimexCharMasks.Fill(text, masks);
        var items = Take(ref t_spareItems, n / CharsPerTokenEstimate + 8);
        var starts = Take(ref t_spareStarts, n / CharsPerStartEstimate + 8);
        var mayStart = TimexLexicon.MayStart;
        var s = text.AsSpan();
        var count = 0;
        var m = 0;
        var pos = 0;
        while (true)
        {
            var start = TimexCharMasks.NextClear(masks, TimexCharMasks.White, pos, n);
            if (start >= n) break;
            byte gaps = 0;
            if (start > pos)
            {
                gaps = TimexToken.Space;
                if (start - pos == 1 ? s[pos] == '\n' : s[pos..start].Contains('\n')) gaps |= TimexToken.Break;
            }
            var i = start;
            TokKind kind;
            var number = 0;
            ushort lex = 0;
            var word = start >> 6;
            var bit = 1ul << start;
            if ((masks[word * TimexCharMasks.Kinds + TimexCharMasks.Letter] & bit) != 0)
            {
                kind = TokKind.Word;
                i = TimexCharMasks.NextClear(masks, TimexCharMasks.Letter, start + 1, n);
                lex = !anyNonAscii || !TimexCharMasks.AnySet(masks, TimexCharMasks.NonAscii, start, i)
                    ? TimexLexicon.FindAscii(text, start, i - start) : TimexLexicon.Find(s[start..i], false);
            }
            else if ((masks[word * TimexCharMasks.Kinds + TimexCharMasks.Digit] & bit) != 0)
            {
                kind = TokKind.Number;
                while (i < s.Length && char.IsAsciiDigit(s[i]))
                {
                    if (number < 100_000_000) number = number * 10 + (s[i] - '0');
                    i++;
                }
            }
            else
            {
                kind = TokKind.Punct;
                i++;
            }
            if (count == items.Length) items = Grow(items);
            if (m == starts.Length) starts = Grow(starts);
            starts[m] = count;
            m += kind == TokKind.Number || (kind == TokKind.Word && (mayStart[lex] || (i - start == 1 && s[start] is 'Q' or 'H'))) ? 1 : 0;
            items[count++] = new TimexToken(start, i - start, number, lex, kind, gaps);
            pos = i;
        }
        Keep(ref t_spareMasks, masks);
        return new TimexTokens(text, items, count, starts, m);
    }

    /// <summary>Text characters per token assumed when the token array is sized: news averages about five, so it rarely grows.</summary>
    private const int CharsPerTokenEstimate = 3;

    /// <summary>Arrays up to this length are kept for the thread's next text; a longer one is left to the collector.</summary>
    private const int MaxKeptLength = 1 << 20;

    /// <summary>Text characters per token that may start an expression, when their array is sized: news has fewer, and the array grows when a text has more.</summary>
    private const int CharsPerStartEstimate = 8;

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
    private static void Keep<T>(ref T[]? spare, T[] array)
    {
        if (array.Length > 0 && array.Length <= MaxKeptLength && array.Length > (spare?.Length ?? 0)) spare = array;
    }

    private static T[] Grow<T>(T[] items)
    {
        var bigger = new T[items.Length * 2];
        items.CopyTo(bigger, 0);
        return bigger;
    }

    /// <summary>Gives the arrays back to the thread.</summary>
    public void Dispose()
    {
        Keep(ref t_spareItems, _items);
        Keep(ref t_spareStarts, _starts);
        _items = [];
        _starts = [];
    }
}
