using System.Runtime.CompilerServices;
using System.Collections.Frozen;
using System.Globalization;
using Storyline.Text;

namespace Storyline.Claims;

internal sealed partial class ClaimScan
{
    private static readonly (string Word, double Factor)[] Scales =
        [("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12), ("mln", 1e6), ("bln", 1e9)];
    // The counts written as words, in order of their value, which starts at two.
    private static readonly string[] NumberWordList = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];
    private const int FirstNumberWordValue = 2;
    // Number words by their value: every word token is looked up, so a set rather than a comparison per word.
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> NumberWords =
        NumberWordList.Select((w, k) => (w, k)).ToFrozenDictionary(x => x.w, x => x.k + FirstNumberWordValue, StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly uint[] NumberWordFirstLetters = LettersByLength(NumberWordList);
    // An increment or a share is not the size of a whole: "two more children", "12 other employees".
    private static readonly string[] Increments = ["more", "other", "additional", "extra", "fewer", "new", "former", "of"];
    private static readonly string[] IrregularPlurals = ["people", "children", "staff", "personnel", "men", "women", "police", "troops", "crew"];

    /// <summary>Counts: a number, an optional scale word and a plural noun ("35.4 million followers", "12 employees").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FindCounts()
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            // What TryCountNumber rules out first, without the call: most tokens are words that are no number word.
            if (tokens[i].Kind != ClaimTokenKind.Number && !MayBeIn(NumberWordFirstLetters, Span(i))) continue;
            if (!TryCountNumber(i, out var number)) continue;
            if (InsideTime(tokens[i].Start)) continue;
            var k = i + 1;
            var scaleText = "";
            if (k < tokens.Count && Scale(k) is var factor and > 0)
            {
                number *= factor;
                scaleText = " " + Span(k).ToString().ToLowerInvariant();
                k++;
            }
            if (IsAny(k, Increments)) continue;
            var unit = UnitNoun(k);
            if (unit < 0) continue;
            var subject = CountSubject(i);
            if (subject < 0) continue;
            var written = tokens[i].Kind == ClaimTokenKind.Number
                ? Span(i).ToString().Replace(",", "", StringComparison.Ordinal)
                : (number / (scaleText.Length > 0 ? Scale(i + 1) : 1)).ToString(CultureInfo.InvariantCulture);
            var value = written + scaleText;
            Add(subject, ClaimAttributes.Count + ":" + Span(unit).ToString().ToLowerInvariant(), value, number, published);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryCountNumber(int i, out double number)
    {
        number = 0;
        var t = tokens[i];
        if (t.Kind == ClaimTokenKind.Number)
        {
            var s = Span(i);
            // A bare four-digit number is far more often a year than a count.
            if (s.Length == 4 && s.IndexOfAny('.', ',') < 0 && Scale(i + 1) <= 0) return false;
            return double.TryParse(s, NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out number);
        }
        var w = Span(i);
        // Most words are no number: only a word with the length and the first letter of one of "two" … "twenty" is looked up.
        if (!MayBeIn(NumberWordFirstLetters, w)) return false;
        if (!NumberWords.TryGetValue(w, out var value)) return false;
        number = value;
        return true;
    }

    // Bit 0 to 25 for an ASCII letter of either case; bit 31 for any other ASCII character, which opens no word of a list.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint AsciiBit(char c) => char.IsAsciiLetter(c) ? 1u << ((c | 0x20) - 'a') : 1u << 31;

    // Whether a word may be in a list ignoring case, judged from the list's first letters by length: a non-ASCII first
    // letter may still match, as ignoring case matches "ſix" with "six", but never a word of another length.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayBeIn(uint[] firstLettersByLength, ReadOnlySpan<char> word) =>
        word.Length < firstLettersByLength.Length && (word[0] >= 0x80 || (firstLettersByLength[word.Length] & AsciiBit(word[0])) != 0);

    // By length, the bits of the letters at a position of the words of that length: tests that let most words skip a
    // lookup. A plain loop: a query over value types would be compiled at startup for this alone.
    private static uint[] LettersByLength(string[] words, int position = 0)
    {
        var longest = 0;
        foreach (var w in words) longest = Math.Max(longest, w.Length);
        var masks = new uint[longest + 1];
        foreach (var w in words)
            if (position < w.Length) masks[w.Length] |= AsciiBit(w[position]);
        return masks;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double Scale(int i)
    {
        if (i >= tokens.Count || tokens[i].Kind != ClaimTokenKind.Word) return 0;
        var s = Span(i);
        foreach (var (word, factor) in Scales)
            if (s.Equals(word, StringComparison.OrdinalIgnoreCase)) return factor;
        return 0;
    }

    /// <summary>
    /// The unit noun of a count starting at token <paramref name="k"/>: the first plural among up to three words
    /// before a stopword or punctuation ("12 full-time employees", "35.4 million Instagram followers"); -1 when
    /// there is none or it measures time, size or money.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int UnitNoun(int k)
    {
        Span<char> buffer = stackalloc char[32];
        for (var j = k; j < tokens.Count && j < k + 3; j++)
        {
            if (tokens[j].Kind != ClaimTokenKind.Word) return -1;
            var s = Span(j);
            if (Stopwords.IsStopword(LowerCopy(s, buffer)) || lexicon.UnitLookup.Contains(s)) return -1;
            if (!char.IsLower(s[0])) continue;
            if (IsPlural(s)) return j;
        }
        return -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsPlural(ReadOnlySpan<char> word)
    {
        if (word.Length > 3 && word[^1] == 's' && word[^2] != 's') return true;
        foreach (var w in IrregularPlurals)
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ReadOnlySpan<char> LowerCopy(ReadOnlySpan<char> s, Span<char> buffer)
    {
        if (s.Length > buffer.Length) return s;
        var n = s.ToLowerInvariant(buffer);
        return buffer[..n];
    }

    /// <summary>Whose count it is: the possessor right before the number ("her 35.4 million followers", "Acme's 12 employees"), else the clause subject.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int CountSubject(int i)
    {
        var before = i - 1;
        if (before >= 0 && EntityOfPossessor(before) is var owner and >= 0) return owner;
        return ClauseSubject(i);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool InsideTime(int offset)
    {
        // An expression that starts in an earlier sentence may still run into this one.
        for (var k = Math.Max(0, sentenceTimes - 1); k < times.Count; k++)
        {
            var t = times[k];
            if (t.Start > offset) break;
            if (offset < t.End) return true;
        }
        return false;
    }
}
