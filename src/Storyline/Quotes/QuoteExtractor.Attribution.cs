using System.Runtime.CompilerServices;
using Storyline.Entities;
using Storyline.Text;

namespace Storyline.Quotes;

public sealed partial class QuoteExtractor
{
    /// <summary>The clauses around a quotation and, when found, its verb and the words that name the speaker.</summary>
    private readonly record struct Attribution(
        string? Verb, int PhraseStart, int PhraseEnd, bool Strong,
        int BeforeStart, int BeforeEnd, int AfterStart, int AfterEnd)
    {
        /// <summary>Where the speaker may be named when the phrase itself only describes them ("her nephew, Ravi Singh,").</summary>
        public int WiderStart { get; init; }
        public int WiderEnd { get; init; }

        public int ClauseEnd => AfterEnd;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Attribution FindAttribution(Doc doc, QuoteSpan span)
    {
        var text = doc.Text;
        var afterStart = Math.Min(span.After, text.Length);
        // A quotation that closes on a period ends its sentence: what follows is not its attribution.
        var closesSentence = span.ContentEnd > span.ContentStart && text[span.ContentEnd - 1] == '.';
        var afterEnd = closesSentence ? afterStart : SentenceEnd(text, afterStart);
        var beforeEnd = span.Open;
        var beforeStart = SentenceStart(doc, beforeEnd);
        var none = new Attribution(null, 0, 0, false, beforeStart, beforeEnd, afterStart, afterEnd);

        var after = doc.Tokens(afterStart, afterEnd, 0);
        for (var k = 0; k < after.Count && k < Options.VerbWindowAfter; k++)
        {
            var t = after[k];
            var w = text.AsSpan(t.Start, t.Length);
            if (doc.InsideQuote(t.Start)) break;
            if (IsAccordingTo(text, after, k))
            {
                var ps = after[k + 1].End;
                return none with { Verb = "according to", PhraseStart = ps, PhraseEnd = UpToComma(text, ps, afterEnd), Strong = true };
            }
            if (!char.IsLower(w[0]) || !SpeechVerbs.Contains(w)) continue;
            var verb = w.ToString();
            if (k == 0)
            {
                var ps = t.End;
                var pe = UpToComma(text, ps, afterEnd);
                var wider = pe < afterEnd ? UpToComma(text, pe + 1, afterEnd) : pe;
                return none with { Verb = verb, PhraseStart = ps, PhraseEnd = pe, Strong = true, WiderStart = ps, WiderEnd = wider };
            }
            var phraseEnd = t.Start;
            if (IsOnlyConnectives(doc, afterStart, phraseEnd)) break;
            var phraseStart = after[0].Start;
            return none with
            {
                Verb = verb, PhraseStart = phraseStart, PhraseEnd = UpToComma(text, phraseStart, phraseEnd), Strong = true,
                WiderStart = phraseStart, WiderEnd = phraseEnd,
            };
        }

        var before = doc.Tokens(beforeStart, beforeEnd, 1);
        for (var k = before.Count - 1; k >= 0; k--)
        {
            var t = before[k];
            if (doc.InsideQuote(t.Start)) continue;
            var w = text.AsSpan(t.Start, t.Length);
            if (k + 1 < before.Count && IsAccordingTo(text, before, k))
            {
                var ps = before[k + 1].End;
                return none with { Verb = "according to", PhraseStart = ps, PhraseEnd = UpToComma(text, ps, beforeEnd), Strong = true };
            }
            if (!char.IsLower(w[0]) || !SpeechVerbs.Contains(w)) continue;
            // "the caption", "the emotional post": words that are also nouns count only after a subject, not a determiner.
            if (k > 0 && IsDeterminer(text.AsSpan(before[k - 1].Start, before[k - 1].Length))) continue;
            if (SpeechVerbs.IsAlsoNoun(w)) continue;
            var adjacent = before.Count - k <= 2;
            var verbStart = t.Start;
            return none with
            {
                Verb = w.ToString(), PhraseStart = ClauseStartBefore(text, beforeStart, verbStart), PhraseEnd = verbStart, Strong = adjacent,
                WiderStart = beforeStart, WiderEnd = verbStart,
            };
        }
        return none;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsOnlyConnectives(Doc doc, int start, int end)
    {
        foreach (var t in doc.Tokens(start, end, 2))
        {
            var w = doc.Text.AsSpan(t.Start, t.Length);
            if (!(w is "and" or "but" or "or" or "then" or "that" or "which" or "who" or "as" or "so")) return false;
        }
        return true;
    }

    private static bool IsDeterminer(ReadOnlySpan<char> w) => IsOneOf(w, Determiners, StringComparison.OrdinalIgnoreCase);

    // Asked of every token of the clauses around every quotation, from loops compiled optimized: inlined there.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsAccordingTo(string text, List<TokenSpan> tokens, int k) =>
        k + 1 < tokens.Count
        && text.AsSpan(tokens[k].Start, tokens[k].Length).Equals("according", StringComparison.OrdinalIgnoreCase)
        && text.AsSpan(tokens[k + 1].Start, tokens[k + 1].Length).Equals("to", StringComparison.Ordinal);

    // The small helpers of the optimized attribution methods are inlined into them (IsAddressee, larger, is compiled
    // optimized at once): called per quotation, each compiled twice otherwise, unoptimized and then tiered up.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int UpToComma(string text, int start, int end)
    {
        var comma = text.AsSpan(start, end - start).IndexOfAny(",;(");
        return comma < 0 ? end : start + comma;
    }

    /// <summary>The start of the clause that holds the verb: after the last comma-free stretch's opening, or the sentence start.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ClauseStartBefore(string text, int sentenceStart, int verbStart)
    {
        // A leading adverbial ("In an Instagram post shared on Sept. 28, the model penned") is cut at its comma.
        var comma = text.AsSpan(sentenceStart, verbStart - sentenceStart).LastIndexOf(',');
        return comma < 0 ? sentenceStart : sentenceStart + comma + 1;
    }

    // A line break ends a sentence; the others end one before a space. Searched for with the runtime's vectorized scan for
    // a few values, which the runtime ships precompiled (a SearchValues set would compile its own search at first use).
    private const string SentenceMarks = "\n.!?";

    /// <summary>End of the sentence that starts at <paramref name="from"/>: . ! ? before a space, a line break, or another quotation.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int SentenceEnd(string text, int from)
    {
        var limit = Math.Min(text.Length, from + Options.MaxSentenceChars);
        for (var i = from; i < limit; i++)
        {
            var skip = text.AsSpan(i, limit - i).IndexOfAny(SentenceMarks);
            if (skip < 0) break;
            i += skip;
            if (text[i] == '\n') return i;
            if ((i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])) && !EndsAbbreviation(text, i)) return i;
        }
        return limit;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int SentenceStart(Doc doc, int to)
    {
        var text = doc.Text;
        var limit = Math.Max(0, to - Options.MaxSentenceChars);
        for (var i = to - 1; i >= limit; i--)
        {
            i = limit + text.AsSpan(limit, i + 1 - limit).LastIndexOfAny(SentenceMarks);
            if (i < limit) break;
            if (text[i] == '\n') return i + 1;
            if (i + 1 < to && char.IsWhiteSpace(text[i + 1]) && !doc.InsideQuote(i) && !EndsAbbreviation(text, i)) return i + 1;
        }
        return limit;
    }

    /// <summary>A period after an initial or a title ("Sen.", "Sept.", "J.") does not end the sentence.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool EndsAbbreviation(string text, int period)
    {
        if (text[period] != '.') return false;
        var s = period;
        while (s > 0 && char.IsLetter(text[s - 1])) s--;
        var word = text.AsSpan(s, period - s);
        if (word.Length == 0) return false;
        if (word.Length == 1 && char.IsUpper(word[0])) return true;
        return lex.Honorifics.Contains(word) || word is "Jan" or "Feb" or "Aug" or "Sept" or "Sep" or "Oct" or "Nov" or "Dec" or "No" or "vs";
    }

    /// <summary>The phrase names the speaker; when it only describes them, the wider clause may name them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (string? Speaker, int Entity) ResolveAttribution(Doc doc, Attribution a)
    {
        var first = ResolvePhrase(doc, a.PhraseStart, a.PhraseEnd, allowRaw: false);
        if (first.Entity >= 0 || (first.Speaker is not null && a.WiderEnd <= a.WiderStart)) return first;
        if (first.Speaker is null && a.WiderEnd > a.WiderStart)
        {
            var wider = ResolvePhrase(doc, a.WiderStart, a.WiderEnd, allowRaw: false, firstMention: true);
            if (wider.Entity >= 0) return wider;
        }
        return first.Speaker is not null ? first : ResolvePhrase(doc, a.PhraseStart, a.PhraseEnd, allowRaw: true);
    }

    /// <summary>An unattributed quotation after "Darin Schroeder … agreed with the decision." is the previous sentence's subject's.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (string? Speaker, int Entity) PreviousSentenceSubject(Doc doc, int open)
    {
        var text = doc.Text;
        var end = open;
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        if (end == 0 || text[end - 1] is not ('.' or '!' or '?' or ':')) return (null, -1);
        var start = SentenceStart(doc, end - 1);
        var mentions = doc.Entities.Mentions;
        for (var i = doc.Entities.FirstMentionEndingAfter(start); i < mentions.Count && mentions[i].Start < end; i++)
        {
            var m = mentions[i];
            if (m.EntityIndex < 0 || m.Type != EntityType.Person || doc.InsideQuote(m.Start) || IsPossessor(text, m.End)) continue;
            return (doc.Entities.Entities[m.EntityIndex].Name, m.EntityIndex);
        }
        return (null, -1);
    }

    private static readonly string[] IndefiniteSpeakers = ["someone", "somebody", "anyone", "everyone", "people", "another", "others", "many", "witnesses", "officials", "police"];

    private static readonly string[] Auxiliaries = ["has", "had", "have", "was", "is", "were", "would", "will", "also", "then", "later", "quietly", "had", "just"];

    private static readonly string[] NonSpeakerNouns =
        ["post", "statement", "caption", "message", "letter", "tweet", "video", "report", "note", "article", "story", "book", "song", "interview", "document", "release"];

    /// <summary>Who the attributing words name: a pronoun, the last entity mentioned, or the words themselves.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (string? Speaker, int Entity) ResolvePhrase(Doc doc, int start, int end, bool allowRaw, bool firstMention = false)
    {
        var text = doc.Text;
        while (start < end && !char.IsLetterOrDigit(text[start])) start++;
        while (end > start && !char.IsLetterOrDigit(text[end - 1])) end--;
        if (end <= start) return (null, -1);
        var tokens = doc.Tokens(start, end, 2);
        if (tokens.Count == 0) return (null, -1);

        var lastTok = tokens[^1];
        var lastWord = text.AsSpan(lastTok.Start, lastTok.Length);
        // "she has apologised", "he also said": a pronoun just before the verb, past auxiliaries, is the subject.
        for (var k = tokens.Count - 1; k >= 0 && k >= tokens.Count - 3; k--)
        {
            var w = text.AsSpan(tokens[k].Start, tokens[k].Length);
            var pronoun = EntityPronoun(w);
            if (pronoun != Gender.Unknown) return ResolvePronoun(doc, tokens[k].Start, pronoun);
            if (!IsOneOf(w, Auxiliaries, StringComparison.OrdinalIgnoreCase)) break;
        }
        // "someone say", "a spokesman stating", "a family friend said": an unnamed speaker right before the verb.
        if (IsOneOf(lastWord, IndefiniteSpeakers, StringComparison.OrdinalIgnoreCase)) return (lastWord.ToString(), -1);
        const int maxIndefiniteWords = 4;
        for (var k = tokens.Count - 1; k >= 0 && k >= tokens.Count - maxIndefiniteWords; k--)
        {
            var w = text.AsSpan(tokens[k].Start, tokens[k].Length);
            if (!char.IsLower(w[0])) break;
            if (w is "a" or "an" or "one" or "another") return (text[tokens[k].Start..end], -1);
        }

        var mentions = doc.Entities.Mentions;
        Mention? person = null, organization = null;
        for (var i = doc.Entities.FirstMentionEndingAfter(start); i < mentions.Count && mentions[i].Start < end; i++)
        {
            var m = mentions[i];
            if (m.Start < start || m.End > end || m.EntityIndex < 0 || doc.InsideQuote(m.Start)) continue;
            if (IsPossessor(text, m.End) || PreviousWord(text, m.Start, out _) is "of") continue;
            if (m.Type == EntityType.Person) { if (!firstMention || person is null) person = m; }
            else if (m.Type == EntityType.Organization) { if (!firstMention || organization is null) organization = m; }
        }
        if ((person ?? organization) is { } c) return (doc.Entities.Entities[c.EntityIndex].Name, c.EntityIndex);
        if (!allowRaw) return (null, -1);

        foreach (var noun in NonSpeakerNouns)
            if (lastWord.Equals(noun, StringComparison.OrdinalIgnoreCase)) return (null, -1);
        const int maxRawSpeakerWords = 8;
        if (tokens.Count > maxRawSpeakerWords) return (null, -1);
        var rawStart = tokens[0].Start;
        if (tokens.Count > 1 && text.AsSpan(rawStart, tokens[0].Length) is "and" or "but" or "And" or "But") rawStart = tokens[1].Start;
        return rawStart < end ? (text[rawStart..end], -1) : (null, -1);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsPossessor(string text, int end)
    {
        var i = end;
        if (i < text.Length && text[i] == ' ' && i + 1 < text.Length && text[i + 1] is '\'' or '’') i++; // "Cheeks ' new"
        return i + 1 < text.Length && text[i] is '\'' or '’' && (text[i + 1] is 's' || !char.IsLetter(text[i + 1]));
    }

    private static Gender EntityPronoun(ReadOnlySpan<char> w) =>
        w.Equals("she", StringComparison.OrdinalIgnoreCase) ? Gender.Female
        : w.Equals("he", StringComparison.OrdinalIgnoreCase) ? Gender.Male
        : Gender.Unknown;

    /// <summary>The nearest person named before <paramref name="before"/>, outside quotes, of a fitting gender, not someone spoken to.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (string? Speaker, int Entity) ResolvePronoun(Doc doc, int before, Gender gender)
    {
        var mentions = doc.Entities.Mentions;
        DocumentEntity? nearUnknown = null;
        for (var i = doc.Entities.FirstMentionEndingAfter(before) - 1; i >= 0; i--)
        {
            var m = mentions[i];
            if (m.End > before || m.EntityIndex < 0 || m.Type != EntityType.Person || doc.InsideQuote(m.Start)) continue;
            if (IsAddressee(doc.Text, m.Start) || IsPossessor(doc.Text, m.End)) continue;
            var e = doc.Entities.Entities[m.EntityIndex];
            if (e.Gender == gender) return (e.Name, e.Index);
            if (e.Gender == Gender.Unknown && nearUnknown is null && before - m.End <= Options.UnknownGenderPronounReach) nearUnknown = e;
        }
        return nearUnknown is not null ? (nearUnknown.Name, nearUnknown.Index) : (gender == Gender.Female ? "she" : "he", -1);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsAddressee(string text, int start)
    {
        var word = PreviousWord(text, start, out var wordStart);
        if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)) word = PreviousWord(text, wordStart, out _);
        return word is "told" or "tells" or "telling" or "asked" or "thanked";
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ReadOnlySpan<char> PreviousWord(string text, int pos, out int wordStart)
    {
        var e = pos;
        while (e > 0 && char.IsWhiteSpace(text[e - 1])) e--;
        var s = e;
        while (s > 0 && !char.IsWhiteSpace(text[s - 1])) s--;
        wordStart = s;
        return text.AsSpan(s, e - s);
    }

    /// <summary>An unattributed quotation continues the previous speaker when no other person is named in between.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsContinuation(Doc doc, Quote previous, int previousAfter, int open)
    {
        if (open < previousAfter) return true; // a second quotation in the same attribution sentence

        var gap = doc.Text.AsSpan(previousAfter, open - previousAfter);
        var breaks = 0;
        for (var i = 0; i < gap.Length; i++)
            if (gap[i] == '\n' && (i == 0 || gap[i - 1] != '\n') && ++breaks > Options.ContinuationParagraphs) return false;
        var mentions = doc.Entities.Mentions;
        for (var i = doc.Entities.FirstMentionEndingAfter(previousAfter); i < mentions.Count && mentions[i].Start < open; i++)
        {
            var m = mentions[i];
            if (m.Type == EntityType.Person && m.Kind == MentionKind.Name && m.EntityIndex != previous.SpeakerEntity && !doc.InsideQuote(m.Start)) return false;
        }
        return true;
    }
}
