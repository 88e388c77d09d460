using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Storyline.Text;

/// <summary>
/// Gives a shouted line ("CHRISSY TEIGEN SHARES A PHOTO OF HER SON") the case the rest of the text writes its
/// words in ("Chrissy Teigen shares a photo of her son"), so that stages which find names by their capitals
/// can read it. A word the rest of the text never writes is lowercased (the line's first word capitalized).
/// Only letter case changes: every offset of the result is an offset of the input. Thread-safe.
/// </summary>
public static class HeadlineCasing
{
    // A line is shouted when at least this share of its letters are capitals...
    private const double MinCapitalShare = 0.9;

    // ...over at least this many words of two or more letters: "BREAKING NEWS" or a dateline alone says too little.
    private const int MinShoutedWords = 3;

    /// <summary>
    /// <paramref name="text"/> with every shouted line recased from the other lines; the same instance when no
    /// line is shouted or no other line is there to learn case from.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // every text goes through it once: no tiering
    public static string Restore(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        List<int>? shouted = null; // starts of the shouted lines
        var lines = 0;
        for (var start = 0; start < text.Length;)
        {
            var end = LineEnd(text, start);
            if (end > start)
            {
                lines++;
                if (IsShouted(text.AsSpan(start, end - start))) (shouted ??= []).Add(start);
            }
            start = end + 1;
        }
        if (shouted is null || shouted.Count == lines) return text;
        var forms = WrittenForms(text, shouted);
        var result = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            text.CopyTo(result);
            foreach (var start in shouted) Recase(text, start, forms, result);
            return new string(result, 0, text.Length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(result);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int LineEnd(string text, int start)
    {
        var end = text.IndexOf('\n', start);
        return end < 0 ? text.Length : end;
    }

    /// <summary>Whether <paramref name="line"/> is written in capitals throughout, as a shouted headline is.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsShouted(ReadOnlySpan<char> line)
    {
        // Most lines have lowercase letters to spare: two early counts settle them without tokenizing.
        // Counted eight ASCII characters at a time: the count only grows, so testing it after each block rules out the
        // same lines as testing it after each letter.
        var lowercase = 0;
        var limit = (1 - MinCapitalShare) * line.Length;
        var k = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            ref var chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(line));
            for (; k <= line.Length - WordBlock; k += WordBlock)
            {
                var v = Vector128.LoadUnsafe(ref chars, (nuint)k);
                if ((v & Vector128.Create(NonAsciiBits)) != Vector128<ushort>.Zero)
                {
                    for (var m = k; m < k + WordBlock; m++) if (char.IsLower(line[m])) lowercase++;
                }
                else
                {
                    var lower = Vector128.LessThanOrEqual(v - Vector128.Create((ushort)'a'), Vector128.Create(AsciiLettersSpan));
                    lowercase += BitOperations.PopCount(lower.ExtractMostSignificantBits());
                }
                if (lowercase > limit) return false;
            }
        }
        for (; k < line.Length; k++)
            if (char.IsLower(line[k]) && ++lowercase > limit) return false;
        int letters = 0, capitals = 0, words = 0, position = 0;
        while (Tokenizer.Next(line, ref position, out var token))
        {
            var wordLetters = 0;
            foreach (var c in line.Slice(token.Start, token.Length))
            {
                if (!char.IsLetter(c)) continue;
                wordLetters++;
                if (char.IsUpper(c)) capitals++;
            }
            letters += wordLetters;
            if (wordLetters >= 2) words++;
        }
        return words >= MinShoutedWords && capitals >= MinCapitalShare * letters;
    }

    // Longest word lowercased on the stack; a longer one (a URL, say) gets a heap buffer.
    private const int MaxStackWord = 128;

