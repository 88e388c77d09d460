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
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (char.IsDigit(c))
            {
                var s = i++;
                while (i < end && (char.IsDigit(text[i]) || (text[i] is '.' or ',' && i + 1 < end && char.IsDigit(text[i + 1])))) i++;
                if (i < end && (char.IsLetter(text[i]) || (text[i] == '-' && i + 1 < end && char.IsLetter(text[i + 1]))))
                {
                    i = WordEnd(text, i, end);
                    output.Add(new ClaimToken(s, i - s, ClaimTokenKind.Word));
                }
                else output.Add(new ClaimToken(s, i - s, ClaimTokenKind.Number));
                continue;
            }
            if (char.IsLetter(c))
            {
                var s = i;
                i = WordEnd(text, i, end);
                output.Add(new ClaimToken(s, i - s, ClaimTokenKind.Word));
                continue;
            }
            output.Add(new ClaimToken(i, 1, ClaimTokenKind.Punct));
            i++;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int WordEnd(string text, int i, int end)
    {
        while (i < end)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c)) { i++; continue; }
            if (c is '-' or '\'' or '’' or '.' && i + 1 < end && char.IsLetterOrDigit(text[i + 1])
                && !(c is '\'' or '’' && IsPossessiveEnd(text, i, end))) { i += 2; continue; }
            break;
        }
        return i;
    }

    // "Teigen's" ends the word before the apostrophe, so the name still matches its mention.
    private static bool IsPossessiveEnd(string text, int i, int end) =>
        i + 1 < end && text[i + 1] is 's' or 'S' && (i + 2 >= end || !char.IsLetterOrDigit(text[i + 2]));
}
