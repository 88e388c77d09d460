using System.Buffers;

namespace Storyline.Text;

/// <summary>
/// The Porter2 (Snowball English) stemmer, written from the published algorithm
/// (https://snowballstem.org/algorithms/english/stemmer.html) and checked word for word against the
/// reference implementation. Expects lowercase words. Stateless and thread-safe.
/// </summary>
public static class PorterStemmer
{
    // Longer words are rare and go through a pooled buffer instead of the stack.
    private const int StackLimit = 64;

    /// <summary>The stem of <paramref name="word"/>; the same instance when the word is its own stem.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return StemToString(word.AsSpan(), word);
    }

    /// <summary>The stem of <paramref name="word"/> as a new string.</summary>
    public static string Stem(ReadOnlySpan<char> word) => StemToString(word, null);

    /// <summary>
    /// Writes the stem of <paramref name="word"/> into <paramref name="destination"/> and returns its length.
    /// A stem is never longer than its word, so a destination of <c>word.Length</c> characters is enough.
    /// </summary>
    public static int Stem(ReadOnlySpan<char> word, Span<char> destination)
    {
        if (destination.Length < word.Length)
            throw new ArgumentException("The destination must be at least as long as the word.", nameof(destination));
        word.CopyTo(destination);
        return StemInPlace(destination[..word.Length]);
    }

    private static string StemToString(ReadOnlySpan<char> word, string? original)
    {
        char[]? rented = null;
        var buffer = word.Length <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(word.Length));
        try
        {
            word.CopyTo(buffer);
            var length = StemInPlace(buffer[..word.Length]);
            var stem = buffer[..length];
            if (original is not null && stem.SequenceEqual(word)) return original;
            return new string(stem);
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>Stems the word held in <paramref name="w"/> in place and returns the stem's length.</summary>
    internal static int StemInPlace(Span<char> w)
    {
        var len = w.Length;
        if (Exception1(w, ref len)) return len;
        if (len < 3) return len;

        var yFound = Prelude(w, ref len);
        var (p1, p2) = MarkRegions(w[..len]);
        var word = new Word(w, len, p1, p2);

        word.Step1a();
        if (!word.IsException2())
        {
            word.Step1b();
            word.Step1c();
            word.Step2();
            word.Step3();
            word.Step4();
            word.Step5();
        }
        len = word.Length;
        if (yFound) w[..len].Replace('Y', 'y');
        return len;
    }

    private static bool Exception1(Span<char> w, ref int len)
    {
        ReadOnlySpan<char> replacement = (ReadOnlySpan<char>)w switch
        {
            "skis" => "ski",
            "skies" => "sky",
            "dying" => "die",
            "lying" => "lie",
            "tying" => "tie",
            "idly" => "idl",
            "gently" => "gentl",
            "ugly" => "ugli",
            "early" => "earli",
            "only" => "onli",
            "singly" => "singl",
            "sky" or "news" or "howe" or "atlas" or "cosmos" or "bias" or "andes" => w,
            _ => default,
        };
        if (replacement.IsEmpty) return false;
        replacement.CopyTo(w);
        len = replacement.Length;
        return true;
    }

    private static bool Prelude(Span<char> w, ref int len)
    {
        if (w[0] == '\'')
        {
            w[1..len].CopyTo(w);
            len--;
        }
        if (len == 0) return false;
        var yFound = false;
        if (w[0] == 'y') { w[0] = 'Y'; yFound = true; }
        for (var i = 1; i < len; i++)
        {
            if (w[i] == 'y' && IsVowel(w[i - 1])) { w[i] = 'Y'; yFound = true; }
        }
        return yFound;
    }

    private static (int P1, int P2) MarkRegions(ReadOnlySpan<char> w)
    {
        int p1;
        // Exceptional prefixes keep R1 after them so that "generous" and "general" do not collapse.
        if (w.StartsWith("gener")) p1 = 5;
        else if (w.StartsWith("commun")) p1 = 6;
        else if (w.StartsWith("arsen")) p1 = 5;
        else p1 = AfterVowelThenConsonant(w, 0);
        var p2 = p1 >= w.Length ? w.Length : AfterVowelThenConsonant(w, p1);
        return (p1, p2);
    }

    // The position just after the first non-vowel that follows a vowel, searching from `from`.
    private static int AfterVowelThenConsonant(ReadOnlySpan<char> w, int from)
    {
        var i = from;
        while (i < w.Length && !IsVowel(w[i])) i++;
        while (i < w.Length && IsVowel(w[i])) i++;
        return i < w.Length ? i + 1 : w.Length;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static bool IsVowelWXY(char c) => IsVowel(c) || c is 'w' or 'x' or 'Y';

    private static bool IsValidLi(char c) => c is 'c' or 'd' or 'e' or 'g' or 'h' or 'k' or 'm' or 'n' or 'r' or 't';

    private static bool IsDouble(ReadOnlySpan<char> w)
        => w.Length >= 2 && w[^1] == w[^2] && w[^1] is 'b' or 'd' or 'f' or 'g' or 'm' or 'n' or 'p' or 'r' or 't';

    /// <summary>The word being stemmed: a buffer, its current length and its R1/R2 starts.</summary>
    private ref struct Word(Span<char> buffer, int length, int p1, int p2)
    {
        private readonly Span<char> _w = buffer;
        private readonly int _p1 = p1;
        private readonly int _p2 = p2;

        public int Length { get; private set; } = length;

        private readonly ReadOnlySpan<char> Current => _w[..Length];

        private readonly bool Ends(ReadOnlySpan<char> suffix) => Current.EndsWith(suffix);

        private void Replace(int suffixLength, ReadOnlySpan<char> replacement)
        {
            var start = Length - suffixLength;
            replacement.CopyTo(_w[start..]);
            Length = start + replacement.Length;
        }

        private readonly bool HasVowel(int end)
        {
            foreach (var c in _w[..end])
                if (IsVowel(c)) return true;
            return false;
        }

        // A short syllable ends at `end`: non-vowel, vowel, non-vowel other than w, x, Y — or a vowel
        // then a non-vowel at the very start of the word.
        private readonly bool IsShortSyllable(int end)
        {
            if (end >= 3 && !IsVowelWXY(_w[end - 1]) && IsVowel(_w[end - 2]) && !IsVowel(_w[end - 3])) return true;
            return end == 2 && !IsVowel(_w[1]) && IsVowel(_w[0]);
        }

        public void Step1a()
        {
            if (Ends("'s'")) Length -= 3;
            else if (Ends("'s")) Length -= 2;
            else if (Ends("'")) Length -= 1;

            if (Ends("sses")) Replace(4, "ss");
            else if (Ends("ied") || Ends("ies")) Replace(3, Length > 4 ? "i" : "ie");
            else if (Ends("us") || Ends("ss")) { }
            else if (Ends("s") && Length >= 2 && HasVowel(Length - 2)) Length -= 1;
        }

        public readonly bool IsException2() => Current is "inning" or "outing" or "canning" or "herring" or "earring"
            or "proceed" or "exceed" or "succeed";

        public void Step1b()
        {
            int suffix;
            if (Ends("eedly")) suffix = -5;
            else if (Ends("ingly")) suffix = 5;
            else if (Ends("edly")) suffix = 4;
            else if (Ends("eed")) suffix = -3;
            else if (Ends("ing")) suffix = 3;
            else if (Ends("ed")) suffix = 2;
            else return;

            if (suffix < 0)
            {
                if (Length + suffix >= _p1) Replace(-suffix, "ee");
                return;
            }
            var stemEnd = Length - suffix;
            if (!HasVowel(stemEnd)) return;
            Length = stemEnd;
            if (Ends("at") || Ends("bl") || Ends("iz")) Replace(0, "e");
            else if (IsDouble(Current)) Length--;
            else if (Length == _p1 && IsShortSyllable(Length)) Replace(0, "e");
        }

        public void Step1c()
        {
            if (Length >= 3 && _w[Length - 1] is 'y' or 'Y' && !IsVowel(_w[Length - 2])) _w[Length - 1] = 'i';
        }

        public void Step2()
        {
            var (suffix, replacement) = Current switch
            {
                var s when s.EndsWith("ization") => (7, "ize"),
                var s when s.EndsWith("ational") => (7, "ate"),
                var s when s.EndsWith("fulness") => (7, "ful"),
                var s when s.EndsWith("ousness") => (7, "ous"),
                var s when s.EndsWith("iveness") => (7, "ive"),
                var s when s.EndsWith("tional") => (6, "tion"),
                var s when s.EndsWith("biliti") => (6, "ble"),
                var s when s.EndsWith("lessli") => (6, "less"),
                var s when s.EndsWith("entli") => (5, "ent"),
                var s when s.EndsWith("ation") => (5, "ate"),
                var s when s.EndsWith("alism") => (5, "al"),
                var s when s.EndsWith("aliti") => (5, "al"),
                var s when s.EndsWith("ousli") => (5, "ous"),
                var s when s.EndsWith("iviti") => (5, "ive"),
                var s when s.EndsWith("fulli") => (5, "ful"),
                var s when s.EndsWith("enci") => (4, "ence"),
                var s when s.EndsWith("anci") => (4, "ance"),
                var s when s.EndsWith("abli") => (4, "able"),
                var s when s.EndsWith("izer") => (4, "ize"),
                var s when s.EndsWith("ator") => (4, "ate"),
                var s when s.EndsWith("alli") => (4, "al"),
                var s when s.EndsWith("bli") => (3, "ble"),
                var s when s.EndsWith("ogi") => (3, "og"),
                var s when s.EndsWith("li") => (2, ""),
                _ => (0, ""),
            };
            if (suffix == 0 || Length - suffix < _p1) return;
            var before = Length - suffix - 1;
            if (suffix == 3 && replacement == "og" && (before < 0 || _w[before] != 'l')) return;
            if (suffix == 2 && (before < 0 || !IsValidLi(_w[before]))) return;
            Replace(suffix, replacement);
        }

        public void Step3()
        {
            var (suffix, replacement) = Current switch
            {
                var s when s.EndsWith("ational") => (7, "ate"),
                var s when s.EndsWith("tional") => (6, "tion"),
                var s when s.EndsWith("alize") => (5, "al"),
                var s when s.EndsWith("icate") => (5, "ic"),
                var s when s.EndsWith("iciti") => (5, "ic"),
                var s when s.EndsWith("ative") => (5, ""),
                var s when s.EndsWith("ical") => (4, "ic"),
                var s when s.EndsWith("ness") => (4, ""),
                var s when s.EndsWith("ful") => (3, ""),
                _ => (0, ""),
            };
            if (suffix == 0 || Length - suffix < _p1) return;
            if (suffix == 5 && replacement.Length == 0 && Length - suffix < _p2) return; // "ative" needs R2
            Replace(suffix, replacement);
        }

        public void Step4()
        {
            var suffix = Current switch
            {
                var s when s.EndsWith("ement") => 5,
                var s when s.EndsWith("ment") || s.EndsWith("ance") || s.EndsWith("ence") || s.EndsWith("able") || s.EndsWith("ible") => 4,
                var s when s.EndsWith("ent") || s.EndsWith("ant") || s.EndsWith("ism") || s.EndsWith("ate") || s.EndsWith("iti")
                    || s.EndsWith("ous") || s.EndsWith("ive") || s.EndsWith("ize") => 3,
                var s when s.EndsWith("ion") => -3,
                var s when s.EndsWith("al") || s.EndsWith("er") || s.EndsWith("ic") => 2,
                _ => 0,
            };
            if (suffix == 0) return;
            var start = Length - Math.Abs(suffix);
            if (start < _p2) return;
            if (suffix < 0 && (start == 0 || _w[start - 1] is not ('s' or 't'))) return;
            Length = start;
        }

        public void Step5()
        {
            if (Length == 0) return;
            var last = Length - 1;
            if (_w[last] == 'e')
            {
                if (last >= _p2 || (last >= _p1 && !IsShortSyllable(last))) Length = last;
            }
            else if (_w[last] == 'l')
            {
                if (last >= _p2 && last > 0 && _w[last - 1] == 'l') Length = last;
            }
        }
    }
}
