using System.Runtime.CompilerServices;
namespace Storyline.Claims;

/// <summary>What a <see cref="ClaimToken"/> is.</summary>
internal enum ClaimTokenKind
{
    /// <summary>Letters, or letters and digits starting with a letter or joined by hyphens ("35-year-old", "38th").</summary>
    Word,
    /// <summary>Digits with inner separators ("35.4", "12,000").</summary>
    Number,
    /// <summary>One punctuation character.</summary>
    Punct,
}

/// <summary>A token of a sentence as a slice of the article text.</summary>
internal readonly record struct ClaimToken(int Start, int Length, ClaimTokenKind Kind)
{
    public int End => Start + Length;

    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, Length);
}

/// <summary>Splits a sentence into words, numbers and punctuation, keeping offsets into the text.</summary>
internal static class ClaimTokenizer
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Tokenize(string text, int start, int end, List<ClaimToken> output)
    {
        // The text up to the sentence's end: the tests against its length are the loop bounds, checked once.
        var s = text.AsSpan(0, end);
        var i = start;
        while (i < s.Length)
        {
            var c = s[i];
            // Letters, digits and spaces exclude each other, so the commonest case is tested first.
            if (char.IsAsciiLetter(c) || (!char.IsAscii(c) && char.IsLetter(c)))
            {
                var w = i;
                // Most words are ASCII letters up to a space: those are passed here, the rest of the rules left to WordEnd.
                while (++i < s.Length && char.IsAsciiLetterOrDigit(s[i])) { }
                if (i < s.Length && s[i] != ' ') i = WordEnd(s, i);
                output.Add(new ClaimToken(w, i - w, ClaimTokenKind.Word));
                continue;
            }
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (char.IsDigit(c))
            {
                var n = i++;
                while (i < s.Length && (char.IsDigit(s[i]) || (s[i] is '.' or ',' && i + 1 < s.Length && char.IsDigit(s[i + 1])))) i++;
                if (i < s.Length && (char.IsLetter(s[i]) || (s[i] == '-' && i + 1 < s.Length && char.IsLetter(s[i + 1]))))
                {
                    i = WordEnd(s, i);
                    output.Add(new ClaimToken(n, i - n, ClaimTokenKind.Word));
                }
                else output.Add(new ClaimToken(n, i - n, ClaimTokenKind.Number));
                continue;
            }
            output.Add(new ClaimToken(i, 1, ClaimTokenKind.Punct));
            i++;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int WordEnd(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsAsciiLetterOrDigit(c) || (!char.IsAscii(c) && char.IsLetterOrDigit(c))) { i++; continue; }
            if (c is '-' or '\'' or '’' or '.' && i + 1 < s.Length && char.IsLetterOrDigit(s[i + 1])
                && !(c is '\'' or '’' && IsPossessiveEnd(s, i))) { i += 2; continue; }
            break;
        }
        return i;
    }

    // "Teigen's" ends the word before the apostrophe, so the name still matches its mention.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsPossessiveEnd(ReadOnlySpan<char> s, int i) =>
        i + 1 < s.Length && s[i + 1] is 's' or 'S' && (i + 2 >= s.Length || !char.IsLetterOrDigit(s[i + 2]));
}
