using System.Buffers;
using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Storyline.Time;

/// <summary>Kinds of tokens the temporal tagger sees.</summary>
internal enum TokKind : byte { Word, Number, Punct }

/// <summary>A token: a letter run, a digit run or one other character, with the index of its lexicon entry.</summary>
internal readonly record struct TimexToken(int Start, int Length, TokKind Kind, bool SpaceBefore, bool BreakBefore, ushort LexId, int Number)
{
    public int End => Start + Length;

    /// <summary>The token's lexicon readings (the empty entry for unknown words, numbers and punctuation).</summary>
    public ref readonly LexEntry Lex => ref TimexLexicon.Entries[LexId];
}

/// <summary>The tokens of one text, in a pooled buffer that <see cref="Dispose"/> returns.</summary>
internal sealed class TimexTokens : IDisposable
{
    /// <summary>Character classes of ASCII: what <see cref="Create"/> would otherwise ask <see cref="char"/> per character.</summary>
    private enum CharClass : byte { Other, Space, Newline, Digit, Letter }

    private static readonly CharClass[] AsciiClass = BuildAsciiClass();

    private TimexToken[] _items;

    private TimexTokens(string text, TimexToken[] items, int count)
    {
        Text = text;
        _items = items;
        Count = count;
    }

    public string Text { get; }
    public int Count { get; }
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TimexTokens Create(string text)
    {
        var items = ArrayPool<TimexToken>.Shared.Rent(Math.Max(16, text.Length / 3 + 8));
        var classes = AsciiClass;
        var s = text.AsSpan();
        var n = 0;
        var space = false;
        var brk = false;
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            // Spaces and lower-case letters are most characters: they skip the class table.
            if (c == ' ')
            {
                space = true;
                i++;
                continue;
            }
            var cls = IsAsciiLetter(c) ? CharClass.Letter : c < 128 ? classes[c] : char.IsWhiteSpace(c) ? CharClass.Space : char.IsLetter(c) ? CharClass.Letter : CharClass.Other;
            if (cls is CharClass.Space or CharClass.Newline)
            {
                space = true;
                if (cls == CharClass.Newline) brk = true;
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
                var hash = TimexLexicon.HashSeed;
                while (i < s.Length)
                {
                    var d = s[i];
                    if (IsAsciiLetter(d)) hash = TimexLexicon.HashStep(hash, d);
                    else if (d < 128 || !char.IsLetter(d)) break;
                    else ascii = false;
                    i++;
                }
                lex = TimexLexicon.Find(s.Slice(start, i - start), ascii, hash);
            }
            else
            {
                kind = TokKind.Punct;
                i++;
            }
            if (n == items.Length)
            {
                var bigger = ArrayPool<TimexToken>.Shared.Rent(items.Length * 2);
                items.AsSpan(0, n).CopyTo(bigger);
                ArrayPool<TimexToken>.Shared.Return(items);
                items = bigger;
            }
            items[n++] = new TimexToken(start, i - start, kind, space, brk, lex, number);
            space = false;
            brk = false;
        }
        return new TimexTokens(text, items, n);
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Dispose()
    {
        if (_items.Length > 0) ArrayPool<TimexToken>.Shared.Return(_items);
        _items = [];
    }
}
