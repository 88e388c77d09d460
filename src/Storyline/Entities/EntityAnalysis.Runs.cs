using System.Runtime.CompilerServices;
using Storyline.Quotes;

namespace Storyline.Entities;

internal sealed partial class EntityAnalysis
{
    /// <summary>Votes for each <see cref="EntityType"/>, by its value: held inline, as every name run and cluster has them.</summary>
    [InlineArray(Length)]
    private struct TypeVotes
    {
        public const int Length = 4;
        private double first;
    }

    /// <summary>A maximal run of name tokens: one name mention before coreference.</summary>
    private sealed class NameRun
    {
        /// <summary>Back to a new run's state, for reuse.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Reset()
        {
            First = Last = Start = End = TokenCount = 0;
            Text = Key = "";
            Honorific = false;
            Gender = Gender.Unknown;
            Votes = default;
            Cluster = null;
            RoleBefore = null;
        }

        public int First;
        public int Last;
        public int Start;
        public int End;
        public string Text = "";
        public string Key = "";
        public int TokenCount;
        public bool Honorific;
        public Gender Gender;
        public TypeVotes Votes;
        public Cluster? Cluster;
        public string? RoleBefore;
    }

    /// <summary>
    /// A capitalized token counts as a possible name unless it is a common word; at a sentence
    /// start or in a headline, where capitals are forced, it also needs evidence: a gazetteer
    /// entry, the same word capitalized mid-sentence elsewhere, or a speech verb right after.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void MarkNameCapable()
    {
        for (var i = 0; i < count; i++)
        {
            ref var t = ref toks[i];
            if (!t.Has(TokFlags.Cap)) continue;
            var core = Core(i);
            // "her rep told People": a common word capitalized mid-sentence that a gazetteer knows is that name.
            if (t.Has(TokFlags.NonName) && !IsForcedCapital(i) && Is(i, WordClass.KnownName) && Word(i).KnownType == EntityType.Organization)
            {
                t.Flags |= TokFlags.NameCapable;
                continue;
            }
            if (t.Has(TokFlags.NonName) || core is "I" || IsPluralAcronym(core)) continue;
            if (!IsForcedCapital(i) || HasNameEvidence(i, core)) toks[i].Flags |= TokFlags.NameCapable;
        }
        // Second pass: a forced capital right before a mid-sentence name ("Bettie Page died"), or a
        // headline word right after a first name ("Lindsay Lohan Checks"), is part of that name.
        for (var i = 0; i < count; i++)
        {
            ref var t = ref toks[i];
            if (!t.Has(TokFlags.Cap) || t.Has(TokFlags.NonName) || t.Has(TokFlags.NameCapable)) continue;
            var core = Core(i);
            if (core is "I" || IsPluralAcronym(core)) continue;
            var next = i + 1 < count && !t.Has(TokFlags.Possessive) && CanJoin(i, i + 1) ? i + 1 : -1;
            if (next > 0 && !t.Has(TokFlags.Headline) && !IsForcedCapital(next) && Capable(next) && !SeenLowercase(core)
                && !Is(i, WordClass.RoleNoun | WordClass.Honorific))
                t.Flags |= TokFlags.NameCapable;
            else if (next > 0 && next + 1 < count && !t.Has(TokFlags.Headline) && Core(next) is "and" && CanJoin(next, next + 1)
                && Capable(next + 1) && !SeenLowercase(core) && !Is(i, WordClass.RoleNoun))
                t.Flags |= TokFlags.NameCapable; // "Berg and Tom Rye trained": coordinated with a name

            else if (t.Has(TokFlags.Headline) && i > 0 && CanJoin(i - 1, i) && Is(i - 1, WordClass.FirstName) && Capable(i - 1))
                t.Flags |= TokFlags.NameCapable;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsForcedCapital(int i) => toks[i].Has(TokFlags.SentenceStart | TokFlags.QuoteStart | TokFlags.Headline);

    // Whether the scratch word sets hold this document's words yet: each is built at its first question.
    private bool midSentenceCapitalsBuilt;
    private bool lowercaseWordsBuilt;

    /// <summary>Hashes of the words capitalized where capitals are not forced, built once per document.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private WordHashSet MidSentenceCapitals()
    {
        var set = scratch.MidSentenceCapitals;
        if (midSentenceCapitalsBuilt) return set;
        midSentenceCapitalsBuilt = true;
        for (var k = 0; k < count; k++)
            if (toks[k].Has(TokFlags.Cap) && !IsForcedCapital(k)) set.Add(Hash(Core(k), lower: false));
        return set;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private WordHashSet LowercaseWords()
    {
        var set = scratch.LowercaseWords;
        if (lowercaseWordsBuilt) return set;
        lowercaseWordsBuilt = true;
        for (var k = 0; k < count; k++)
            if (toks[k].Has(TokFlags.Lower)) set.Add(Hash(Core(k), lower: false));
        return set;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ulong Hash(ReadOnlySpan<char> w, bool lower)
    {
        var h = 14695981039346656037UL;
        if (lower)
            foreach (var c in w) { h ^= LowerChar(c); h *= 1099511628211UL; }
        else
            foreach (var c in w) { h ^= c; h *= 1099511628211UL; }
        return h;
    }

    // A document's first few questions to each word set scan its tokens instead: a scan costs about a nanosecond a
    // token, a set about ten for each word it holds. Mid-sentence capitals are few (a set pays after two questions,
    // and documents ask about ten); lowercase words are most words (a set pays after about eight, and documents ask one).
    private const int ScansBeforeCapitalSet = 2;
    private const int ScansBeforeLowercaseSet = 8;
    private int midSentenceCapitalScans;
    private int lowercaseWordScans;

    /// <summary>Whether <paramref name="core"/> is written capitalized somewhere capitals are not forced.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsMidSentenceCapital(ReadOnlySpan<char> core)
    {
        if (++midSentenceCapitalScans > ScansBeforeCapitalSet) return MidSentenceCapitals().Contains(Hash(core, lower: false));
        for (var k = 0; k < count; k++)
            if (toks[k].Length == core.Length && toks[k].Has(TokFlags.Cap) && !IsForcedCapital(k) && Core(k).SequenceEqual(core)) return true;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool HasNameEvidence(int i, ReadOnlySpan<char> core)
    {
        if (Is(i, WordClass.FirstName | WordClass.KnownName | WordClass.Honorific)) return true;
        if (IsMidSentenceCapital(core)) return true;
        if (toks[i].Has(TokFlags.Headline)) return false;
        if (toks[i].Has(TokFlags.AllCaps)) return true;
        return i + 1 < count && toks[i + 1].Has(TokFlags.Lower) && SpeechVerbs.Contains(Core(i + 1)) && !SeenLowercase(core);
    }

    /// <summary>Whether the word also appears in lowercase in the document ("Ketamine" … "ketamine").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    [SkipLocalsInit] // the buffer is written before it is read
    private bool SeenLowercase(ReadOnlySpan<char> word)
    {
        if (++lowercaseWordScans > ScansBeforeLowercaseSet) return LowercaseWords().Contains(Hash(word, lower: true));
        const int maxStackWord = 64;
        var lower = word.Length <= maxStackWord ? stackalloc char[word.Length] : new char[word.Length];
        for (var c = 0; c < word.Length; c++) lower[c] = LowerChar(word[c]);
        for (var k = 0; k < count; k++)
            if (toks[k].Length == lower.Length && toks[k].Has(TokFlags.Lower) && Core(k).SequenceEqual(lower)) return true;
        return false;
    }

    // Invariant lowercasing of one character, ASCII without the runtime.
    private static char LowerChar(char c) => char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c < 0x80 ? c : char.ToLowerInvariant(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsPluralAcronym(ReadOnlySpan<char> w) => w.Length >= 3 && w[^1] == 's' && IsAllCaps(w[..^1]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Capable(int i) => toks[i].Has(TokFlags.NameCapable);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<NameRun> BuildRuns()
    {
        var runs = scratch.Runs;
        var i = 0;
        while (i < count)
        {
            if (!Capable(i) && !StartsKnownName(i)) { i++; continue; }
            var j = i;
            while (j + 1 < count && j - i + 1 < options.MaxNameTokens)
            {
                if (toks[j].Has(TokFlags.Possessive) && !IsSuffixWord(j + 1)) break;
                if (CanJoin(j, j + 1) && Capable(j + 1)) { j++; continue; }
                if (IsInteriorCommonWord(j + 1) && CanJoin(j, j + 1)) { j += 2; continue; }
                if (CanJoin(j, j + 1) && toks[j + 1].Has(TokFlags.Cap) && IsSuffixWord(j + 1) && !toks[j].Has(TokFlags.Possessive)) { j++; continue; }
                if (j + 2 < count && IsConnector(j + 1, j) && CanJoin(j, j + 1) && CanJoin(j + 1, j + 2) && Capable(j + 2)) { j += 2; continue; }
                break;
            }
            // "New York City Councilman Jumaane Williams": a title inside a run starts a new name.
            var from = i;
            for (var k = i + 1; k < j; k++)
            {
                if (!toks[k].Has(TokFlags.Cap) || !Is(k, WordClass.Honorific) || Is(k, WordClass.FirstName)) continue;
                if (KeyFits(from, k) && lex.Honorifics.Contains(KeySpan(from, k))) continue; // "Senior Trooper"
                if (MakeRun(from, k - 1) is { } head) runs.Add(head);
                from = k;
            }
            var split = FirstNameSplit(from, j);
            if (split > from)
            {
                if (MakeRun(from, split - 1) is { } head) runs.Add(head);
                from = split;
            }
            var run = MakeRun(from, j);
            if (run is not null) runs.Add(run);
            i = j + 1;
        }
        return runs;
    }

    /// <summary>
    /// "Charger Vincent Jackson", "Fired Jim O'Brien": a first name inside a run, after words that are
    /// no part of a personal name, starts the person's name. Returns its index, or <paramref name="first"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int FirstNameSplit(int first, int last)
    {
        const int maxPersonalNameTokens = 3;
        for (var k = first + 1; k < last; k++)
        {
            if (!Is(k, WordClass.FirstName) || last - k + 1 > maxPersonalNameTokens) continue;
            for (var p = first; p < k; p++)
            {
                if (Is(p, WordClass.FirstName) || toks[p].Length == 1 || Is(p, WordClass.Honorific) || IsSuffixWord(p) || toks[p].Has(TokFlags.Possessive)) return first;
            }
            if (MayOpen(first, WordClass.KnownNameHead))
                for (var e = k; e <= last; e++)
                    if (KeyFits(first, e) && lex.KnownNames.Contains(KeySpan(first, e))) return first; // "San Diego Chargers"
            return k;
        }
        return first;
    }

    /// <summary>"New Zealand", "New York Yankees": a common word that opens a gazetteer name.</summary>
    /// <remarks>Inlined, its flags test first: <see cref="BuildRuns"/> asks it of nearly every token, and few are capitalized common words.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool StartsKnownName(int i) =>
        (toks[i].Flags & (TokFlags.Cap | TokFlags.NonName)) == (TokFlags.Cap | TokFlags.NonName) && CommonWordStartsKnownName(i);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool CommonWordStartsKnownName(int i)
    {
        if (i + 1 >= count || !MayOpen(i, WordClass.KnownNameHead) || !CanJoin(i, i + 1)) return false;
        var last = Math.Min(count - 1, i + lex.MaxKnownNameTokens - 1);
        for (var j = i + 1; j <= last; j++)
        {
            if (j > i + 1 && !CanJoin(j - 1, j)) break;
            if (KeyFits(i, j) && lex.KnownNames.Contains(KeySpan(i, j))) return true;
        }
        return false;
    }

    /// <summary>A capitalized common word inside a name, between two name words: "National Son's Day".</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsInteriorCommonWord(int k)
    {
        if (k + 1 >= count || !toks[k].Has(TokFlags.Cap) || !toks[k].Has(TokFlags.NonName) || IsForcedCapital(k)) return false;
        if (!CanJoin(k, k + 1) || !(Capable(k + 1) || (toks[k + 1].Has(TokFlags.Cap) && IsSuffixWord(k + 1)))) return false;
        return !toks[k].Has(TokFlags.Possessive) || IsSuffixWord(k + 1);
    }

    /// <summary>
    /// Whether a key of token <paramref name="i"/> and the tokens after it may be a multi-word entry whose first words are
    /// marked <paramref name="head"/>. A possessive token keeps its "'s" inside a key, so the lexicon cannot tell: it may.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool MayOpen(int i, WordClass head) => toks[i].Has(TokFlags.Possessive) || Is(i, head);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsSuffixWord(int i)
    {
        return i < count && Is(i, WordClass.OrgSuffix | WordClass.PlaceSuffix | WordClass.EventSuffix);
    }

    /// <remarks>Inlined for the usual single space between two words; any other gap is read by <see cref="CanJoinAcross"/>.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool CanJoin(int a, int b)
    {
        var end = toks[a].FullEnd;
        return (toks[b].Start - end == 1 && text[end] == ' ') || CanJoinAcross(a, b);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool CanJoinAcross(int a, int b)
    {
        var gap = text.AsSpan(toks[a].FullEnd, toks[b].Start - toks[a].FullEnd);
        if (gap.Length == 0) return false;
        var plain = true;
        foreach (var c in gap) if (c is not (' ' or '\u00A0')) { plain = false; break; }
        if (plain) return true;
        if (gap is ". " && (toks[a].FullLength == 1 && char.IsUpper(text[toks[a].Start]) || Is(a, WordClass.Honorific))) return true;
        return gap is " & ";
    }

    private static readonly string[] Particles = ["de", "da", "del", "della", "der", "den", "van", "von", "bin", "ibn", "al", "la", "le", "du", "dos", "das"];
    private static readonly string[] OfHeads = ["Republic", "Kingdom", "States", "Secretary", "Duke", "Duchess", "Cape", "Isle", "Sea", "Emirates", "Bank", "Minister", "Mayor", "Governor"];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsConnector(int k, int before)
    {
        if (!toks[k].Has(TokFlags.Lower)) return false;
        var w = Core(k);
        if (w is "of")
        {
            var head = Core(before);
            if (IsSuffixWord(before) || Is(before, WordClass.Honorific)) return true;
            foreach (var h in OfHeads) if (head.Equals(h, StringComparison.Ordinal)) return true;
            return false;
        }
        foreach (var p in Particles) if (w.Equals(p, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Strips leading titles ("President", "Dr.") and builds the run's key and type votes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private NameRun? MakeRun(int first, int last)
    {
        var run = scratch.NewRun();
        while (first < last)
        {
            var stripped = false;
            for (var len = Math.Min(lex.MaxHonorificTokens, last - first); len >= 1; len--)
            {
                if ((len > 1 && !MayOpen(first, WordClass.HonorificHead)) || !IsHonorific(first, first + len - 1, out var g)) continue;
                // "Major League Baseball", "General Motors": a title before an institution's name is part of it.
                if (IsSuffixWord(first + len) || IsSuffixWord(last) || (toks[first + len].Has(TokFlags.NonName) && !Is(first + len, WordClass.FirstName))) break;
                run.Honorific = true;
                if (g != Gender.Unknown) run.Gender = g;
                if (len == 1) run.RoleBefore = Core(first).ToString().ToLowerInvariant();
                first += len;
                stripped = true;
                break;
            }
            if (!stripped) break;
        }
        if (first > last || (first == last && Is(first, WordClass.Honorific) && !Is(first, WordClass.FirstName)))
        {
            scratch.ReturnRun();
            return null;
        }
        run.First = first;
        run.Last = last;
        run.Start = toks[first].Start;
        run.End = toks[last].End;
        run.Text = text[run.Start..run.End];
        // Most names are written with single spaces, and then the key is the text itself: no second string.
        run.Key = SingleSpaced(first, last) ? run.Text : KeyOf(first, last);
        run.TokenCount = last - first + 1;
        VoteType(run);
        return run;
    }

    private const int MaxKeyChars = 128;

    /// <summary>
    /// Whether tokens first..last are an honorific, and its gender. One token's answer is in its lexicon word, looked up
    /// already: every list is in <see cref="EntityLexicon.Words"/>, under the same lowercased key.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsHonorific(int first, int last, out Gender gender)
    {
        if (first == last)
        {
            var word = Word(first);
            gender = word.HonorificGender;
            return word.Is(WordClass.Honorific);
        }
        gender = Gender.Unknown;
        return KeyFits(first, last) && lex.Honorifics.TryGet(KeySpan(first, last), out gender);
    }

    /// <summary>Whether the run's key is a gazetteer name, and its type: a one-word key is its token's core, whose word says.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsKnownName(NameRun r, out EntityType type)
    {
        if (r.TokenCount == 1)
        {
            var word = Word(r.First);
            type = word.KnownType;
            return word.Is(WordClass.KnownName);
        }
        return lex.KnownNames.TryGet(r.Key, out type);
    }

    /// <summary>Whether tokens first..last are a gazetteer name, and its type; as <see cref="IsHonorific"/>, one token's word says.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsKnownKey(int first, int last, out EntityType type)
    {
        if (first == last)
        {
            var word = Word(first);
            type = word.KnownType;
            return word.Is(WordClass.KnownName);
        }
        type = EntityType.Other;
        return KeyFits(first, last) && lex.KnownNames.TryGet(KeySpan(first, last), out type);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool KeyFits(int first, int last) => toks[last].End - toks[first].Start <= MaxKeyChars;

    /// <summary>The lookup key of tokens first..last (words joined by single spaces) written into a reused buffer.</summary>
    private readonly char[] keyBuffer = new char[MaxKeyChars];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ReadOnlySpan<char> KeySpan(int first, int last)
    {
        var buffer = keyBuffer.AsSpan();
        var pos = 0;
        for (var k = first; k <= last; k++)
        {
            if (k > first) buffer[pos++] = ' ';
            var w = k < last ? text.AsSpan(toks[k].Start, toks[k].FullLength) : Core(k);
            w.CopyTo(buffer[pos..]);
            pos += w.Length;
        }
        return buffer[..pos];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool SingleSpaced(int first, int last)
    {
        for (var k = first; k < last; k++)
            if (toks[k + 1].Start - toks[k].FullEnd != 1 || text[toks[k].FullEnd] != ' ') return false;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string KeyOf(int first, int last)
    {
        if (first == last) return Core(first).ToString();
        // Inner words keep their possessive ("National Son's Day"); the last one is the mention's end.
        if (KeyFits(first, last)) return KeySpan(first, last).ToString();
        var length = 0;
        for (var k = first; k <= last; k++) length += (k < last ? toks[k].FullLength : toks[k].Length) + 1;
        var buffer = new char[length - 1];
        var pos = 0;
        for (var k = first; k <= last; k++)
        {
            if (k > first) buffer[pos++] = ' ';
            var w = k < last ? text.AsSpan(toks[k].Start, toks[k].FullLength) : Core(k);
            w.CopyTo(buffer.AsSpan(pos));
            pos += w.Length;
        }
        return new string(buffer);
    }

    private static readonly string[] PlacePrefixes = ["Mount", "Mt", "Lake", "Fort", "Port", "Cape", "Isle", "Gulf", "Bay", "Lake", "Saint", "San", "Santa"];
    private static readonly string[] PlaceNouns = ["city", "town", "village", "villages", "state", "province", "capital", "island", "country", "region", "county", "district", "suburb", "neighborhood", "neighbourhood"];

    // The type a name with no cue at all leans to: "other" keeps it open to the cross-document registry, which
    // may still attach a lone word to the person or organization it names (measured: a lean to "place" turned
    // T17's lone "Assad" and "Obama" into places).
    private const EntityType TypeWithoutCue = EntityType.Other;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void VoteType(NameRun r)
    {
        double strong = options.StrongTypeVote, weak = options.WeakTypeVote;
        ref var v = ref r.Votes;
        v[(int)TypeWithoutCue] += options.DefaultTypeVote;
        if (r.Honorific) v[(int)EntityType.Person] += strong;
        var known = IsKnownName(r, out var knownType);
        if (known) v[(int)knownType] += strong;
        var suffixed = false;
        if (r.TokenCount >= 2 && !known)
        {
            var head = HeadBeforeOf(r);
            if (Is(head, WordClass.OrgSuffix)) { v[(int)EntityType.Organization] += strong; suffixed = true; }
            else if (Is(head, WordClass.PlaceSuffix)) { v[(int)EntityType.Place] += strong; suffixed = true; }
            else if (Is(head, WordClass.EventSuffix)) { v[(int)EntityType.Other] += strong; suffixed = true; }
            else if (StartsWithKnownPlace(r)) { v[(int)EntityType.Organization] += strong; suffixed = true; }
            else if (IsOneOf(Core(r.First), PlacePrefixes)) { v[(int)EntityType.Place] += strong; suffixed = true; }
            if (!suffixed && r.TokenCount <= 4 && Is(r.First, WordClass.FirstName))
            {
                var g = Word(r.First).FirstNameGender;
                v[(int)EntityType.Person] += strong;
                if (r.Gender == Gender.Unknown) r.Gender = g;
            }
            // Unknown two- to four-word names in news are mostly people's.
            if (!suffixed && r.TokenCount <= 4 && LooksLikePersonalName(r)) v[(int)EntityType.Person] += options.UnknownNameVote;
        }
        else if (r.TokenCount == 1)
        {
            var word = Core(r.Last);
            if (Is(r.Last, WordClass.FirstName)) { v[(int)EntityType.Person] += weak; if (r.Gender == Gender.Unknown) r.Gender = Word(r.Last).FirstNameGender; }
            if (toks[r.Last].Has(TokFlags.AllCaps) && !known) v[(int)EntityType.Organization] += strong;
            else if (!known && IsPluralName(word) && !Is(r.Last, WordClass.FirstName)) v[(int)EntityType.Organization] += weak;
        }

        if (r.First > 0 && CanJoin(r.First - 1, r.First))
        {
            var p = r.First - 1;
            var pw = Core(p);
            if (toks[p].Has(TokFlags.Lower))
            {
                if (Is(p, WordClass.RoleNoun))
                {
                    var rg = Word(p).RoleGender;
                    v[(int)EntityType.Person] += weak;
                    r.RoleBefore = pw.ToString().ToLowerInvariant();
                    if (r.Gender == Gender.Unknown) r.Gender = rg;
                }
                else if (Is(p, WordClass.Honorific)) v[(int)EntityType.Person] += strong;
                else if (pw is "named" or "dubbed" or "nicknamed" || pw.EndsWith("-old", StringComparison.Ordinal)) v[(int)EntityType.Person] += weak;
                else if (pw is "in" or "from" or "near" or "across" or "throughout" or "outside" or "inside" && !toks[r.Last].Has(TokFlags.Possessive))
                    v[(int)EntityType.Place] += weak;
                else if (pw is "of" && p > 0 && IsOneOf(Core(p - 1), PlaceNouns)) v[(int)EntityType.Place] += strong;
            }
        }
        if (r.Last + 1 < count && toks[r.Last + 1].Has(TokFlags.Lower))
        {
            var next = Core(r.Last + 1);
            if (SpeechVerbs.Contains(next)) v[(int)EntityType.Person] += weak;
            else if (next is "administration" or "presidency") v[(int)EntityType.Person] += strong; // "the Bush administration"
        }
        if (FollowedByAge(toks[r.Last].FullEnd)) v[(int)EntityType.Person] += weak;
    }

    /// <summary>Every word capitalized with lowercase after (initials allowed): "Torii Hunter", not "ADSL Internet".</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool LooksLikePersonalName(NameRun r)
    {
        for (var k = r.First; k <= r.Last; k++)
        {
            var w = Core(k);
            if (w.Length <= 2) continue; // initials: "J.", "CC"
            if (toks[k].Has(TokFlags.AllCaps) || !toks[k].Has(TokFlags.Cap) || w.ContainsAny("0123456789")) return false;
        }
        return true;
    }

    /// <summary>"University of Athens" is typed by "University"; other names by their last word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int HeadBeforeOf(NameRun r)
    {
        for (var k = r.First + 1; k < r.Last; k++)
            if (toks[k].Has(TokFlags.Lower) && Core(k) is "of") return k - 1;
        return r.Last;
    }

    /// <summary>"Indianapolis Colts", "Vancouver Police": a known place followed by more name words is an institution or team.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool StartsWithKnownPlace(NameRun r)
    {
        var multiWord = MayOpen(r.First, WordClass.KnownNameHead);
        for (var j = r.First; j < r.Last && (j == r.First || multiWord); j++)
        {
            if (!IsKnownKey(r.First, j, out var t)) continue;
            if (t == EntityType.Organization || (t == EntityType.Place && !Is(r.First, WordClass.FirstName))) return true;
        }
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsPluralName(ReadOnlySpan<char> w) => w.Length > 3 && w[^1] == 's' && w[^2] is not ('s' or 'u' or 'i');

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsOneOf(ReadOnlySpan<char> w, string[] words)
    {
        foreach (var x in words) if (w.Equals(x, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>", 35," or ", 5." right after a name gives a person's age.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool FollowedByAge(int pos)
    {
        const int maxAgeDigits = 3;
        if (pos + 2 >= text.Length || text[pos] != ',' || text[pos + 1] != ' ') return false;
        var k = pos + 2;
        var digits = 0;
        while (k < text.Length && char.IsAsciiDigit(text[k])) { k++; digits++; }
        if (digits is 0 or > maxAgeDigits) return false;
        return k == text.Length || text[k] is ',' or '.' or ')' or ';' || (char.IsWhiteSpace(text[k]) && (k + 1 >= text.Length || !char.IsLetterOrDigit(text[k + 1]) || char.IsLower(text[k + 1])));
    }
}
