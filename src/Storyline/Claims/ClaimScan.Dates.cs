using System.Runtime.CompilerServices;
using Storyline.Text;
using Storyline.Time;

namespace Storyline.Claims;

internal sealed partial class ClaimScan
{
    private static readonly string[] Determiners = ["a", "an", "the", "her", "his", "their", "its", "our", "my", "your", "this", "that", "baby", "son", "daughter"];

    /// <summary>
    /// The date of a happening: a date expression and the event word of its clause (a past verb or an event
    /// noun), keyed by the event's lemma stem and its object, so "lost Jack on Sept. 30", "lost baby Jack in
    /// 2020" and "suffered the loss of Jack in 2020" share the key <c>date:lose:jack</c>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FindHappening(TemporalExpression time, PartialDate date)
    {
        var first = TokenAt(time.Start);
        var last = TokenAt(time.End - 1);
        if (first >= tokens.Count) return;
        var (eventToken, lemma, nominal) = EventBefore(first);
        if (eventToken < 0) (eventToken, lemma, nominal) = EventAfter(last + 1);
        if (eventToken < 0) return;
        // A past verb cannot date a happening after the article appeared: the expression belongs to something else.
        if (!nominal && published is { } p && date.Start > p.End) return;
        var subject = ClauseSubject(eventToken);
        if (subject < 0) return;
        var obj = nominal ? NominalObject(eventToken) : VerbObject(eventToken, first > eventToken ? first : tokens.Count);
        if (obj == lemma) obj = null;
        var key = ClaimAttributes.Date + ":" + lemma + (obj is null ? "" : ":" + obj);
        Add(subject, key, date.ToString(), null, published);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (int Token, string Lemma, bool Nominal) EventBefore(int first)
    {
        for (int k = first - 1, words = 0; k >= 0 && words < options.MaxEventDistance; k--)
        {
            if (IsClauseBoundary(k)) break;
            if (tokens[k].Kind != ClaimTokenKind.Word) continue;
            words++;
            if (IsReportingVerb(k)) break;
            if (EventLemma(k, out var nominal) is { } lemma) return (k, lemma, nominal);
        }
        return (-1, "", false);
    }

    // A date next to "said" or "shared" dates the saying, not a happening further away.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsReportingVerb(int k) => IsLower(k) && lexicon.NonEventLookup.Contains(Span(k)) && !IsAttributive(k);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (int Token, string Lemma, bool Nominal) EventAfter(int from)
    {
        for (int k = from, words = 0; k < tokens.Count && words < options.MaxEventDistance; k++)
        {
            if (IsClauseBoundary(k)) break;
            if (tokens[k].Kind != ClaimTokenKind.Word) continue;
            words++;
            if (IsReportingVerb(k)) break;
            if (EventLemma(k, out var nominal) is { } lemma) return (k, lemma, nominal);
        }
        return (-1, "", false);
    }

    /// <summary>The stem of the event a word names (a past verb or an event noun), or null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string? EventLemma(int k, out bool nominal)
    {
        nominal = false;
        if (!IsLower(k)) return null;
        var s = Span(k);
        // A word inside a mention names no event; the mentions are searched only for a word that would.
        if (lexicon.NominalLookup.TryGetValue(s, out var verb)) { nominal = !IsInMention(k); return nominal ? PorterStemmer.Stem(verb) : null; }
        if (lexicon.NonEventLookup.Contains(s)) return null;
        // A light verb with an event noun after it ("suffered a loss") is dated by the noun, found when scanning past it.
        if (lexicon.IrregularLookup.TryGetValue(s, out var lemma)) return IsInMention(k) ? null : PorterStemmer.Stem(lemma);
        if (s.Length >= options.MinRegularPastLength && s.EndsWith("ed", StringComparison.Ordinal) && !IsInMention(k) && !IsAttributive(k))
            return PorterStemmer.Stem(s);
        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsInMention(int k) => EntityCovering(tokens[k].Start, out _) >= 0;

    // "a devastated Chrissy", "the injured man": an "-ed" word after a determiner is an adjective, not a verb.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsAttributive(int k) => IsAny(k - 1, Determiners) && !Is(k - 1, "that");

    /// <summary>The object of an event verb: the entity or head noun right after it, stemmed; null when a preposition or the date follows.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string? VerbObject(int verb, int dateToken)
    {
        var k = verb + 1;
        while (k < tokens.Count && k < dateToken && IsAny(k, Determiners) && EntityCovering(tokens[k].Start, out _) < 0) k++;
        return HeadAt(k, dateToken);
    }

    /// <summary>The object of an event noun: "the loss of Jack" → jack.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string? NominalObject(int noun) => Is(noun + 1, "of") ? HeadAt(noun + 2 + (IsAny(noun + 2, Determiners) ? 1 : 0), tokens.Count) : null;

    /// <summary>Any resolved mention (of any type) that covers <paramref name="offset"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Entities.Mention? MentionCovering(int offset)
    {
        var mentions = Mentions;
        for (var m = Entities.DocumentEntities.FirstMentionEndingAfter(mentions, offset); m < mentions.Length && mentions[m].Start <= offset; m++)
            if (mentions[m].EntityIndex >= 0) return mentions[m];
        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string? HeadAt(int k, int limit)
    {
        if (k >= tokens.Count || k >= limit || tokens[k].Kind != ClaimTokenKind.Word) return null;
        if (MentionCovering(tokens[k].Start) is { } m)
        {
            var name = entities.Entities[m.EntityIndex].Name;
            var space = name.LastIndexOf(' ');
            return PorterStemmer.Stem((space < 0 ? name : name[(space + 1)..]).ToLowerInvariant());
        }
        Span<char> buffer = stackalloc char[32];
        var head = -1;
        for (var j = k; j < tokens.Count && j < limit && j < k + options.MaxObjectDistance; j++)
        {
            if (tokens[j].Kind != ClaimTokenKind.Word || Stopwords.IsStopword(LowerCopy(Span(j), buffer))) break;
            head = j;
        }
        return head < 0 ? null : PorterStemmer.Stem(Span(head).ToString().ToLowerInvariant());
    }
}
