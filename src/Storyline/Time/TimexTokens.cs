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
    /// <summary>Character classes of ASCII: what <see cref="Create"/> would otherwise ask <see cref="char"/> per character.</summary>
    private enum CharClass : byte { Other, Space, Newline, Digit, Letter }

    private static readonly CharClass[] AsciiClass = BuildAsciiClass();

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
    /// Creates the tokens of <paramref name="text"/> in the calling thread's token array, which <see cref="Dispose"/> gives back.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TimexTokens Create(string text)
    {
        var items = Take(ref t_spareItems, text.Length / CharsPerTokenEstimate + 8);
        var starts = Take(ref t_spareStarts, text.Length / CharsPerStartEstimate + 8);
        var mayStart = TimexLexicon.MayStart;
        var m = 0;
        var classes = AsciiClass;
        var s = text.AsSpan();
        var n = 0;
        byte gaps = 0;
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            // Spaces and lower-case letters are most characters: they skip the class table.
            if (c == ' ')
            {
                gaps |= TimexToken.Space;
                i++;
                continue;
            }
            var cls = IsAsciiLetter(c) ? CharClass.Letter : c < 128 ? classes[c] : char.IsWhiteSpace(c) ? CharClass.Space : char.IsLetter(c) ? CharClass.Letter : CharClass.Other;
            if (cls is CharClass.Space or CharClass.Newline)
            {
                gaps |= cls == CharClass.Newline ? (byte)(TimexToken.Space | TimexToken.Break) : TimexToken.Space;
                i++;
                continue;
            }
            var start = i;
            TokKind kind;
            var number = 0;
            ushort lex = 0;
            if (cls == CharClass.Digit)
            {
                kind = TokKind.Number;
                while (i < s.Length && char.IsAsciiDigit(s[i]))
                {
                    if (number < 100_000_000) number = number * 10 + (s[i] - '0');
                    i++;
                }
            }
            else if (cls == CharClass.Letter)
            {
                kind = TokKind.Word;
                var ascii = true;
                // The hash is taken only of the few words the lexicon's length filter lets through, not of every letter.
                while (++i < s.Length)
                {
                    var d = s[i];
                    if (IsAsciiLetter(d)) continue;
                    if (d < 128 || !char.IsLetter(d)) break;
                    ascii = false;
                }
                ascii &= c < 128;
                lex = TimexLexicon.Find(s.Slice(start, i - start), ascii);
            }
            else
            {
                kind = TokKind.Punct;
                i++;
            }
            if (n == items.Length) items = Grow(items);
            if (m == starts.Length) starts = Grow(starts);
            starts[m] = n;
            m += kind == TokKind.Number || (kind == TokKind.Word && (mayStart[lex] || (i - start == 1 && c is 'Q' or 'H'))) ? 1 : 0;
            items[n++] = new TimexToken(start, i - start, number, lex, kind, gaps);
            gaps = 0;
        }
        return new TimexTokens(text, items, n, starts, m);
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

    /// <summary>'A'–'Z' or 'a'–'z': setting bit 5 folds upper case onto lower case and leaves every other character outside.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    private static CharClass[] BuildAsciiClass()
    {
        var table = new CharClass[128];
        for (var c = 0; c < 128; c++)
            table[c] = c == '\n' ? CharClass.Newline : char.IsWhiteSpace((char)c) ? CharClass.Space
                : char.IsAsciiDigit((char)c) ? CharClass.Digit : char.IsLetter((char)c) ? CharClass.Letter : CharClass.Other;
        return table;
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
