using System.Runtime.CompilerServices;
using System.Collections.Frozen;
using Storyline.Entities;
using Storyline.Text;
using Storyline.Time;

namespace Storyline.Claims;

/// <summary>
/// The state of one <see cref="ClaimExtractor.Extract(string, string, DocumentEntities, PartialDate?)"/> call:
/// the article, the current sentence's tokens, and subject resolution over the recognizer's mentions.
/// </summary>
/// <remarks>
/// Its methods, small ones included, are compiled optimized at their first call: an ingest is a single pass, which tiered
/// compilation would start in unoptimized code, and a small method called often was compiled twice, unoptimized then at
/// tier 1, with every getter its unoptimized code called (76 of the 238 methods the stage compiled on T17).
/// </remarks>
[SkipLocalsInit] // word buffers are written before they are read
internal sealed partial class ClaimScan
{
    private static readonly string[] SubjectPronouns = ["she", "he", "they", "it"];
    private static readonly string[] PossessivePronouns = ["her", "his", "their", "its"];
    private static readonly string[] ClauseWordList =
        ["that", "which", "who", "whom", "whose", "when", "while", "because", "but", "although", "though", "after", "before", "if", "where", "since", "until"];
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseWords = WordSet(ClauseWordList);
    // Every word token of a clause scan is tested: most are ruled out by their length and first letter, without a lookup.
    private static readonly uint[] ClauseWordFirstLetters = LettersByLength(ClauseWordList);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Prepositions = WordSet(
        ["to", "by", "from", "of", "with", "in", "on", "at", "for", "about", "like", "than", "into", "against"]);

    private readonly ClaimExtractorOptions options;
    private readonly ClaimLexicon lexicon;
    private readonly string articleId;
    private readonly string text;
    private readonly DocumentEntities entities;
    private readonly PartialDate? published;
    private readonly IReadOnlyList<TemporalExpression> times;
    private readonly IReadOnlyList<SentenceSpan> sentences;
    // One list per thread, reused by every article: a list per article, grown for its longest sentence, was a third of
    // the bytes this stage allocated (6 of 18 MB on T17).
    [ThreadStatic] private static List<ClaimToken>? threadTokens;
    private readonly List<ClaimToken> tokens = threadTokens ??= new(64);
    private readonly List<Claim> claims = [];
    private readonly HashSet<(string, string, string)> seen = [];
    private int sentenceIndex;
    // Index of the first temporal expression that does not start before the current sentence.
    private int sentenceTimes;
    private SentenceSpan sentence;
    private string? sentenceText;
    private SentenceSpan textOf;

    public ClaimScan(ClaimExtractorOptions options, ClaimLexicon lexicon, string articleId, string text, DocumentEntities entities,
        PartialDate? published, IReadOnlyList<TemporalExpression> times, IReadOnlyList<SentenceSpan> sentences)
    {
        this.options = options;
        this.lexicon = lexicon;
        this.articleId = articleId;
        this.text = text;
        this.entities = entities;
        this.published = published;
        this.times = times;
        this.sentences = sentences;
    }

