using System.Runtime.Intrinsics;

namespace Storyline.Text;

/// <summary>A token as a slice of the text it came from: no string is allocated per token.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="Length">Number of characters.</param>
public readonly record struct TokenSpan(int Start, int Length)
{
    /// <summary>Offset just past the last character.</summary>
    public int End => Start + Length;
}

/// <summary>
/// Splits text into word tokens: runs of letters and digits, with inner apostrophes,
/// hyphens and periods kept when a letter or digit follows ("don't", "U.S", "3.5", "well-known").
/// </summary>
public static class Tokenizer
{
    /// <summary>Calls <paramref name="onToken"/> for each token of <paramref name="text"/>, in order.</summary>
    public static void Tokenize<TState>(ReadOnlySpan<char> text, ref TState state, TokenAction<TState> onToken)
        where TState : allows ref struct
    {
        var position = 0;
        while (Next(text, ref position, out var token)) onToken(ref state, token);
    }

    /// <summary>
    /// The token at or after <paramref name="position"/>, which is moved past it; false when none is left.
    /// For callers that need to look ahead, or keep no list.
    /// </summary>
    internal static bool Next(ReadOnlySpan<char> text, ref int position, out TokenSpan token) => NextInlined(text, ref position, out token);

    /// <summary>
    /// <see cref="Next"/>, inlined into the caller: for a stage's own token loop, where the call and its by-reference
    /// results cost as much as the scan of a short word.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static bool NextInlined(ReadOnlySpan<char> text, ref int position, out TokenSpan token)
    {
        var i = SkipToToken(text, position);
        if (i >= text.Length)
        {
            position = i;
            token = default;
            return false;
        }
        var start = i++;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordChar(c) || (c >= 0x80 && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)) { i++; continue; }
            if (IsJoiner(c) && i + 1 < text.Length && IsWordChar(text[i + 1])) { i += 2; continue; }
            break;
        }
        position = i;
        token = new TokenSpan(start, i - start);
        return true;
    }

    /// <summary>
    /// Where the token at or after <paramref name="position"/> starts, or the text's length when none is left: with
    /// <see cref="ScanKeyed"/>, the steps of <see cref="NextInlined"/> for a caller that looks one token ahead but only needs
    /// to know where the next one starts.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static int SkipToToken(ReadOnlySpan<char> text, int position)
    {
        while (position < text.Length && !IsWordChar(text[position])) position++;
        return position;
    }

    /// <summary>
    /// The end of the token that starts at <paramref name="start"/> (where <see cref="SkipToToken"/> found one), gathering its
    /// <see cref="WordKey"/> on the way and telling whether a hyphen joins parts of it: for a stage that looks each token up
    /// in a <see cref="PackedWordTable"/>, with no second pass over its characters. Ends where <see cref="NextInlined"/> does.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static int ScanKeyed(ReadOnlySpan<char> text, int start, out WordKey key, out bool hyphenated)
    {
        key = default;
        hyphenated = false;
        var i = start;
        key.Add(text[i++]);
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordChar(c) || (c >= 0x80 && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark))
            {
                key.Add(c);
                i++;
                continue;
            }
            if (IsJoiner(c) && i + 1 < text.Length && IsWordChar(text[i + 1]))
            {
                hyphenated |= c == '-';
                key.Add(c);
                key.Add(text[i + 1]);
                i += 2;
                continue;
            }
            break;
        }
        return i;
    }

    /// <summary>
    /// Where the token whose first character is just before <paramref name="i"/> ends: the end <see cref="NextInlined"/>
    /// finds, reading a word's ASCII letters and digits eight at a time, for the stages that scan every word of every text
    /// (a character-by-character loop mispredicts its exit at nearly every word end).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static int TokenEnd(ReadOnlySpan<char> text, int i)
    {
        ref var chars = ref System.Runtime.CompilerServices.Unsafe.As<char, ushort>(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(text));
        while (i < text.Length)
        {
            if (Vector128.IsHardwareAccelerated && i <= text.Length - WordBlock)
            {
                var v = Vector128.LoadUnsafe(ref chars, (nuint)i);
                var letter = Vector128.LessThanOrEqual((v | Vector128.Create(AsciiLowercaseBit)) - Vector128.Create((ushort)'a'), Vector128.Create(AsciiLettersSpan));
                var digit = Vector128.LessThanOrEqual(v - Vector128.Create((ushort)'0'), Vector128.Create(AsciiDigitsSpan));
                var run = System.Numerics.BitOperations.TrailingZeroCount(~(letter | digit).ExtractMostSignificantBits());
                i += run;
                if (run == WordBlock) continue;
            }
            var c = text[i];
            if (IsWordChar(c) || (c >= 0x80 && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)) { i++; continue; }
            if (IsJoiner(c) && i + 1 < text.Length && IsWordChar(text[i + 1])) { i += 2; continue; }
            break;
        }
        return i;
    }

    // Characters a vector of TokenEnd holds, and the ranges its two compares test (as differences from 'a' and '0').
    private const int WordBlock = 8;
    private const ushort AsciiLowercaseBit = 0x20;
    private const ushort AsciiLettersSpan = 'z' - 'a';
    private const ushort AsciiDigitsSpan = '9' - '0';

    // ASCII letters and digits are decided by two range checks; other chars ask the Unicode tables.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static bool IsWordChar(char c) => c < 0x80 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c);

    /// <summary>The tokens of <paramref name="text"/> as spans.</summary>
    public static List<TokenSpan> Tokenize(ReadOnlySpan<char> text)
    {
        var list = new List<TokenSpan>();
        Tokenize(text, ref list, static (ref List<TokenSpan> l, TokenSpan t) => l.Add(t));
        return list;
    }

    // Inlined: a big caller's loop otherwise calls it at every word end.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsJoiner(char c) => c is '\'' or '’' or '-' or '.' or '&';
}

/// <summary>Receives one token; <paramref name="state"/> is the caller's accumulator.</summary>
public delegate void TokenAction<TState>(ref TState state, TokenSpan token) where TState : allows ref struct;
