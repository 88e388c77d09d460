using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace Storyline.Time;

/// <summary>What a word can mean to the temporal tagger; a word may mean several things ("may", "second", "fall").</summary>
[Flags]
internal enum Lx : uint
{
    None = 0,
    Month = 1u << 0,
    MonthAbbrev = 1u << 1,
    Weekday = 1u << 2,
    NumberWord = 1u << 3,
    Ordinal = 1u << 4,
    Unit = 1u << 5,
    Season = 1u << 6,
    PartOfDay = 1u << 7,
    DayWord = 1u << 8,
    Deictic = 1u << 9,
    Modifier = 1u << 10,
    Approx = 1u << 11,
    Reference = 1u << 12,
    SetAdverb = 1u << 13,
    Vague = 1u << 14,
    Future = 1u << 15,
    Past = 1u << 16,
    Holiday = 1u << 17,
    Other = 1u << 18,
}

/// <summary>Calendar units of durations and relative dates.</summary>
internal enum TUnit : byte
{
    None, Second, Minute, Hour, Day, Week, Weekend, Month, Quarter, Year, Decade, Century, Millennium,
}

/// <summary>Deictic and anaphoric determiners: "last", "this", "next", "the previous", "the following".</summary>
internal enum Deixis : byte
{
    None, Last, This, Next, Past, Previous, Following, Coming, Current, Same, Earlier, Later,
}

/// <summary>One word's readings.</summary>
internal readonly record struct LexEntry(Lx Flags, short Number = 0, TUnit Unit = TUnit.None, bool Plural = false, Deixis Deixis = Deixis.None, string? Tag = null)
{
    public bool Has(Lx f) => (Flags & f) != 0;

    /// <summary>The word, lower-case and interned, so that grammars compare a token with a word literal by reference.</summary>
    public string? Key { get; init; }

    /// <summary>Whether a bundled named day ("Christmas", "Labor Day") begins with this word.</summary>
    public bool StartsNamedDay { get; init; }
}

/// <summary>
/// The closed word lists of English temporal expressions. Every word the tagger knows (lexicon words, the words grammars
/// compare tokens with, first words of named days) has an entry in <see cref="Entries"/>; a token keeps only the entry's
/// index, found once per word by <c>Find</c> without allocating.
/// </summary>
internal static class TimexLexicon
{
    /// <summary>The index of the entry of <paramref name="word"/> (case-insensitive), 0 when it has none.</summary>
    /// <param name="word">A letter run.</param>
    /// <param name="ascii">Whether every character of <paramref name="word"/> is ASCII, as the tokenizer already knows.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ushort Find(ReadOnlySpan<char> word, bool ascii)
    {
        if (word.Length > MaxLength) return 0;
        // Most words of a text have no entry: the lengths of the keys with the word's first and last letters reject most of them
        // without a probe ("president" passes the keys of p and 9 letters, "presently", but none of p…t has 9).
        if (ascii && Data.AsciiKeysOnly && (Data.LengthsByEnds[LetterIndex(word[0]) * Letters + LetterIndex(word[^1])] & LengthBit(word.Length)) == 0) return 0;
        return Probe(word, ascii);
    }

    /// <summary>Words up to this length are looked up by their letters packed in one 64-bit key.</summary>
    private const int ShortLength = 8;

