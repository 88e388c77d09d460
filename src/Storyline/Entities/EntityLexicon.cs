using System.Runtime.CompilerServices;
using System.Collections.Frozen;
using System.Reflection;
using Storyline.Text;

namespace Storyline.Entities;

/// <summary>
/// The gazetteers and word lists the recognizer reads, loaded once from the embedded
/// data files under Data/Entities. Multi-word entries are keyed by their tokens joined
/// with single spaces, the way <see cref="EntityRecognizer"/> builds lookup keys.
/// </summary>
internal sealed class EntityLexicon
{
    private static readonly Lazy<EntityLexicon> DefaultLazy = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The lexicon built from the bundled data files.</summary>
    public static EntityLexicon Default => DefaultLazy.Value;

    public required Lookup<Gender> FirstNames { get; init; }

    /// <summary>Names of news organizations: they report every story rather than take part in one.</summary>
    public required FrozenSet<string> NewsOutlets { get; init; }
    public required Lookup<EntityType> KnownNames { get; init; }
    public required Lookup<Gender> Honorifics { get; init; }
    public required Lookup<Gender> RoleNouns { get; init; }
    public required Lookup<bool> KinNouns { get; init; }
    public required Lookup<bool> OrgSuffixes { get; init; }
    public required Lookup<bool> PlaceSuffixes { get; init; }
    public required Lookup<bool> EventSuffixes { get; init; }
    public required Lookup<bool> NonNames { get; init; }

    /// <summary>Every single-word list above in one map, so one lookup tells all a word is.</summary>
    public required Lookup<WordEntry> Words { get; init; }

    /// <summary>Longest gazetteer name in tokens.</summary>
    public int MaxKnownNameTokens { get; init; }

    /// <summary>Longest honorific in tokens ("Vice President" is two).</summary>
    public int MaxHonorificTokens { get; init; }

