using System.Buffers;

namespace Storyline.Time;

/// <summary>Kinds of tokens the temporal tagger sees.</summary>
internal enum TokKind : byte { Word, Number, Punct }

/// <summary>A token: a letter run, a digit run or one other character, with its lexicon readings.</summary>
internal readonly record struct TimexToken(int Start, int Length, TokKind Kind, bool SpaceBefore, bool BreakBefore, LexEntry Lex, int Number)
{
    public int End => Start + Length;
}

/// <summary>The tokens of one text, in a pooled buffer that <see cref="Dispose"/> returns.</summary>
internal sealed class TimexTokens : IDisposable
{
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

    public ReadOnlySpan<char> Span(int i) => Text.AsSpan(_items[i].Start, _items[i].Length);

    public bool Is(int i, string word) => i >= 0 && i < Count && Span(i).Equals(word, StringComparison.OrdinalIgnoreCase);
    public bool IsPunct(int i, char c) => i >= 0 && i < Count && _items[i].Kind == TokKind.Punct && Text[_items[i].Start] == c;
    public bool IsApostrophe(int i) => i >= 0 && i < Count && _items[i].Kind == TokKind.Punct && Text[_items[i].Start] is '\'' or '\u2019' or '\u2018';
    public bool IsHyphen(int i) => i >= 0 && i < Count && _items[i].Kind == TokKind.Punct && Text[_items[i].Start] is '-' or '\u2010' or '\u2011';
    public bool IsCapitalized(int i) => char.IsUpper(Text[_items[i].Start]);

    /// <summary>True when token <paramref name="i"/> directly follows the previous one (no space between).</summary>
    public bool Glued(int i) => i > 0 && i < Count && !_items[i].SpaceBefore;

    public static TimexTokens Create(string text)
    {
        var items = ArrayPool<TimexToken>.Shared.Rent(Math.Max(16, text.Length / 3 + 8));
        var n = 0;
        var space = false;
        var brk = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                if (c == '\n') brk = true;
                i++;
                continue;
            }
            var start = i;
            TokKind kind;
            var number = 0;
            if (char.IsAsciiDigit(c))
            {
                kind = TokKind.Number;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    if (number < 100_000_000) number = number * 10 + (text[i] - '0');
                    i++;
                }
            }
            else if (char.IsLetter(c))
            {
                kind = TokKind.Word;
                while (i < text.Length && char.IsLetter(text[i])) i++;
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
            var lex = kind == TokKind.Word && i - start <= 14 ? TimexLexicon.Get(text.AsSpan(start, i - start)) : default;
            items[n++] = new TimexToken(start, i - start, kind, space, brk, lex, number);
            space = false;
            brk = false;
        }
        return new TimexTokens(text, items, n);
    }

    public void Dispose()
    {
        if (_items.Length > 0) ArrayPool<TimexToken>.Shared.Return(_items);
        _items = [];
    }
}
