using System.Collections.Frozen;

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
}

/// <summary>The closed word lists of English temporal expressions, looked up by span without allocating.</summary>
internal static class TimexLexicon
{
    private static readonly FrozenDictionary<string, LexEntry> Words = Build();

    /// <summary>Span lookup into <see cref="Words"/> (case-insensitive).</summary>
    public static readonly FrozenDictionary<string, LexEntry>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static LexEntry Get(ReadOnlySpan<char> word) => Lookup.TryGetValue(word, out var e) ? e : default;

    private static FrozenDictionary<string, LexEntry> Build()
    {
        var d = new Dictionary<string, LexEntry>(StringComparer.OrdinalIgnoreCase);
        void Add(string w, LexEntry e)
        {
            if (d.TryGetValue(w, out var old))
                e = new LexEntry(old.Flags | e.Flags,
                    e.Number != 0 ? e.Number : old.Number,
                    e.Unit != TUnit.None ? e.Unit : old.Unit,
                    e.Plural || old.Plural,
                    e.Deixis != Deixis.None ? e.Deixis : old.Deixis,
                    e.Tag ?? old.Tag);
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

        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