    private static EntityLexicon Load()
    {
        var firstNames = new Dictionary<string, Gender>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, _) in Read("first-names-female.txt")) firstNames[name] = Gender.Female;
        foreach (var (name, _) in Read("first-names-male.txt"))
            firstNames[name] = firstNames.TryGetValue(name, out var g) && g == Gender.Female ? Gender.Unknown : Gender.Male;

        // Later files win: a name that is both a city and an outlet is read as the outlet.
        var known = new Dictionary<string, EntityType>(StringComparer.OrdinalIgnoreCase);
        foreach (var (n, _) in Read("cities.txt")) known[n] = EntityType.Place;
        foreach (var (n, _) in Read("us-states.txt")) known[n] = EntityType.Place;
        foreach (var (n, _) in Read("countries.txt")) known[n] = EntityType.Place;
        foreach (var (n, _) in Read("organizations.txt")) known[n] = EntityType.Organization;
        foreach (var (n, _) in Read("media-platforms.txt")) known[n] = EntityType.Organization;
        var outlets = Read("news-outlets.txt").Select(e => e.Key).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        foreach (var n in outlets) known[n] = EntityType.Organization;
        foreach (var (n, _) in Read("known-other.txt")) known[n] = EntityType.Other;

        var honorifics = Gendered("honorifics.txt");
        var firstNameLookup = new Lookup<Gender>(firstNames);
        var knownLookup = new Lookup<EntityType>(known);
        var honorificLookup = new Lookup<Gender>(honorifics);
        var roleLookup = new Lookup<Gender>(Gendered("role-nouns.txt"));
        var kinLookup = new Lookup<bool>(Read("role-nouns.txt").Where(e => e.Extra?.Contains("kin", StringComparison.Ordinal) == true)
            .ToDictionary(e => e.Key, _ => true, StringComparer.OrdinalIgnoreCase));
        var orgSuffixes = Flags("org-suffixes.txt");
        var placeSuffixes = Flags("place-suffixes.txt");
        var eventSuffixes = Flags("event-suffixes.txt");
        var nonNames = Flags("non-names.txt", wordsPerLine: true);

        var words = new Dictionary<string, WordEntry>(StringComparer.Ordinal);
        void Merge<T>(Lookup<T> lookup, Func<WordEntry, T, WordEntry> with)
        {
            foreach (var (key, value) in lookup.Entries) words[key] = with(words.GetValueOrDefault(key), value);
        }
        Merge(firstNameLookup, (e, g) => e with { Classes = e.Classes | WordClass.FirstName, FirstNameGender = g });
        Merge(knownLookup, (e, t) => e with { Classes = e.Classes | WordClass.KnownName, KnownType = t });
        Merge(honorificLookup, (e, g) => e with { Classes = e.Classes | WordClass.Honorific, HonorificGender = g });
        Merge(roleLookup, (e, g) => e with { Classes = e.Classes | WordClass.RoleNoun, RoleGender = g });
        Merge(kinLookup, (e, _) => e with { Classes = e.Classes | WordClass.KinNoun });
        Merge(orgSuffixes, (e, _) => e with { Classes = e.Classes | WordClass.OrgSuffix });
        Merge(placeSuffixes, (e, _) => e with { Classes = e.Classes | WordClass.PlaceSuffix });
        Merge(eventSuffixes, (e, _) => e with { Classes = e.Classes | WordClass.EventSuffix });
        Merge(nonNames, (e, _) => e with { Classes = e.Classes | WordClass.NonName });
        Merge(Heads(knownLookup), (e, _) => e with { Classes = e.Classes | WordClass.KnownNameHead });
        Merge(Heads(honorificLookup), (e, _) => e with { Classes = e.Classes | WordClass.HonorificHead });

        return new EntityLexicon
        {
            NewsOutlets = outlets,
            FirstNames = firstNameLookup,
            KnownNames = knownLookup,
            Honorifics = honorificLookup,
            RoleNouns = roleLookup,
            KinNouns = kinLookup,
            OrgSuffixes = orgSuffixes,
            PlaceSuffixes = placeSuffixes,
            EventSuffixes = eventSuffixes,
            NonNames = nonNames,
            Words = new Lookup<WordEntry>(words),
            MaxHonorificTokens = honorifics.Keys.Max(k => k.Count(c => c == ' ') + 1),
            MaxKnownNameTokens = known.Keys.Max(k => k.Count(c => c == ' ') + 1),
        };
    }

    /// <summary>The first words of the multi-word entries, so a key that cannot start one is never built.</summary>
    private static Lookup<bool> Heads<T>(Lookup<T> lookup)
    {
        var heads = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var (key, _) in lookup.Entries)
            if (key.IndexOf(' ', StringComparison.Ordinal) is var space and > 0) heads[key[..space]] = true;
        return new Lookup<bool>(heads);
    }

    private static Dictionary<string, Gender> Gendered(string file)
    {
        var d = new Dictionary<string, Gender>(StringComparer.OrdinalIgnoreCase);
        foreach (var (n, extra) in Read(file))
            d[n] = extra is null ? Gender.Unknown
                : extra.StartsWith("female", StringComparison.Ordinal) ? Gender.Female
                : extra.StartsWith("male", StringComparison.Ordinal) ? Gender.Male
                : Gender.Unknown;
        return d;
    }

    private static Lookup<bool> Flags(string file, bool wordsPerLine = false)
    {
        var d = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        foreach (var (n, _) in Read(file, wordsPerLine)) d[n] = true;
        return new Lookup<bool>(d);
    }

    /// <summary>Entries of a data file: '#' lines are comments; an optional tab-separated second field.</summary>
    private static IEnumerable<(string Key, string? Extra)> Read(string file, bool wordsPerLine = false)
    {
        var asm = typeof(EntityLexicon).Assembly;
        var resource = asm.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith("Entities/" + file, StringComparison.Ordinal))
            ?? throw new InvalidOperationException("embedded gazetteer missing: " + file);
        using var stream = asm.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            if (wordsPerLine)
            {
                foreach (var w in line.Split(' ', StringSplitOptions.RemoveEmptyEntries)) yield return (w, null);
                continue;
            }
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var key = Key(tab < 0 ? line : line[..tab]);
            if (key.Length > 0) yield return (key, tab < 0 ? null : line[(tab + 1)..].Trim());
        }
    }

    /// <summary>The tokens of an entry joined by single spaces ("St. Petersburg" → "St Petersburg").</summary>
    internal static string Key(string entry)
    {
        var tokens = Tokenizer.Tokenize(entry);
        return string.Join(' ', tokens.Select(t => entry.Substring(t.Start, t.Length)));
    }

    /// <summary>
    /// A case-insensitive map that answers span keys without allocating: keys are stored lowercased in a
    /// <see cref="WordTable"/>, and a probe lowercases the key on the stack (ASCII in place, other keys by the runtime),
    /// several times faster than an ignore-case comparer on spans.
    /// </summary>
    [SkipLocalsInit] // the key buffer is written before it is read: no need to clear it first
    internal sealed class Lookup<T>
    {
        private const int MaxStackKey = 128;
        private const char AsciiMax = (char)0x7F;
        private const int AsciiLowercaseBit = 0x20;
        private readonly Dictionary<string, T> entries;
        private readonly WordTable slots = new();
        private readonly T[] values;
        private readonly int minLength;
        private readonly int maxLength;

        // A bit per (length, first, last character) of the keys whose first and last characters are ASCII: most words
        // asked about and not listed miss their bit, and are answered without lowercasing, hashing or probing. A key
        // asked with an ASCII first and last character can only match a key so written, whose bit is set; a key asked
        // otherwise is never ruled out.
        private const int FilterBits = 1 << 14;
        private const int LengthSpread = 31;
        private const int FirstSpread = 131;
        private readonly ulong[] filter = new ulong[FilterBits / 64];

        public Lookup(Dictionary<string, T> source)
        {
            entries = new Dictionary<string, T>(StringComparer.Ordinal);
            foreach (var (k, v) in source)
                if (k.Length > 0) entries[k.ToLowerInvariant()] = v;
            values = new T[entries.Count];
            foreach (var (k, v) in entries)
            {
                values[slots.Count] = v;
                slots.Add(k, slots.Count);
            }
            foreach (var k in entries.Keys)
                if (k[0] <= AsciiMax && k[^1] <= AsciiMax)
                {
                    var bit = FilterBit(k.Length, k[0], k[^1]);
                    filter[bit >> 6] |= 1UL << bit;
                }
            minLength = entries.Count == 0 ? 0 : entries.Keys.Min(k => k.Length);
            maxLength = entries.Count == 0 ? 0 : entries.Keys.Max(k => k.Length);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool TryGet(ReadOnlySpan<char> key, out T value)
        {
            value = default!;
            if (key.Length == 0 || key.Length < minLength || key.Length > maxLength || key.Length > MaxStackKey) return false;
            char first = key[0], last = key[^1];
            if (first <= AsciiMax && last <= AsciiMax)
            {
                var bit = FilterBit(key.Length, AsciiLower(first), AsciiLower(last));
                if ((filter[bit >> 6] & (1UL << bit)) == 0) return false;
            }
            Span<char> lower = stackalloc char[key.Length];
            // ASCII keys (nearly all) are lowercased and hashed in one pass; any other character hands the key to the runtime.
            var h = WordTable.HashSeed;
            int index;
            for (var i = 0; i < key.Length; i++)
            {
                var c = key[i];
                if (c > AsciiMax)
                {
                    key.ToLowerInvariant(lower);
                    if (!slots.TryGetValue(lower, out index)) return false;
                    value = values[index];
                    return true;
                }
                if (char.IsAsciiLetterUpper(c)) c = (char)(c | AsciiLowercaseBit);
                lower[i] = c;
                h = WordTable.HashStep(h, c);
            }
            if (!slots.TryGetValue(lower, WordTable.HashFinish(h), out index)) return false;
            value = values[index];
            return true;
        }

        public bool Contains(ReadOnlySpan<char> key) => TryGet(key, out _);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static char AsciiLower(char c) => char.IsAsciiLetterUpper(c) ? (char)(c | AsciiLowercaseBit) : c;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int FilterBit(int length, char first, char last) => ((length * LengthSpread + first) * FirstSpread + last) & (FilterBits - 1);

        public int Count => entries.Count;

        /// <summary>The entries, keys lowercased.</summary>
        public IEnumerable<KeyValuePair<string, T>> Entries => entries;
    }
}