    /// <summary>
    /// The entry index of the ASCII letter run at <paramref name="start"/> of <paramref name="text"/>, as <see cref="Find"/> gives it.
    /// A short word is read as two 64-bit words of four characters and packed into one key, five bits a letter (which ignores
    /// case); the key is compared at once with the four keys of its bucket, instead of a hash and a comparison taken one
    /// character at a time.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ushort FindAscii(string text, int start, int length)
    {
        // The characters are read as the bytes of 64-bit words, which packs them as ShortKey does only on a little-endian machine.
        if (BitConverter.IsLittleEndian && length <= ShortLength && start + ShortLength <= text.Length && Data.AsciiKeysOnly)
        {
            ref var at = ref Unsafe.As<char, byte>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text.AsSpan()), start));
            // The masks keep the word's characters: all four of the first word from four letters on, none of the second up to four.
            var a = Unsafe.ReadUnaligned<ulong>(ref at) & (ulong.MaxValue >> (16 * (4 - Math.Min(length, 4))));
            var b = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref at, 8)) & (length > 4 ? ulong.MaxValue >> (16 * (ShortLength - length)) : 0);
            return FindShort(Pack(a, b));
        }
        return Find(text.AsSpan(start, length), true);
    }

    /// <summary>
    /// The key of a word from its first four and its next four characters: the low five bits of a letter tell it from the other
    /// letters whatever its case, and are never 0, so that a shorter word (whose missing characters are 0) has another key.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Pack(ulong a, ulong b) => (a & LetterBits) | ((b & LetterBits) << 5);

    /// <summary>The low five bits of each of four characters.</summary>
    private const ulong LetterBits = 0x001F_001F_001F_001Ful;

    /// <summary>
    /// The entry of a short word: its bucket holds up to four keys, compared at once, and the place of the one that equals the
    /// word's picks the entry; no branch depends on whether the word is known.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ushort FindShort(ulong key)
    {
        var bucket = ShortBucket(key, Data.ShortMultiplier, Data.ShortShift);
        var found = BucketMatches(Data.ShortKeys, bucket, key, scalar: !Vector256.IsHardwareAccelerated);
        var id = Data.ShortIds[bucket * BucketWays + (BitOperations.TrailingZeroCount(found) & (BucketWays - 1))];
        return found != 0 ? id : (ushort)0;
    }

    /// <summary>A bit for each key of <paramref name="bucket"/> that equals <paramref name="key"/>.</summary>
    /// <param name="keys">The keys of the buckets.</param>
    /// <param name="bucket">The bucket.</param>
    /// <param name="key">The key of the word looked up.</param>
    /// <param name="scalar">Whether to compare one key at a time (where 256-bit vectors are not accelerated, and in tests).</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int BucketMatches(ulong[] keys, int bucket, ulong key, bool scalar)
    {
        ref var first = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(keys), bucket * BucketWays);
        if (!scalar) return (int)Vector256.Equals(Vector256.LoadUnsafe(ref first), Vector256.Create(key)).ExtractMostSignificantBits();
        var found = 0;
        for (var w = 0; w < BucketWays; w++)
            found |= (Unsafe.Add(ref first, w) == key ? 1 : 0) << w;
        return found;
    }

    /// <summary>For tests: whether the vector and the scalar comparison agree for every bucket and the key of every short word.</summary>
    internal static bool BucketPathsAgree()
    {
        var keys = Data.ShortKeys;
        for (var bucket = 0; bucket < keys.Length / BucketWays; bucket++)
        {
            for (var w = 0; w < BucketWays; w++)
            {
                // A key of the bucket, and one that differs from it in one letter.
                foreach (var key in new[] { keys[bucket * BucketWays + w], keys[bucket * BucketWays + w] ^ 1 })
                    if (BucketMatches(keys, bucket, key, scalar: true) != BucketMatches(keys, bucket, key, scalar: false)) return false;
            }
        }
        return true;
    }

    /// <summary>Keys per bucket: one 256-bit vector.</summary>
    private const int BucketWays = 4;

    private static int ShortBucket(ulong key, ulong multiplier, int shift) => (int)((key * multiplier) >> shift);

    /// <summary>The key of a lower-case ASCII word of at most <see cref="ShortLength"/> letters, as <see cref="FindAscii"/> makes it.</summary>
    private static ulong ShortKey(string word)
    {
        ulong a = 0, b = 0;
        for (var i = 0; i < word.Length; i++)
        {
            if (i < 4) a |= (ulong)word[i] << (16 * i);
            else b |= (ulong)word[i] << (16 * (i - 4));
        }
        return Pack(a, b);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ushort Probe(ReadOnlySpan<char> word, bool ascii)
    {
        if (!ascii || !Data.AsciiKeysOnly) return Data.Slow.TryGetValue(word, out var id) ? id : (ushort)0;
        var slots = Data.Slots;
        var mask = slots.Length - 1;
        for (var slot = Finish(Hash(word)) & mask; ; slot = (slot + 1) & mask)
        {
            var id = slots[slot];
            if (id == 0) return 0;
            var key = Data.Lowered[id];
            if (key.Length == word.Length && SameLetters(word, key)) return id;
        }
    }

    /// <summary>The entry index of a word, as the tokenizer finds it.</summary>
    /// <remarks>Only a run of ASCII letters takes the tokenizer's ASCII path, as in the tokenizer.</remarks>
    public static ushort FindWord(ReadOnlySpan<char> word) =>
        word.IsEmpty ? (ushort)0 : Find(word, !word.ContainsAnyExcept(AsciiLetters));

    /// <summary>Whether an ASCII letter run equals a lower-case key of the same length, ignoring case.</summary>
    private static bool SameLetters(ReadOnlySpan<char> word, string key)
    {
        for (var i = 0; i < key.Length; i++)
            if ((word[i] | 0x20) != key[i]) return false;
        return true;
    }

    private static ulong LengthBit(int length) => 1ul << Math.Min(length, 63);

    private const int Letters = 'z' - 'a' + 1;

    /// <summary>The place of an ASCII letter in the alphabet, either case.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int LetterIndex(char c) => (c | 0x20) - 'a';

    /// <summary>The case-insensitive hash of an ASCII word: FNV-1a over the lower-cased characters.</summary>
    private static uint Hash(ReadOnlySpan<char> word)
    {
        var h = 2166136261u;
        foreach (var c in word) h = (h ^ (uint)(c | 0x20)) * 16777619u;
        return h;
    }

    private static int Finish(uint hash) => (int)(hash ^ (hash >> 15));

    /// <summary>Words that grammars compare tokens with (see <c>TimexMatcher.Is</c>) and that are not lexicon words.</summary>
    private static readonly string[] GrammarWords =
    [
        "account", "accounts", "additional", "after", "afterward", "afterwards", "am", "and", "another", "as", "been", "before",
        "between", "billion", "by", "circa", "clock", "delayed", "does", "during", "ended", "ending", "events", "extended",
        "final", "for", "from", "further", "half", "has", "in", "is", "lasts", "m", "million", "nd", "o", "of", "old", "on", "once",
        "or", "other", "p", "percent", "period", "pm", "postponed", "rd", "s", "since", "st", "take", "takes", "th", "thrice",
        "through", "throughout", "till", "times", "to", "too", "took", "turn", "twice", "until", "within",
    ];

    // Static fields initialize in textual order: these come before the table they are used to build.
    private static readonly SearchValues<char> AsciiLetters = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static readonly Table Data = Build();

    /// <summary>The entries; index 0 is the empty entry of unknown words.</summary>
    public static readonly LexEntry[] Entries = Data.Entries;

    /// <summary>
    /// Whether a word with the entry may start an expression: it has a flag other than a tense marker's, or begins a bundled
    /// named day. The tokenizer lists such words, and numbers, for the matcher, which tests them further.
    /// </summary>
    public static readonly bool[] MayStart = Array.ConvertAll(Entries, e => (e.Flags & ~(Lx.Past | Lx.Future)) != Lx.None || e.StartsNamedDay);

    /// <summary>
    /// Whether a word with the entry may stand before the core of an expression, as <c>TimexMatcher.Prefix</c> reads them: an
    /// approximation ("about", "more"), "at", or one of the modifiers "early", "mid", "end of", "fiscal", "earlier".
    /// </summary>
    public static readonly bool[] MayLead = Array.ConvertAll(Entries, e => (e.Flags & Lx.Approx) != 0
        || e.Key is "early" or "late" or "mid" or "end" or "beginning" or "start" or "middle" or "turn" or "fiscal" or "earlier" or "later" or "at");

    /// <summary>Length of the longest word with an entry; longer words are not looked up.</summary>
    public static readonly int MaxLength = Data.MaxLength;

    /// <summary>The built lookup: entries, an open-addressing table of ASCII words, and a case-insensitive dictionary for the rest.</summary>
    private sealed record Table(LexEntry[] Entries, string[] Lowered, ushort[] Slots, ulong[] LengthsByEnds, int MaxLength, bool AsciiKeysOnly,
        Dictionary<string, ushort>.AlternateLookup<ReadOnlySpan<char>> Slow)
    {
        /// <summary>The open-addressing table of the short words: entry indexes, and two keys per slot.</summary>
        public required ushort[] ShortIds { get; init; }
        public required ulong[] ShortKeys { get; init; }
        public required ulong ShortMultiplier { get; init; }
        public required int ShortShift { get; init; }
    }

    private static Table Build()
    {
        var words = Words();
        var ids = new Dictionary<string, ushort>(StringComparer.OrdinalIgnoreCase);
        var entries = new List<LexEntry> { default };
        void Add(string key, LexEntry e)
        {
            ids[key] = (ushort)entries.Count;
            entries.Add(e with { Key = string.Intern(key) });
        }
        foreach (var (w, e) in words) Add(w, e);
        foreach (var w in GrammarWords)
            if (!ids.ContainsKey(w)) Add(w, default);
        foreach (var first in NamedDays.Bundled.FirstWords)
        {
            if (ids.TryGetValue(first, out var id)) entries[id] = entries[id] with { StartsNamedDay = true };
            else Add(first, new LexEntry(Lx.None) { StartsNamedDay = true });
        }

        var lowered = new string[entries.Count];
        var maxLength = 0;
        var asciiOnly = true;
        for (var i = 1; i < entries.Count; i++)
        {
            var key = entries[i].Key!;
            lowered[i] = key.ToLowerInvariant();
            maxLength = Math.Max(maxLength, key.Length);
            asciiOnly &= Ascii.IsValid(key);
        }
        lowered[0] = "";
        var slots = new ushort[Math.Max(16, (int)BitOperations.RoundUpToPowerOf2((uint)entries.Count * 4))];
        var lengths = new ulong[Letters * Letters];
        for (var i = 1; i < entries.Count; i++)
        {
            var key = lowered[i];
            // A key that is not a letter run can never equal a token; leaving it out keeps the table to what can match.
            if (key.Length > 0 && !key.AsSpan().ContainsAnyExcept(AsciiLetters))
            {
                var slot = Finish(Hash(key)) & (slots.Length - 1);
                while (slots[slot] != 0) slot = (slot + 1) & (slots.Length - 1);
                slots[slot] = (ushort)i;
                lengths[LetterIndex(key[0]) * Letters + LetterIndex(key[^1])] |= LengthBit(key.Length);
            }
        }
        var shortWords = new List<(ulong Key, ushort Id)>();
        for (var i = 1; i < entries.Count; i++)
        {
            var key = lowered[i];
            if (key.Length == 0 || key.Length > ShortLength || key.AsSpan().ContainsAnyExcept(AsciiLetters)) continue;
            shortWords.Add((ShortKey(key), (ushort)i));
        }
        var (shortIds, shortKeys, shortMultiplier, shortShift) = BuildBuckets(shortWords);
        return new Table([.. entries], lowered, slots, lengths, maxLength, asciiOnly, ids.GetAlternateLookup<ReadOnlySpan<char>>())
        {
            ShortIds = shortIds, ShortKeys = shortKeys, ShortMultiplier = shortMultiplier, ShortShift = shortShift,
        };
    }

    /// <summary>
    /// Places the short words in buckets of <see cref="BucketWays"/>: the smallest table, and the first multiplier, with which no
    /// bucket overflows. An empty place has the key 0, which no word has.
    /// </summary>
    private static (ushort[] Ids, ulong[] Keys, ulong Multiplier, int Shift) BuildBuckets(List<(ulong Key, ushort Id)> words)
    {
        for (var buckets = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, words.Count)); ; buckets *= 2)
        {
            var shift = 64 - BitOperations.Log2((uint)buckets);
            for (var attempt = 0; attempt < 64; attempt++)
            {
                var multiplier = 0x9E3779B97F4A7C15ul + 2ul * (ulong)attempt;
                var ids = new ushort[buckets * BucketWays];
                var keys = new ulong[buckets * BucketWays];
                var placed = true;
                foreach (var (key, id) in words)
                {
                    var bucket = ShortBucket(key, multiplier, shift);
                    var way = 0;
                    while (way < BucketWays && keys[bucket * BucketWays + way] != 0) way++;
                    if (way == BucketWays) { placed = false; break; }
                    ids[bucket * BucketWays + way] = id;
                    keys[bucket * BucketWays + way] = key;
                }
                if (placed) return (ids, keys, multiplier, shift);
            }
        }
    }

    /// <summary>The lexicon words and their readings, in the order they were first listed.</summary>
    private static List<(string Word, LexEntry Entry)> Words()
    {
        var d = new Dictionary<string, LexEntry>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        void Add(string w, LexEntry e)
        {
            if (d.TryGetValue(w, out var old))
                e = new LexEntry(old.Flags | e.Flags,
                    e.Number != 0 ? e.Number : old.Number,
                    e.Unit != TUnit.None ? e.Unit : old.Unit,
                    e.Plural || old.Plural,
                    e.Deixis != Deixis.None ? e.Deixis : old.Deixis,
                    e.Tag ?? old.Tag);
            else order.Add(w);
            d[w] = e;
        }

        string[] months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
        string[][] abbrevs = [["jan"], ["feb"], ["mar"], ["apr"], [], ["jun"], ["jul"], ["aug"], ["sep", "sept"], ["oct"], ["nov"], ["dec"]];
        for (var m = 0; m < 12; m++)
        {
            Add(months[m], new LexEntry(Lx.Month, (short)(m + 1)));
            foreach (var a in abbrevs[m]) Add(a, new LexEntry(Lx.Month | Lx.MonthAbbrev, (short)(m + 1)));
        }

        string[] days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
        string[][] dayAbbrevs = [["mon"], ["tue", "tues"], ["wed"], ["thu", "thur", "thurs"], ["fri"], ["sat"], ["sun"]];
        for (var i = 0; i < 7; i++)
        {
            Add(days[i], new LexEntry(Lx.Weekday, (short)(i + 1)));
            Add(days[i] + "s", new LexEntry(Lx.Weekday, (short)(i + 1), Plural: true));
            _ = dayAbbrevs;
        }

        string[] ones = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        for (var i = 0; i < ones.Length; i++) Add(ones[i], new LexEntry(Lx.NumberWord, (short)i));
        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        for (var i = 0; i < tens.Length; i++) Add(tens[i], new LexEntry(Lx.NumberWord, (short)((i + 2) * 10)));
        Add("hundred", new LexEntry(Lx.NumberWord, 100));
        Add("thousand", new LexEntry(Lx.NumberWord, 1000));
        Add("dozen", new LexEntry(Lx.NumberWord, 12));
        Add("a", new LexEntry(Lx.NumberWord, 1));
        Add("an", new LexEntry(Lx.NumberWord, 1));
        // Vague quantities: the count is unknown ("X" in TIMEX3).
        foreach (var w in new[] { "several", "few", "some", "many", "numerous", "couple" })
            Add(w, new LexEntry(Lx.Vague));

        string[] ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
            "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first"];
        for (var i = 0; i < ordinals.Length - 1; i++) Add(ordinals[i], new LexEntry(Lx.Ordinal, (short)(i + 1)));

        void Unit(string singular, string plural, TUnit u)
        {
            Add(singular, new LexEntry(Lx.Unit, Unit: u));
            Add(plural, new LexEntry(Lx.Unit, Unit: u, Plural: true));
        }
        Unit("second", "seconds", TUnit.Second);
        Unit("minute", "minutes", TUnit.Minute);
        Unit("hour", "hours", TUnit.Hour);
        Unit("day", "days", TUnit.Day);
        Unit("week", "weeks", TUnit.Week);
        Unit("weekend", "weekends", TUnit.Weekend);
        Unit("month", "months", TUnit.Month);
        Unit("quarter", "quarters", TUnit.Quarter);
        Unit("year", "years", TUnit.Year);
        Unit("decade", "decades", TUnit.Decade);
        Unit("century", "centuries", TUnit.Century);
        Unit("millennium", "millennia", TUnit.Millennium);
        Add("fortnight", new LexEntry(Lx.Unit, 2, TUnit.Week));
        Add("yr", new LexEntry(Lx.Unit, Unit: TUnit.Year));
        Add("yrs", new LexEntry(Lx.Unit, Unit: TUnit.Year, Plural: true));
        Add("hr", new LexEntry(Lx.Unit, Unit: TUnit.Hour));
        Add("hrs", new LexEntry(Lx.Unit, Unit: TUnit.Hour, Plural: true));
        Add("min", new LexEntry(Lx.Unit, Unit: TUnit.Minute));
        Add("mins", new LexEntry(Lx.Unit, Unit: TUnit.Minute, Plural: true));

        Add("spring", new LexEntry(Lx.Season, Tag: "SP"));
        Add("summer", new LexEntry(Lx.Season, Tag: "SU"));
        Add("fall", new LexEntry(Lx.Season, Tag: "FA"));
        Add("autumn", new LexEntry(Lx.Season, Tag: "FA"));
        Add("winter", new LexEntry(Lx.Season, Tag: "WI"));

        Add("morning", new LexEntry(Lx.PartOfDay, Tag: "MO"));
        Add("mornings", new LexEntry(Lx.PartOfDay, Plural: true, Tag: "MO"));
        Add("afternoon", new LexEntry(Lx.PartOfDay, Tag: "AF"));
        Add("afternoons", new LexEntry(Lx.PartOfDay, Plural: true, Tag: "AF"));
        Add("evening", new LexEntry(Lx.PartOfDay, Tag: "EV"));
        Add("evenings", new LexEntry(Lx.PartOfDay, Plural: true, Tag: "EV"));
        Add("night", new LexEntry(Lx.PartOfDay, Tag: "NI"));
        Add("nights", new LexEntry(Lx.PartOfDay, Plural: true, Tag: "NI"));
        Add("overnight", new LexEntry(Lx.PartOfDay, Tag: "NI"));

        Add("today", new LexEntry(Lx.DayWord, 0));
        Add("yesterday", new LexEntry(Lx.DayWord, -1));
        Add("tomorrow", new LexEntry(Lx.DayWord, 1));
        Add("tonight", new LexEntry(Lx.DayWord, 0, Tag: "NI"));

        Add("last", new LexEntry(Lx.Deictic, Deixis: Deixis.Last));
        Add("this", new LexEntry(Lx.Deictic, Deixis: Deixis.This));
        Add("next", new LexEntry(Lx.Deictic, Deixis: Deixis.Next));
        Add("past", new LexEntry(Lx.Deictic, Deixis: Deixis.Past));
        Add("previous", new LexEntry(Lx.Deictic, Deixis: Deixis.Previous));
        Add("prior", new LexEntry(Lx.Deictic, Deixis: Deixis.Previous));
        Add("preceding", new LexEntry(Lx.Deictic, Deixis: Deixis.Previous));
        Add("following", new LexEntry(Lx.Deictic, Deixis: Deixis.Following));
        Add("coming", new LexEntry(Lx.Deictic, Deixis: Deixis.Coming));
        Add("upcoming", new LexEntry(Lx.Deictic, Deixis: Deixis.Coming));
        Add("current", new LexEntry(Lx.Deictic, Deixis: Deixis.Current));
        Add("same", new LexEntry(Lx.Deictic, Deixis: Deixis.Same));
        Add("that", new LexEntry(Lx.Deictic, Deixis: Deixis.Same));
        Add("earlier", new LexEntry(Lx.Deictic | Lx.Modifier, Deixis: Deixis.Earlier));
        Add("later", new LexEntry(Lx.Deictic | Lx.Modifier, Deixis: Deixis.Later));

        Add("early", new LexEntry(Lx.Modifier, Tag: "START"));
        Add("late", new LexEntry(Lx.Modifier, Tag: "END"));
        Add("mid", new LexEntry(Lx.Modifier, Tag: "MID"));
        Add("end", new LexEntry(Lx.Modifier, Tag: "END"));
        Add("beginning", new LexEntry(Lx.Modifier, Tag: "START"));
        Add("start", new LexEntry(Lx.Modifier, Tag: "START"));
        Add("middle", new LexEntry(Lx.Modifier, Tag: "MID"));
        Add("fiscal", new LexEntry(Lx.Modifier, Tag: "FISCAL"));

        foreach (var w in new[] { "almost", "nearly", "about", "around", "roughly", "approximately", "some", "over", "under", "just", "only", "more", "less", "fewer", "least", "up", "no", "barely", "nearly", "than" })
            Add(w, new LexEntry(Lx.Approx));

        Add("now", new LexEntry(Lx.Reference, Tag: "PRESENT_REF"));
        Add("currently", new LexEntry(Lx.Reference, Tag: "PRESENT_REF"));
        Add("presently", new LexEntry(Lx.Reference, Tag: "PRESENT_REF"));
        Add("nowadays", new LexEntry(Lx.Reference, Tag: "PRESENT_REF"));
        Add("recently", new LexEntry(Lx.Reference, Tag: "PAST_REF"));
        Add("lately", new LexEntry(Lx.Reference, Tag: "PAST_REF"));
        Add("recent", new LexEntry(Lx.Reference, Tag: "PAST_REF"));
        Add("formerly", new LexEntry(Lx.Reference, Tag: "PAST_REF"));
        Add("soon", new LexEntry(Lx.Reference, Tag: "FUTURE_REF"));
        Add("future", new LexEntry(Lx.Reference, Tag: "FUTURE_REF"));
        foreach (var w in new[] { "the", "at", "noon", "midnight", "these", "present", "term", "near", "short", "foreseeable", "distant", "full", "whole", "entire", "latest", "most" })
            Add(w, new LexEntry(Lx.Other));
        Add("ago", new LexEntry(Lx.Other));

        Add("daily", new LexEntry(Lx.SetAdverb, 1, TUnit.Day));
        Add("nightly", new LexEntry(Lx.SetAdverb, 1, TUnit.Day, Tag: "NI"));
        Add("hourly", new LexEntry(Lx.SetAdverb, 1, TUnit.Hour));
        Add("weekly", new LexEntry(Lx.SetAdverb, 1, TUnit.Week));
        Add("biweekly", new LexEntry(Lx.SetAdverb, 2, TUnit.Week));
        Add("monthly", new LexEntry(Lx.SetAdverb, 1, TUnit.Month));
        Add("quarterly", new LexEntry(Lx.SetAdverb, 3, TUnit.Month));
        Add("annually", new LexEntry(Lx.SetAdverb, 1, TUnit.Year));
        Add("yearly", new LexEntry(Lx.SetAdverb, 1, TUnit.Year));
        Add("every", new LexEntry(Lx.SetAdverb));
        Add("each", new LexEntry(Lx.SetAdverb));
        Add("per", new LexEntry(Lx.SetAdverb));

        foreach (var w in new[] { "will", "ll", "shall", "tomorrow", "scheduled", "expected", "expects", "expect", "plans", "planned", "plan", "planning", "due", "upcoming", "next", "going", "intends", "aims", "hopes", "set", "expires", "begins", "starts", "opens", "resumes" })
            Add(w, new LexEntry(Lx.Future));
        foreach (var w in new[] { "said", "says", "was", "were", "had", "did", "told", "reported", "announced", "went", "came", "made", "took", "gave", "got", "held", "left", "lost", "met", "paid", "put", "ran", "sold", "sent", "spent", "won", "wrote", "began", "became", "fell", "rose", "hit", "struck", "shot", "killed", "died", "ago", "yesterday", "last", "earlier", "saw", "found", "led", "shared", "posted", "revealed", "celebrated" })
            Add(w, new LexEntry(Lx.Past));

        return order.ConvertAll(w => (w, d[w]));
    }
}
