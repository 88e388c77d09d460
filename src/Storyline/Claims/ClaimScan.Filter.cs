using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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
    /// It runs over every sentence, so it searches rather than walks: digits and characters outside ASCII with the
    /// runtime's vectorized (and precompiled) searches, words from a mask of ASCII letters built a vector at a time.
    /// Which test fires first does not matter: any of them keeps the sentence.
    /// </remarks>
    /// <param name="sentence">The sentence's characters.</param>
    /// <param name="vectorize">False takes the scalar path even where vectors are accelerated, for the tests that compare both.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool MayHoldAgeOrCount(ReadOnlySpan<char> sentence, bool vectorize = true)
    {
        if (sentence.IndexOfAnyInRange('0', '9') >= 0) return true;
        // The tokenizer starts a number at any Unicode digit; word lookups ignore case, under which "ſ" is "s" and "ı" is "i".
        for (var i = sentence.IndexOfAnyExceptInRange('\0', '\u007F'); i >= 0;)
        {
            var c = sentence[i];
            if (char.IsDigit(c) || char.IsAscii(char.ToUpperInvariant(c))) return true;
            var next = sentence[++i..].IndexOfAnyExceptInRange('\0', '\u007F');
            i = next < 0 ? -1 : i + next;
        }
        return HasCueWord(sentence, vectorize);
    }

    // Whether a cue word stands in the sentence as a whole word (a run of ASCII letters). The runs are taken from a mask
    // of letters, 64 characters at a time: only a run whose length and first two letters fit some cue word is compared.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool HasCueWord(ReadOnlySpan<char> sentence, bool vectorize)
    {
        ulong letterBefore = 0;
        for (var block = 0; block < sentence.Length; block += BlockLength)
        {
            var letters = LetterMask(sentence.Slice(block, Math.Min(BlockLength, sentence.Length - block)), vectorize);
            var starts = letters & ~((letters << 1) | letterBefore);
            letterBefore = letters >> (BlockLength - 1);
            for (; starts != 0; starts &= starts - 1)
            {
                var bit = BitOperations.TrailingZeroCount(starts);
                var start = block + bit;
                // A run that reaches the end of the block may go on in the next one: it is measured in the text.
                var length = BitOperations.TrailingZeroCount(~(letters >> bit));
                if (bit + length == BlockLength ? IsCueWord(sentence, start)
                    : length < CueWords.FirstLetters.Length && (CueWords.FirstLetters[length] & AsciiBit(sentence[start])) != 0
                        && (CueWords.SecondLetters[length] & AsciiBit(sentence[start + 1])) != 0 && IsCueWord(sentence, start)) return true;
            }
        }
        return false;
    }

    private const int BlockLength = 64;

    /// <summary>Bit k is set when <paramref name="chars"/>[k] is an ASCII letter; at most 64 characters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static ulong LetterMask(ReadOnlySpan<char> chars, bool vectorize)
    {
        Debug.Assert(chars.Length <= BlockLength);
        ulong mask = 0;
        var i = 0;
        if (vectorize && Vector128.IsHardwareAccelerated)
        {
            ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(chars));
            // Setting bit 5 lowercases ASCII letters and maps no other character into a to z.
            var caseBit = Vector128.Create((ushort)0x20);
            var a = Vector128.Create((ushort)'a');
            var lastLetter = Vector128.Create((ushort)('z' - 'a'));
            for (; i + Vector128<ushort>.Count <= chars.Length; i += Vector128<ushort>.Count)
            {
                var lower = Vector128.LoadUnsafe(ref first, (nuint)i) | caseBit;
                mask |= (ulong)Vector128.LessThanOrEqual(lower - a, lastLetter).ExtractMostSignificantBits() << i;
            }
        }
        for (; i < chars.Length; i++)
            if (char.IsAsciiLetter(chars[i])) mask |= 1UL << i;
        return mask;
    }

    // Whether the run of ASCII letters that starts at <start> is a cue word. The tokenizer never splits a run of letters
    // and digits, so a word touching one is part of a longer token.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsCueWord(ReadOnlySpan<char> sentence, int start)
    {
        if (start > 0 && char.IsLetterOrDigit(sentence[start - 1])) return false;
        var end = start;
        while (end < sentence.Length && char.IsAsciiLetter(sentence[end])) end++;
        var length = end - start;
        if (length >= CueWords.ByLength.Length || (end < sentence.Length && char.IsLetterOrDigit(sentence[end]))) return false;
        foreach (var cue in CueWords.ByLength[length])
            if (EqualsLowerAscii(sentence.Slice(start, length), cue)) return true;
        return false;
    }

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
        public static readonly uint[] FirstLetters = LettersByLength(All);
        // No cue word is shorter than two letters: a word that passes the test of its first letter has a second.
        public static readonly uint[] SecondLetters = LettersByLength(All, 1);
    }
}
