using System.Runtime.CompilerServices;

namespace Storyline.Claims;

internal sealed partial class ClaimScan
{
    // The only word FindAges looks for that is not a number: "her 38th birthday".
    private const string BirthdayWord = "birthday";

    /// <summary>
    /// Whether <see cref="FindAges"/> or <see cref="FindCounts"/> could find anything in a sentence, without tokenizing it.
    /// Both start only from a number token (a digit), a "N-year-old" word (a digit), the word "birthday" or a number
    /// word; a sentence with none of them is skipped. False only when that is certain: a word is taken to be a whole
    /// token whenever no letter or digit touches it, and any character that ignoring case could match an ASCII letter
    /// ("ſ" for "s") or that is a digit of another script keeps the sentence.
    /// </summary>
    /// <remarks>
    /// Compiled optimized at its first call, and calls nothing in its loop but the character tests the runtime has
    /// precompiled: it runs over every sentence of a single-pass ingest, which would otherwise spend its first
    /// thousands of sentences in unoptimized code.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool MayHoldAgeOrCount(ReadOnlySpan<char> sentence)
    {
        var byLength = CueWords.ByLength;
        var firstLetters = CueWords.FirstLetters;
        var i = 0;
        while (i < sentence.Length)
        {
            var c = sentence[i];
            if (!char.IsAsciiLetter(c))
            {
                if (char.IsAsciiDigit(c)) return true;
                // The tokenizer starts a number at any Unicode digit; word lookups ignore case, under which "ſ" is "s" and "ı" is "i".
                if (!char.IsAscii(c) && (char.IsDigit(c) || char.IsAscii(char.ToUpperInvariant(c)))) return true;
                i++;
                continue;
            }
            var start = i;
            while (++i < sentence.Length && char.IsAsciiLetter(sentence[i])) { }
            var length = i - start;
            if (length >= byLength.Length || (firstLetters & LetterBit(c)) == 0) continue;
            // The tokenizer never splits a run of letters and digits, so a word touching one is part of a longer token.
            if ((start > 0 && char.IsLetterOrDigit(sentence[start - 1])) || (i < sentence.Length && char.IsLetterOrDigit(sentence[i]))) continue;
            foreach (var cue in byLength[length])
                if (EqualsLowerAscii(sentence.Slice(start, length), cue)) return true;
        }
        return false;
    }

    private static uint LetterBit(char asciiLetter) => 1u << ((asciiLetter | 0x20) - 'a');

    // Whether an ASCII word equals a lowercase ASCII word, ignoring case.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool EqualsLowerAscii(ReadOnlySpan<char> word, string lower)
    {
        for (var k = 0; k < word.Length; k++)
            if ((word[k] | 0x20) != lower[k]) return false;
        return true;
    }

    /// <summary>Whether a dated temporal expression lies wholly in the current sentence: what <see cref="FindHappening"/> starts from.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool HasDatedTime(int firstTime)
    {
        for (var t = firstTime; t < times.Count && times[t].Start < sentence.End; t++)
            if (times[t].Date is not null && times[t].End <= sentence.End) return true;
        return false;
    }

    // The words of the filter, taken from the lists the scans use, by length and by first letter; in a class of their own
    // so that they are computed after those lists, whichever file of this partial class declares them.
    private static class CueWords
    {
        private static readonly string[] All = [.. NumberWordList, BirthdayWord];
        public static readonly string[][] ByLength = Enumerable.Range(0, All.Max(w => w.Length) + 1)
            .Select(n => All.Where(w => w.Length == n).ToArray()).ToArray();
        public static readonly uint FirstLetters = All.Aggregate(0u, (mask, w) => mask | LetterBit(w[0]));
    }
}