/// <summary>The word lists a word is on.</summary>
[Flags]
internal enum WordClass : ushort
{
    None = 0,
    FirstName = 1,
    KnownName = 2,
    Honorific = 4,
    RoleNoun = 8,
    KinNoun = 16,
    OrgSuffix = 32,
    PlaceSuffix = 64,
    EventSuffix = 128,
    NonName = 256,
    /// <summary>The first word of a multi-word gazetteer name ("new" of "New York").</summary>
    KnownNameHead = 512,
    /// <summary>The first word of a multi-word honorific ("vice" of "Vice President").</summary>
    HonorificHead = 1024,
}

/// <summary>What the lexicon knows of one word: its lists, and the gender or type each list gives.</summary>
/// <remarks>Every token of a text holds one, so the genders and type are kept in a byte each.</remarks>
internal readonly record struct WordEntry
{
    private readonly byte firstNameGender;
    private readonly byte honorificGender;
    private readonly byte roleGender;
    private readonly byte knownType;

    public WordClass Classes { get; init; }
    public Gender FirstNameGender { get => (Gender)firstNameGender; init => firstNameGender = (byte)value; }
    public Gender HonorificGender { get => (Gender)honorificGender; init => honorificGender = (byte)value; }
    public Gender RoleGender { get => (Gender)roleGender; init => roleGender = (byte)value; }
    public EntityType KnownType { get => (EntityType)knownType; init => knownType = (byte)value; }

    public bool Is(WordClass c) => (Classes & c) != 0;
}
