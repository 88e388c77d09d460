using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Scan<TSink>(ReadOnlySpan<char> text, ref TSink sink) where TSink : struct, IWordSink, allows ref struct
    {
        var i = 0;
        var length = text.Length;
        while (i < length)
        {
            if (!IsLetterOrDigit(text[i])) { i++; continue; }
            var start = i++;
            // Words of ASCII letters and digits (most of them) are hashed four characters at a time afterwards.
            var ascii = text[start] < 0x80;
            while (i < length)
            {
                var c = text[i];
                if (c < 0x80 && AsciiClass[c] == LetterOrDigit) { i++; continue; }
                if (c >= 0x80 && (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark))
                {
                    ascii = false;
                    i++;
                    continue;
                }
                if (IsJoiner(c) && i + 1 < length && IsLetterOrDigit(text[i + 1]))
                {
                    ascii &= c < 0x80 && text[i + 1] < 0x80;
                    i += 2;
                    continue;
                }
                break;
            }
            sink.Word(ascii ? HashAscii(text, start, i - start) : HashWord(text[start..i]));
        }
    }

    /// <summary>
    /// <see cref="HashWord"/> for a word of ASCII characters, read and lowercased four at a time. A word of up to
    /// eight characters (most words) takes a fixed, branch-free path: two lanes read at once and masked to its length.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong HashAscii(ReadOnlySpan<char> text, int start, int length)
    {
        var bytes = MemoryMarshal.AsBytes(text);
        if (length <= WordHash.ShortWord && start + WordHash.ShortWord <= text.Length)
        {
            var lo = MemoryMarshal.Read<ulong>(bytes[(2 * start)..]) & LaneMask(length);
            var hi = MemoryMarshal.Read<ulong>(bytes[(2 * (start + WordHash.CharsPerLane))..]) & LaneMask(length - WordHash.CharsPerLane);
            return WordHash.OfTwoLanes(LowerAscii(lo), LowerAscii(hi), length);
        }
        var hash = new WordHash();
        var i = 0;
        for (; i + WordHash.CharsPerLane <= length; i += WordHash.CharsPerLane)
            hash.AddLane(LowerAscii(MemoryMarshal.Read<ulong>(bytes[(2 * (start + i))..])));
        for (; i < length; i++) hash.Add(text[start + i]);
        return hash.Finish();
    }

    /// <summary>Keeps the first <paramref name="chars"/> (clamped to 0–4) UTF-16 units of a lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong LaneMask(int chars) => LaneMasks[Math.Clamp(chars, 0, WordHash.CharsPerLane)];

    private static ReadOnlySpan<ulong> LaneMasks => [0, 0xFFFF, 0xFFFF_FFFF, 0xFFFF_FFFF_FFFF, ulong.MaxValue];

    /// <summary>Lowercases four ASCII UTF-16 units in one register: a lane gets 0x20 where 'A' ≤ c ≤ 'Z'.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong LowerAscii(ulong lane)
    {
        const ulong high = 0x0080_0080_0080_0080UL;
        var atLeastA = lane + 0x003F_003F_003F_003FUL;      // 0x80 set where c ≥ 'A' (0x41)
        var aboveZ = lane + 0x0025_0025_0025_0025UL;        // 0x80 set where c > 'Z' (0x5A)
        return lane | ((atLeastA & ~aboveZ & high) >> 2);
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
    /// folded as XXH64 folds a lane; words are zero-padded to at least two lanes, so that short words have one
    /// fixed-cost path. The length goes into the final avalanche, so zero padding cannot collide.
    /// </summary>
    private struct WordHash
    {
        private const ulong Seed = 0x27D4EB2F165667C5UL;
        public const int CharsPerLane = 4;
        public const int ShortWord = 2 * CharsPerLane;
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

        /// <summary>Adds four characters at once; only at a lane boundary.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void AddLane(ulong lane)
        {
            Debug.Assert((_count & (CharsPerLane - 1)) == 0, "lanes are added only at lane boundaries");
            _hash = Hash64.Fold(_hash ^ Seed, lane);
            _count += CharsPerLane;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly ulong Finish()
        {
            var h = _hash;
            var count = _count;
            if ((count & (CharsPerLane - 1)) != 0)
            {
                h = Hash64.Fold(h ^ Seed, _lane);
                count = (count | (CharsPerLane - 1)) + 1;
            }
            for (; count < ShortWord; count += CharsPerLane) h = Hash64.Fold(h ^ Seed, 0);
            return Hash64.Avalanche(h ^ (ulong)_count);
        }

        /// <summary>What a word of <paramref name="length"/> ≤ 8 characters, given as two zero-padded lanes, hashes to.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static ulong OfTwoLanes(ulong lo, ulong hi, int length)
            => Hash64.Avalanche(Hash64.Fold(Hash64.Fold(Seed, lo) ^ Seed, hi) ^ (ulong)length);
    }

    /// <summary>Lowercases (ASCII inline, others through the invariant culture) and reads typographic apostrophes as ASCII ones.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static char FoldCase(char c)
    {
        if (c < 0x80) return (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
        return c is '\u2019' or '\u2018' or '\u02BC' ? '\'' : char.ToLowerInvariant(c);
    }
}
