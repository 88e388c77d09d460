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
        public int ClauseEnd => AfterEnd;
    }

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

        var after = Tokenizer.Tokenize(text.AsSpan(afterStart, afterEnd - afterStart));
        for (var k = 0; k < after.Count && k < Options.VerbWindowAfter; k++)
        {
            var t = after[k];
            var w = text.AsSpan(afterStart + t.Start, t.Length);
            if (doc.InsideQuote(afterStart + t.Start)) break;
            if (IsAccordingTo(text, afterStart, after, k))
            {
                var ps = afterStart + after[k + 1].End;
                return none with { Verb = "according to", PhraseStart = ps, PhraseEnd = UpToComma(text, ps, afterEnd), Strong = true };
            }
            if (!char.IsLower(w[0]) || !SpeechVerbs.Contains(w)) continue;
            var verb = w.ToString();
            if (k == 0)
            {
                var ps = afterStart + t.End;
                return none with { Verb = verb, PhraseStart = ps, PhraseEnd = UpToComma(text, ps, afterEnd), Strong = true };
            }
            return none with { Verb = verb, PhraseStart = afterStart, PhraseEnd = afterStart + t.Start, Strong = true };
        }

        var before = Tokenizer.Tokenize(text.AsSpan(beforeStart, beforeEnd - beforeStart));
        for (var k = before.Count - 1; k >= 0; k--)
        {
            var t = before[k];
            if (doc.InsideQuote(beforeStart + t.Start)) continue;
            var w = text.AsSpan(beforeStart + t.Start, t.Length);
            if (k + 1 < before.Count && IsAccordingTo(text, beforeStart, before, k))
            {
                var ps = beforeStart + before[k + 1].End;
                return none with { Verb = "according to", PhraseStart = ps, PhraseEnd = UpToComma(text, ps, beforeEnd), Strong = true };
            }
            if (!char.IsLower(w[0]) || !SpeechVerbs.Contains(w)) continue;
            // "the caption", "the emotional post": words that are also nouns count only when inflected as verbs.
            if (k > 0 && IsDeterminer(text.AsSpan(beforeStart + before[k - 1].Start, before[k - 1].Length))) continue;
            if (!(w[^1] is 'd' or 's' || w is "wrote" or "spoke")) continue;
            var adjacent = before.Count - k <= 2;
            return none with { Verb = w.ToString(), PhraseStart = ClauseStartBefore(text, beforeStart, beforeStart + t.Start), PhraseEnd = beforeStart + t.Start, Strong = adjacent };
        }
        return none;
    }

    private static bool IsDeterminer(ReadOnlySpan<char> w) => IsOneOf(w, Determiners, StringComparison.OrdinalIgnoreCase);

    private static bool IsAccordingTo(string text, int offset, List<TokenSpan> tokens, int k) =>
        k + 1 < tokens.Count
        && text.AsSpan(offset + tokens[k].Start, tokens[k].Length).Equals("according", StringComparison.OrdinalIgnoreCase)
        && text.AsSpan(offset + tokens[k + 1].Start, tokens[k + 1].Length).Equals("to", StringComparison.Ordinal);

    private static int UpToComma(string text, int start, int end)
    {
        var comma = text.AsSpan(start, end - start).IndexOfAny(",;(");
        return comma < 0 ? end : start + comma;
    }

    /// <summary>The start of the clause that holds the verb: after the last comma-free stretch's opening, or the sentence start.</summary>
    private static int ClauseStartBefore(string text, int sentenceStart, int verbStart)
    {
        // A leading adverbial ("In an Instagram post shared on Sept. 28, the model penned") is cut at its comma.
        var comma = text.AsSpan(sentenceStart, verbStart - sentenceStart).LastIndexOf(',');
        return comma < 0 ? sentenceStart : sentenceStart + comma + 1;
    }

    /// <summary>End of the sentence that starts at <paramref name="from"/>: . ! ? before a space, a line break, or another quotation.</summary>
    private int SentenceEnd(string text, int from)
    {
        var limit = Math.Min(text.Length, from + Options.MaxSentenceChars);
        for (var i = from; i < limit; i++)
        {
            var c = text[i];
            if (c == '\n') return i;
            if (c is '.' or '!' or '?' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])) && !EndsAbbreviation(text, i)) return i;
        }
        return limit;
    }

    private int SentenceStart(Doc doc, int to)
    {
        var text = doc.Text;
        var limit = Math.Max(0, to - Options.MaxSentenceChars);
        for (var i = to - 1; i >= limit; i--)
        {
            var c = text[i];
            if (c == '\n') return i + 1;
            if (doc.InsideQuote(i)) continue;
            if (c is '.' or '!' or '?' && i + 1 < to && char.IsWhiteSpace(text[i + 1]) && !EndsAbbreviation(text, i)) return i + 1;
        }
        return limit;
    }

    /// <summary>A period after an initial or a title ("Sen.", "Sept.", "J.") does not end the sentence.</summary>
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

    private static readonly string[] NonSpeakerNouns =
        ["post", "statement", "caption", "message", "letter", "tweet", "video", "report", "note", "article", "story", "book", "song", "interview", "document", "release"];

    /// <summary>Who the attributing words name: a pronoun, the last entity mentioned, or the words themselves.</summary>
    private (string? Speaker, int Entity) ResolvePhrase(Doc doc, int start, int end, int quoteOpen)
    {
        var text = doc.Text;
        while (start < end && !char.IsLetterOrDigit(text[start])) start++;
        while (end > start && !char.IsLetterOrDigit(text[end - 1])) end--;
        if (end <= start) return (null, -1);
        var tokens = Tokenizer.Tokenize(text.AsSpan(start, end - start));
        if (tokens.Count == 0) return (null, -1);

        var lastTok = tokens[^1];
        var lastWord = text.AsSpan(start + lastTok.Start, lastTok.Length);
        var pronoun = EntityPronoun(lastWord);
        if (pronoun != Gender.Unknown) return ResolvePronoun(doc, start + lastTok.Start, pronoun);

        var mentions = doc.Entities.Mentions;
        Mention? chosen = null;
        for (var i = doc.Entities.FirstMentionEndingAfter(start); i < mentions.Count && mentions[i].Start < end; i++)
        {
            var m = mentions[i];
            if (m.Start < start || m.End > end || m.EntityIndex < 0) continue;
            if (m.Type is not (EntityType.Person or EntityType.Organization)) continue;
            if (IsPossessor(text, m.End)) continue;
            chosen = m;
        }
        if (chosen is { } c) return (doc.Entities.Entities[c.EntityIndex].Name, c.EntityIndex);

        foreach (var noun in NonSpeakerNouns)
            if (lastWord.Equals(noun, StringComparison.OrdinalIgnoreCase)) return (null, -1);
        const int maxRawSpeakerWords = 8;
        if (tokens.Count > maxRawSpeakerWords) return (null, -1);
        var rawStart = start + tokens[0].Start;
        if (tokens.Count > 1 && text.AsSpan(rawStart, tokens[0].Length) is "and" or "but" or "And" or "But") rawStart = start + tokens[1].Start;
        return (text[rawStart..end], -1);
    }

    private static bool IsPossessor(string text, int end) =>
        end + 1 < text.Length && text[end] is '\'' or '’' && (text[end + 1] is 's' || !char.IsLetter(text[end + 1]));

    private static Gender EntityPronoun(ReadOnlySpan<char> w) =>
        w.Equals("she", StringComparison.OrdinalIgnoreCase) ? Gender.Female
        : w.Equals("he", StringComparison.OrdinalIgnoreCase) ? Gender.Male
        : Gender.Unknown;

    /// <summary>The nearest person named before <paramref name="before"/>, outside quotes, of a fitting gender, not someone spoken to.</summary>
    private static (string? Speaker, int Entity) ResolvePronoun(Doc doc, int before, Gender gender)
    {
        var mentions = doc.Entities.Mentions;
        for (var i = doc.Entities.FirstMentionEndingAfter(before) - 1; i >= 0; i--)
        {
            var m = mentions[i];
            if (m.End > before || m.EntityIndex < 0 || m.Type != EntityType.Person || doc.InsideQuote(m.Start)) continue;
            var e = doc.Entities.Entities[m.EntityIndex];
            if (e.Gender != Gender.Unknown && e.Gender != gender) continue;
            if (IsAddressee(doc.Text, m.Start)) continue;
            return (e.Name, e.Index);
        }
        return (gender == Gender.Female ? "she" : "he", -1);
    }

    private static bool IsAddressee(string text, int start)
    {
        var word = PreviousWord(text, start, out var wordStart);
        if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)) word = PreviousWord(text, wordStart, out _);
        return word is "told" or "tells" or "telling" or "asked" or "thanked";
    }

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
    private bool IsContinuation(Doc doc, Quote previous, int previousAfter, int open)
    {
        if (open < previousAfter) return false;
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