    // How the unshouted lines write the words of the shouted ones, by lowercase form: the most frequent writing,
    // ties to the ordinal first. Only those words are counted, so a long text costs one scan and few strings. A
    // capitalized word opening a sentence may only be capitalized for that reason, so there it counts only for
    // words that are not stopwords ("The" says nothing; "Teigen" does).
    [SkipLocalsInit] // the buffers are written before they are read
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Dictionary<string, string> WrittenForms(string text, List<int> shouted)
    {
        // A word's writings are counted only once it is seen written: most shouted words never get a table.
        var counts = new Dictionary<string, Dictionary<string, int>?>(StringComparer.OrdinalIgnoreCase);
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        var filter = new WordFilter();
        Span<char> stack = stackalloc char[MaxStackWord];
        foreach (var line in shouted)
        {
            var span = text.AsSpan(line, LineEnd(text, line) - line);
            var position = 0;
            while (Tokenizer.Next(span, ref position, out var token))
            {
                var lower = Lowercase(span.Slice(token.Start, token.Length), stack);
                if (lookup.ContainsKey(lower)) continue;
                counts.Add(lower.ToString(), null);
                filter.Add(lower);
            }
        }
        var next = 0;
        var shoutedIndex = 0; // lines come in order, and so do the shouted ones among them
        for (var start = 0; start < text.Length; start = next + 1)
        {
            next = LineEnd(text, start);
            if (next > start && shoutedIndex < shouted.Count && shouted[shoutedIndex] == start)
            {
                shoutedIndex++;
                continue;
            }
            var span = text.AsSpan(start, next - start);
            var position = 0;
            while (NextWord(span, ref position, out var token))
            {
                var word = span.Slice(token.Start, token.Length);
                if (!filter.MayContain(word) || !lookup.TryGetValue(word, out var actualKey, out var written)) continue;
                if (SentenceSplitter.OpensSentence(span, token.Start) && Stopwords.IsStopword(Lowercase(word, stack))) continue;
                if (written is null) counts[actualKey] = written = new Dictionary<string, int>(StringComparer.Ordinal);
                CollectionsMarshal.GetValueRefOrAddDefault(written.GetAlternateLookup<ReadOnlySpan<char>>(), word, out _)++;
            }
        }
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (lower, written) in counts)
        {
            if (written is null || !AllOfLength(written, lower.Length)) continue;
            string? best = null;
            var bestCount = 0;
            foreach (var (form, n) in written)
                if (best is null || n > bestCount || (n == bestCount && string.CompareOrdinal(form, best) < 0)) { best = form; bestCount = n; }
            forms[lower] = best!;
        }
        return forms;
    }

    /// <summary>
    /// <see cref="Tokenizer.NextInlined"/>, through <see cref="Tokenizer.TokenEnd"/>, which reads words eight characters at
    /// a time: <see cref="WrittenForms"/> reads every word of the unshouted lines.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool NextWord(ReadOnlySpan<char> text, ref int position, out TokenSpan token)
    {
        var i = position;
        while (i < text.Length && !Tokenizer.IsWordChar(text[i])) i++;
        if (i >= text.Length)
        {
            position = i;
            token = default;
            return false;
        }
        position = Tokenizer.TokenEnd(text, i + 1);
        token = new TokenSpan(i, position - i);
        return true;
    }

    // Characters a vector of IsShouted holds, the range of its lowercase test (as a difference from 'a'), and the bits
    // that mark a character outside ASCII.
    private const int WordBlock = 8;
    private const ushort AsciiLettersSpan = 'z' - 'a';
    private const ushort NonAsciiBits = 0xFF80;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool AllOfLength(Dictionary<string, int> written, int length)
    {
        foreach (var form in written.Keys) if (form.Length != length) return false;
        return true;
    }

    /// <summary><paramref name="word"/> lowercased (invariant) into <paramref name="stack"/>, or onto the heap when too long.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ReadOnlySpan<char> Lowercase(ReadOnlySpan<char> word, Span<char> stack)
    {
        var buffer = word.Length <= stack.Length ? stack[..word.Length] : new char[word.Length];
        word.ToLowerInvariant(buffer);
        return buffer;
    }

    /// <summary>
    /// A bit per (length, first letter) and a bit per (length, last letter) of the shouted words: most words of the other
    /// lines miss one of their two bits and skip the case-insensitive table. A word whose first or last letter is not ASCII
    /// is never ruled out, as it may match whatever the case rules say; a shouted word so written lets every word through.
    /// </summary>
    private struct WordFilter
    {
        private BitSet firsts, lasts;
        private bool all;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(ReadOnlySpan<char> word)
        {
            if (word.IsEmpty || word[0] >= 0x80 || word[^1] >= 0x80) { all = true; return; }
            firsts.Set(Bit(word.Length, word[0]));
            lasts.Set(Bit(word.Length, word[^1]));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly bool MayContain(ReadOnlySpan<char> word)
        {
            if (all || word.IsEmpty || word[0] >= 0x80 || word[^1] >= 0x80) return true;
            return firsts.Has(Bit(word.Length, word[0])) && lasts.Has(Bit(word.Length, word[^1]));
        }

        // ASCII letters of either case share a bit: the table ignores case.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int Bit(int length, char c)
        {
            const int lengthSpread = 37; // odd, so lengths and letters mix over all the bits
            var folded = char.IsAsciiLetter(c) ? c | 0x20 : c;
            return (length * lengthSpread + folded) & (BitSet.Bits - 1);
        }
    }

    /// <summary>256 bits.</summary>
    private struct BitSet
    {
        public const int Bits = 256;
        private ulong b0, b1, b2, b3;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly bool Has(int bit)
        {
            var set = (bit >> 6) switch { 0 => b0, 1 => b1, 2 => b2, _ => b3 };
            return (set & (1UL << (bit & 63))) != 0;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Set(int bit)
        {
            var mask = 1UL << (bit & 63);
            switch (bit >> 6)
            {
                case 0: b0 |= mask; break;
                case 1: b1 |= mask; break;
                case 2: b2 |= mask; break;
                default: b3 |= mask; break;
            }
        }
    }

    [SkipLocalsInit] // the buffer is written before it is read
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Recase(string text, int lineStart, Dictionary<string, string> forms, Span<char> result)
    {
        var lookup = forms.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> stack = stackalloc char[MaxStackWord];
        var span = text.AsSpan(lineStart, LineEnd(text, lineStart) - lineStart);
        var position = 0;
        var first = true;
        while (Tokenizer.Next(span, ref position, out var token))
        {
            var word = span.Slice(token.Start, token.Length);
            var at = lineStart + token.Start;
            // Invariant lowercasing keeps the length, so the lowered word always fits back in place.
            var lower = Lowercase(word, stack);
            if (lookup.TryGetValue(lower, out var form) && form.Length == word.Length) form.CopyTo(result[at..]);
            else lower.CopyTo(result[at..]);
            if (first) result[at] = char.ToUpperInvariant(result[at]);
            first = false;
        }
    }
}
