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
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var start = i++;
            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) { i++; continue; }
                if (IsJoiner(c) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])) { i += 2; continue; }
                break;
            }
            onToken(ref state, new TokenSpan(start, i - start));
        }
    }

    /// <summary>The tokens of <paramref name="text"/> as spans.</summary>
    public static List<TokenSpan> Tokenize(ReadOnlySpan<char> text)
    {
        var list = new List<TokenSpan>();
        Tokenize(text, ref list, static (ref List<TokenSpan> l, TokenSpan t) => l.Add(t));
        return list;
    }

    private static bool IsJoiner(char c) => c is '\'' or '’' or '-' or '.' or '&';
}

/// <summary>Receives one token; <paramref name="state"/> is the caller's accumulator.</summary>
public delegate void TokenAction<TState>(ref TState state, TokenSpan token) where TState : allows ref struct;
