using System.Runtime.CompilerServices;
using Storyline.Entities;
using Storyline.Text;

namespace Storyline.Quotes;

/// <summary>
/// Finds direct quotations and who said them: "…," she wrote / said Smith / Legend told ET's
/// Kevin Frazier / She added, "…". Pronouns resolve to the nearest fitting person named
/// before the quote, descriptions through the recognizer's coreference, and an unattributed
/// quotation that follows another keeps its speaker. Thread-safe; never throws on odd input.
/// </summary>
/// <remarks>Its loops are compiled optimized at their first call: an ingest is a single pass, which tiered compilation would start in unoptimized code.</remarks>
public sealed partial class QuoteExtractor
{
    private readonly EntityLexicon lex = EntityLexicon.Default;

    /// <summary>Creates an extractor.</summary>
    public QuoteExtractor(QuoteExtractorOptions? options = null) => Options = options ?? QuoteExtractorOptions.Default;

    /// <summary>The settings in use.</summary>
    public QuoteExtractorOptions Options { get; }

    /// <summary>The quotations of one text, in order; <paramref name="entities"/> must come from the same text.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public IReadOnlyList<Quote> Extract(string articleId, string? text, DocumentEntities entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        if (string.IsNullOrEmpty(text)) return [];
        // Entities of another text would point past this one: use none rather than fail.
        if (entities.Mentions.Count > 0 && entities.Mentions[^1].End > text.Length) entities = DocumentEntities.Empty(articleId);
        var spans = entities.QuoteSpans is { } known && ReferenceEquals(known.Text, text) ? known.Spans : QuoteSpans.Find(text);
        var quotes = new List<Quote>();
        var doc = new Doc(text, entities, spans);
        Quote? previous = null;
        var previousAfter = 0;
        // Word counts are only compared with these limits: counting stops past the largest, not at the quotation's end.
        var wordCap = Math.Max(Math.Max(Options.MinWords, Options.MinAttributedWords), Math.Max(Options.MinPartialWords, (int)Math.Min(int.MaxValue, Options.MaxTitleWords + 1L)));
        foreach (var span in spans)
        {
            var (cStart, cEnd) = TrimContent(text, span.ContentStart, span.ContentEnd);
            if (cEnd <= cStart) continue;
            var content = text.AsSpan(cStart, cEnd - cStart);
            var words = CountWords(content, wordCap);
            var attribution = FindAttribution(doc, span);
            var named = attribution.Verb is not null;
            if (words < (!named ? Options.MinWords : attribution.Strong ? Options.MinAttributedWords : Options.MinPartialWords)) continue;
            var title = IsTitle(doc, cStart, cEnd, words);
            if (!named && title) continue;
            if (named && title && words <= Options.MaxTitleWords && !attribution.Strong) continue;

            var (speaker, entity) = attribution.PhraseEnd > attribution.PhraseStart
                ? ResolveAttribution(doc, attribution)
                : (null, -1);
            var venue = FindVenue(doc, span, attribution);
            if (speaker is null && previous?.Speaker is not null && IsContinuation(doc, previous, previousAfter, span.Open))
            {
                speaker = previous.Speaker;
                entity = previous.SpeakerEntity;
                venue ??= previous.Venue;
            }
            if (speaker is null && attribution.Verb is null) (speaker, entity) = PreviousSentenceSubject(doc, span.Open);
            var quote = new Quote(articleId, cStart, cEnd - cStart, content.ToString(), speaker, entity, attribution.Verb, venue);
            quotes.Add(quote);
            previous = quote;
            previousAfter = Math.Max(span.After, attribution.ClauseEnd);
        }
        return quotes;
    }

    /// <summary>The text, its entities and quote spans, with lookups the extractor needs.</summary>
    private sealed class Doc(string text, DocumentEntities entities, List<QuoteSpan> spans)
    {
        public string Text { get; } = text;
        public DocumentEntities Entities { get; } = entities;
        public List<QuoteSpan> Spans { get; } = spans;

        // A thread runs one extraction at a time, so its token buffers are reused from one text to the next.
        [ThreadStatic] private static List<TokenSpan>[]? threadBuffers;
        private readonly List<TokenSpan>[] buffers = threadBuffers ??= [new(64), new(64), new(64), new(64)];

        // The range each buffer holds the tokens of, in this text: a clause asked for again is not tokenized again.
        private readonly (int Start, int End)[] ranges = [(-1, -1), (-1, -1), (-1, -1), (-1, -1)];

        /// <summary>Tokens of a range as absolute spans, in one of a few reused buffers (no allocation per call).</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public List<TokenSpan> Tokens(int start, int end, int buffer)
        {
            var list = buffers[buffer];
            if (ranges[buffer] == (start, end)) return list;
            list.Clear();
            ranges[buffer] = (start, end);
            if (end <= start) return list;
            var span = Text.AsSpan(start, end - start);
            var position = 0;
            while (Tokenizer.Next(span, ref position, out var t)) list.Add(new TokenSpan(t.Start + start, t.Length));
            return list;
        }

        /// <summary>
        /// Tokens of a quotation's clause, read only: the buffer <see cref="FindAttribution"/> filled when it holds that
        /// range (it tokenizes the clauses after and before a quotation in buffers 0 and 1), else <paramref name="buffer"/>.
        /// </summary>
        public List<TokenSpan> ClauseTokens(int start, int end, int buffer)
        {
            for (var b = 0; b < ranges.Length; b++)
                if (ranges[b] == (start, end)) return buffers[b];
            return Tokens(start, end, buffer);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool InsideQuote(int offset)
        {
            int lo = 0, hi = Spans.Count - 1;
            while (lo <= hi)
            {
                var mid = (lo + hi) >>> 1;
                var s = Spans[mid];
                if (offset < s.ContentStart) hi = mid - 1;
                else if (offset >= s.ContentEnd) lo = mid + 1;
                else return true;
            }
            return false;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (int, int) TrimContent(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '\'' or '‘')) start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or ';')) end--;
        return (start, end);
    }

    /// <summary>The number of words, or <paramref name="cap"/> when there are more.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int CountWords(ReadOnlySpan<char> s, int cap)
    {
        var n = 0;
        var position = 0;
        while (n < cap && Tokenizer.Next(s, ref position, out _)) n++;
        return n;
    }

    /// <summary>A short all-capitalized quotation without sentence punctuation names a work or an event.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsTitle(Doc doc, int start, int end, int words)
    {
        // The words counted are its tokens: more than a title has need not be tokenized again.
        if (words > Options.MaxTitleWords || doc.Text.AsSpan(start, end - start).IndexOfAny(",.!?;") >= 0) return false;
        const int shortWord = 3;
        var tokens = doc.Tokens(start, end, 3);
        foreach (var t in tokens) if (t.Length > shortWord && char.IsLower(doc.Text[t.Start])) return false;
        return true;
    }
}