    // The recognizer's mentions, searched by binary search several times per token.
    private ReadOnlySpan<Mention> Mentions => entities.MentionSpan;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public List<Claim> Run()
    {
        var timeIndex = 0;
        for (sentenceIndex = 0; sentenceIndex < sentences.Count; sentenceIndex++)
        {
            sentence = sentences[sentenceIndex];
            var span = text.AsSpan(sentence.Start, sentence.Length);
            // Blank: no tokens.
            if (span.IsWhiteSpace()) continue;
            while (timeIndex < times.Count && times[timeIndex].Start < sentence.Start) timeIndex++;
            // Most sentences hold no number and no date: no scan below could start in them, so they are not tokenized.
            if (!HasDatedTime(timeIndex) && !MayHoldAgeOrCount(span)) continue;
            tokens.Clear();
            ClaimTokenizer.Tokenize(text, sentence.Start, sentence.End, tokens);
            sentenceTimes = timeIndex;
            FindAges();
            FindCounts();
            for (var t = timeIndex; t < times.Count && times[t].Start < sentence.End; t++)
                if (times[t].Date is { } date && times[t].End <= sentence.End) FindHappening(times[t], date);
        }
        return claims;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Add(int entityIndex, string attribute, string value, double? number, PartialDate? asOf)
    {
        var subject = entities.Entities[entityIndex].Name;
        if (!seen.Add((subject, attribute, value))) return;
        // The claims of one sentence share its text.
        if (sentenceText is null || textOf != sentence)
        {
            sentenceText = text.Substring(sentence.Start, sentence.Length);
            textOf = sentence;
        }
        claims.Add(new Claim(subject, entityIndex, attribute, value, number, asOf, articleId, sentenceText, sentence.Start));
    }

    // ---- token helpers ----

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ReadOnlySpan<char> Span(int i) => tokens[i].Of(text);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Is(int i, string word) => i >= 0 && i < tokens.Count && Span(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsAny(int i, string[] words)
    {
        if (i < 0 || i >= tokens.Count) return false;
        var s = Span(i);
        foreach (var w in words) if (s.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // The longer word lists, looked up once per token in the clause scans: a set instead of a comparison per word.
    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WordSet(string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsAny(int i, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> words) =>
        i >= 0 && i < tokens.Count && words.Contains(Span(i));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsPunct(int i, char c) => i >= 0 && i < tokens.Count && tokens[i].Kind == ClaimTokenKind.Punct && text[tokens[i].Start] == c;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsLower(int i) => tokens[i].Kind == ClaimTokenKind.Word && char.IsLower(text[tokens[i].Start]);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsClauseBoundary(int i) =>
        tokens[i].Kind == ClaimTokenKind.Punct ? text[tokens[i].Start] is ';' or ':' or '"' or '“' or '”' or '(' or ')' or '—' or '–'
        : MayBeIn(ClauseWordFirstLetters, Span(i)) && IsAny(i, ClauseWords);

    // True when the token is followed by a possessive "'s".
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsPossessive(int i) =>
        i + 2 < tokens.Count && (IsPunct(i + 1, '\'') || IsPunct(i + 1, '’')) && tokens[i + 1].Start == tokens[i].End
        && Is(i + 2, "s") && tokens[i + 2].Start == tokens[i + 1].End;

    // ---- mentions ----

    /// <summary>The resolved person or organization mention that ends exactly at <paramref name="end"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int EntityEndingAt(int end)
    {
        var mentions = Mentions;
        for (var m = DocumentEntities.FirstMentionEndingAfter(mentions, end - 1); m < mentions.Length && mentions[m].Start < end; m++)
        {
            ref readonly var mention = ref mentions[m];
            if (mention.End == end && IsSubjectType(mention)) return mention.EntityIndex;
        }
        return -1;
    }

    /// <summary>The resolved mention that covers <paramref name="offset"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int EntityCovering(int offset, out Mention found)
    {
        found = default;
        var mentions = Mentions;
        for (var m = DocumentEntities.FirstMentionEndingAfter(mentions, offset); m < mentions.Length && mentions[m].Start <= offset; m++)
        {
            ref readonly var mention = ref mentions[m];
            if (IsSubjectType(mention)) { found = mention; return mention.EntityIndex; }
        }
        return -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsSubjectType(in Mention m) => m.EntityIndex >= 0 && m.Type is EntityType.Person or EntityType.Organization;

    /// <summary>The entity a third-person pronoun at token <paramref name="i"/> refers to: the nearest fitting earlier mention, else the most salient fitting person.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int ResolvePronoun(int i)
    {
        var s = Span(i);
        var gender = s.Equals("she", StringComparison.OrdinalIgnoreCase) || s.Equals("her", StringComparison.OrdinalIgnoreCase) || s.Equals("hers", StringComparison.OrdinalIgnoreCase) ? Gender.Female
            : s.Equals("he", StringComparison.OrdinalIgnoreCase) || s.Equals("his", StringComparison.OrdinalIgnoreCase) || s.Equals("him", StringComparison.OrdinalIgnoreCase) ? Gender.Male
            : Gender.Unknown;
        var wantPerson = gender != Gender.Unknown;
        var wantOrg = s.Equals("it", StringComparison.OrdinalIgnoreCase) || s.Equals("its", StringComparison.OrdinalIgnoreCase);
        var floor = sentences[Math.Max(0, sentenceIndex - options.PronounSentenceWindow)].Start;
        var offset = tokens[i].Start;
        var mentions = Mentions;
        for (var m = DocumentEntities.FirstMentionEndingAfter(mentions, offset) - 1; m >= 0; m--)
        {
            ref readonly var mention = ref mentions[m];
            if (mention.Start < floor) break;
            if (mention.End > offset || !IsSubjectType(mention)) continue;
            var e = entities.Entities[mention.EntityIndex];
            if (wantOrg ? e.Type != EntityType.Organization : wantPerson && (e.Type != EntityType.Person || !Fits(e.Gender, gender))) continue;
            return e.Index;
        }
        if (wantOrg) return -1;
        DocumentEntity? best = null;
        foreach (var e in entities.Entities)
            if (e.Type == EntityType.Person && Fits(e.Gender, gender) && (best is null || e.Salience > best.Salience)) best = e;
        return best?.Index ?? -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Fits(Gender entity, Gender wanted) => wanted == Gender.Unknown || entity == Gender.Unknown || entity == wanted;

    /// <summary>The entity a token names: a mention ending on it, or a pronoun; -1 otherwise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int EntityOfToken(int i, bool allowPossessive)
    {
        if (tokens[i].Kind != ClaimTokenKind.Word) return -1;
        var e = EntityEndingAt(tokens[i].End);
        if (e >= 0) return e;
        if (IsAny(i, SubjectPronouns) || (allowPossessive && IsAny(i, PossessivePronouns))) return ResolvePronoun(i);
        return -1;
    }

    /// <summary>
    /// The subject of the clause that holds token <paramref name="i"/>: the first name, description or
    /// third-person pronoun after the last clause boundary before it, skipping names governed by a preposition.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int ClauseSubject(int i)
    {
        var from = 0;
        for (var k = i - 1; k >= 0; k--)
            if (IsClauseBoundary(k)) { from = k + 1; break; }
        var subject = FirstCandidate(from, i);
        // A relative clause before the verb ("Acme, which was founded in Boston, now has …") hides the main subject;
        // a quotation or a parenthesis does not: what is inside speaks for itself.
        if (subject >= 0 || from == 0 || tokens[from - 1].Kind == ClaimTokenKind.Punct) return subject;
        return FirstCandidate(0, i);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int FirstCandidate(int from, int i)
    {
        for (var k = from; k < i; k++)
        {
            if (tokens[k].Kind != ClaimTokenKind.Word) continue;
            var e = EntityOfToken(k, allowPossessive: true);
            if (e < 0) continue;
            if (PrecededByPreposition(k)) continue;
            return e;
        }
        return -1;
    }

    // Whether the mention that ends on token k starts right after a preposition ("according to Reuters").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool PrecededByPreposition(int k)
    {
        var start = tokens[k].Start;
        var covering = EntityCovering(start, out var mention);
        if (covering >= 0) start = mention.Start;
        var j = k;
        while (j > 0 && tokens[j - 1].Start >= start) j--;
        // "an Instagram post", "in the Times": a name after an article or a preposition modifies or complements, it is not the subject.
        if (covering >= 0 && mention.Kind == MentionKind.Name && (Is(j - 1, "a") || Is(j - 1, "an") || Is(j - 1, "the"))) return true;
        return j > 0 && IsAny(j - 1, Prepositions);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int TokenAt(int offset)
    {
        for (var k = 0; k < tokens.Count; k++)
            if (tokens[k].End > offset) return k;
        return tokens.Count;
    }
}
