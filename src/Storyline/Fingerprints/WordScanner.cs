using System.Globalization;
using System.Runtime.CompilerServices;

namespace Storyline.Fingerprints;

/// <summary>Receives the case-folded hash of each word, in text order. A struct, so the scanner's calls are direct and inlined.</summary>
internal interface IWordSink
{
    /// <summary>Takes the next word's hash.</summary>
    void Word(ulong hash);
}

/// <summary>
/// The words of <see cref="Text.Tokenizer"/>, case-folded and hashed in the same pass over the characters.
/// The fingerprint stage reads every character of every article, and tokenizing first then hashing each
/// token cost about twice as much; this scanner applies the tokenizer's exact rules (a test checks it yields
/// one hash per <see cref="Text.Tokenizer"/> token, equal to <see cref="HashWord"/> of that token), with an
/// ASCII table for the common case.
/// </summary>
internal static class WordScanner
{
    private const byte Other = 0;
    private const byte LetterOrDigit = 1;
    private const byte Joiner = 2;

    /// <summary>Class of each ASCII character: 0-9, A-Z, a-z are letters or digits; ' - . &amp; join.</summary>
    private static ReadOnlySpan<byte> AsciiClass =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 0, 2, 2, 0,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    ];

    /// <summary>Calls <paramref name="sink"/> with the hash of each word of <paramref name="text"/>.</summary>
    public static void Scan<TSink>(ReadOnlySpan<char> text, ref TSink sink) where TSink : struct, IWordSink, allows ref struct
    {
        var i = 0;
        var length = text.Length;
        while (i < length)
        {
            if (!IsLetterOrDigit(text[i])) { i++; continue; }
            var word = new WordHash();
            word.Add(text[i++]);
            while (i < length)
            {
                var c = text[i];
                if (IsLetterOrDigit(c) || (c >= 0x80 && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark))
                {
                    word.Add(c);
                    i++;
                    continue;
                }
                if (IsJoiner(c) && i + 1 < length && IsLetterOrDigit(text[i + 1]))
                {
                    word.Add(c);
                    word.Add(text[i + 1]);
                    i += 2;
                    continue;
                }
                break;
            }
            sink.Word(word.Finish());
        }
    }

    /// <summary>The hash <see cref="Scan"/> gives the word <paramref name="word"/>: the reference the scanner is tested against.</summary>
    public static ulong HashWord(ReadOnlySpan<char> word)
    {
        var hash = new WordHash();
        foreach (var c in word) hash.Add(c);
        return hash.Finish();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsLetterOrDigit(char c) => c < 0x80 ? AsciiClass[c] == LetterOrDigit : char.IsLetterOrDigit(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsJoiner(char c) => c < 0x80 ? AsciiClass[c] == Joiner : c == '\u2019';

    /// <summary>
    /// Streaming hash of a word's case-folded characters: four UTF-16 units are packed per 64-bit lane and
    /// folded as XXH64 folds a lane; the length goes into the final avalanche, so zero padding cannot collide.
    /// </summary>
    private struct WordHash
    {
        private const ulong Seed = 0x27D4EB2F165667C5UL;
        private const int CharsPerLane = 4;
        private const int BitsPerChar = 16;

        private ulong _hash;
        private ulong _lane;
        private int _count;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(char c)
        {
            _lane |= (ulong)FoldCase(c) << (BitsPerChar * (_count & (CharsPerLane - 1)));
            if ((++_count & (CharsPerLane - 1)) != 0) return;
            _hash = Hash64.Fold(_hash ^ Seed, _lane);
            _lane = 0;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly ulong Finish()
        {
            var h = (_count & (CharsPerLane - 1)) != 0 ? Hash64.Fold(_hash ^ Seed, _lane) : _hash;
            return Hash64.Avalanche(h ^ (ulong)_count);
        }
    }

    /// <summary>Lowercases (ASCII inline, others through the invariant culture) and reads typographic apostrophes as ASCII ones.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static char FoldCase(char c)
    {
        if (c < 0x80) return (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
        return c is '\u2019' or '\u2018' or '\u02BC' ? '\'' : char.ToLowerInvariant(c);
    }
}
