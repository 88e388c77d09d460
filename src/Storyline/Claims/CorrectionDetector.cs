using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Buffers;
using System.Text.RegularExpressions;
using Storyline.Entities;
using Storyline.Text;

namespace Storyline.Claims;

/// <summary>
/// Finds sentences that correct, deny or retract an earlier statement ("an abortion, not a miscarriage as she
/// previously stated", "contrary to earlier reports", "denied that", "an earlier version of this article"),
/// with the corrected and the correct term when the sentence gives them. Stateless and thread-safe.
/// </summary>
/// <remarks>Its loops are compiled optimized at their first call: an ingest is a single pass, which tiered compilation would start in unoptimized code.</remarks>
public sealed class CorrectionDetector
{
    private const string Word = @"[\p{L}\p{N}][\p{L}\p{N}'’.\-]*";
    private const string Det = @"(?:(?:a|an|the|his|her|their|its)\s+)?";
    // A term is a word or a number with its scale ("54 million"), so corrected figures keep their magnitude.
    private const string Term = @"(?:\d[\d.,]*(?:\s+(?:thousand|million|billion|trillion))?|" + Word + ")";
    // Word lists of the patterns, shared with the prefilter that skips sentences lacking them.
    private const string ReportingVerbs = "stated|reported|said|claimed|thought|believed|described|announced|suggested|indicated|written|told";
    private const string MistakeAdverbs = "incorrectly|erroneously|mistakenly|wrongly|misstated";
    private const string Copulas = "as|was|were|is|at";
    // Longer "sentences" are tables or lists run together, not statements; the patterns would only backtrack over them.
    private const int MaxSentenceChars = 1000;
    private static readonly string[] Determiners = ["a", "an", "the", "his", "her", "their", "its"];

    // The patterns run only on the sentences that the cues and key words let through (on T17, 2,000 sentences of 4,625
    // articles): interpreted, they cost nothing to compile, where generated code was compiled optimized at its first call
    // (25 KB of IL; about 0.3 s of compiling in an entities ingest of T17) to match a few of them.
    private const RegexOptions Interpreted = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly Regex NotAsBeforePattern = new(@"\b(?<right>" + Term + @"),\s+(?:and\s+)?not\s+(?<wrong>" + Det + Term + @"(?:\s+" + Word + @")?)\s+(?:as|like)\s+(?:\w+\s+){0,3}(?:" + ReportingVerbs + @")\b", Interpreted);

    private static readonly Regex NotButPattern = new(@"\bnot\s+(?<wrong>" + Det + Term + @")\s*,?\s+but\s+(?:rather\s+)?(?<right>" + Det + Term + ")", Interpreted);

    private static readonly Regex RatherThanPattern = new(@"\b(?<right>" + Term + @")\s*,?\s+rather\s+than\s+(?<wrong>" + Det + Term + ")", Interpreted);

    private static readonly Regex InsteadOfPattern = new(@"\b(?<right>" + Term + @")\s+instead\s+of\s+(?<wrong>" + Det + Term + ")", Interpreted);

    private static readonly Regex MistakenlyAsPattern = new(@"\b(?:" + MistakeAdverbs + @")\b(?:\s+\w+){0,8}?\s+(?:" + Copulas + @")\s+(?<wrong>" + Det + Term + ")", Interpreted);

    private static readonly Regex DeniedThatPattern = new(@"\bden(?:ied|ies|y|ying)\b(?:\s+on\s+[^,;.]{1,40}?)?\s+(?:(?:that|there|any|having|reports?|rumou?rs?|claims?|allegations?|accusations?|charges?|wrongdoing|involvement|responsibility)\b|the\s+(?:reports?|rumou?rs?|claims?|allegations?|accusations?|charges?))\s*(?<clause>[^,;.]*)", Interpreted);

    private static readonly Regex NotADenialPattern = new(@"\b(?:nobody|no\s+one|cannot|can't|can’t|n't|n’t|not|never|hard\s+to|been|be|being|were|was|are|is)\s+den(?:ied|ies|y|ying)\b", Interpreted);

    private readonly ClaimLexicon lexicon = ClaimLexicon.Instance;
    // Every cue phrase plus the ", not" of "X, not Y as previously stated": most articles have none, and one
    // vectorized pass over the text finds that out before any sentence is looked at.
    private readonly SearchValues<string> anyCue = SearchValues.Create(
        ClaimLexicon.Instance.CorrectionCues.Select(c => c.Phrase).Append(", not ").Append(", and not ").ToArray(), StringComparison.OrdinalIgnoreCase);

    /// <summary>A shared detector.</summary>
    public static CorrectionDetector Default { get; } = new();

    /// <summary>The correction and denial statements of one article, in text order.</summary>
    /// <param name="articleId">The article's id.</param>
    /// <param name="text">Its text.</param>
    /// <param name="entities">Its recognized entities, to name the subject; null to leave subjects unresolved.</param>
    public IReadOnlyList<Correction> Detect(string articleId, string? text, DocumentEntities? entities) => Detect(articleId, text, entities, null);

    /// <summary>The correction and denial statements of one article, in text order, reusing its sentences.</summary>
    /// <param name="articleId">The article's id.</param>
    /// <param name="text">Its text.</param>
    /// <param name="entities">Its recognized entities, to name the subject; null to leave subjects unresolved.</param>
    /// <param name="sentences">The sentences of the text as <see cref="SentenceSplitter"/> splits it; split here when null.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public IReadOnlyList<Correction> Detect(string articleId, string? text, DocumentEntities? entities, IReadOnlyList<SentenceSpan>? sentences)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var hits = new List<int>();
        for (var from = 0; from < text.Length;)
        {
            var at = text.AsSpan(from).IndexOfAny(anyCue);
            if (at < 0) break;
            hits.Add(from + at);
            from += at + 1;
        }
        if (hits.Count == 0) return [];
        var result = new List<Correction>();
        var next = 0;
        foreach (var s in sentences ?? SentenceSplitter.Split(text))
        {
            while (next < hits.Count && hits[next] < s.Start) next++;
            if (next >= hits.Count) break;
            if (hits[next] >= s.End || s.Length > MaxSentenceChars) continue;
            var sentence = text.Substring(s.Start, s.Length);
            if (Detect(sentence) is not { } found) continue;
            var (subject, index) = SubjectOf(s.Start, s.End, entities);
            result.Add(new Correction(articleId ?? "", found.Kind, sentence, s.Start, found.Wrong, found.Right, subject, index));
        }
        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (string Kind, string? Wrong, string? Right)? Detect(string sentence)
    {
        var lower = sentence.ToLowerInvariant();
        var cue = Cue(lower);
        var words = KeyWordsOf(sentence);
        // "X, not Y as previously stated" carries its own cue.
        if (words.HasFlag(KeyWords.NotAsBefore) && NotAsBeforePattern.Match(sentence) is { Success: true } m)
            return ("correction", Clean(m.Groups["wrong"].Value), Clean(m.Groups["right"].Value));
        if (cue is null) return null;
        foreach (var (needs, regex) in Replacements)
            if (words.HasFlag(needs) && regex.Match(sentence) is { Success: true } m2)
                return (cue, Clean(m2.Groups["wrong"].Value), Clean(m2.Groups["right"].Value));
        if ((words & KeyWords.Adverb) != 0 && (words & KeyWords.Copula) != 0 && MistakenlyAsPattern.Match(sentence) is { Success: true } m3)
            return (cue, Clean(m3.Groups["wrong"].Value), null);
        if (cue == "denial")
        {
            // "deny aid", "were denied entry", "nobody denies that": refusing or conceding is not denying a report.
            var m4 = DeniedThatPattern.Match(sentence);
            if (!m4.Success || NotADenialPattern.IsMatch(sentence)) return null;
            return (cue, ContentWords(m4.Groups["clause"].Value), null);
        }
        return (cue, null, null);
    }

    /// <summary>
    /// The literal words the pattern regexes need, each found as a whole run of ASCII letters ignoring case. Almost no
    /// sentence has them all, so most never enter the regexes' code: in a single-pass ingest that code would start
    /// unoptimized and then be compiled again optimized, for a handful of matches.
    /// </summary>
    [Flags]
    private enum KeyWords : uint
    {
        None = 0,
        Comma = 1 << 0,
        Not = 1 << 1,
        But = 1 << 2,
        As = 1 << 3,
        Like = 1 << 4,
        Rather = 1 << 5,
        Than = 1 << 6,
        Instead = 1 << 7,
        Of = 1 << 8,
        /// <summary>A reporting verb of <see cref="NotAsBeforePattern"/> ("stated", "reported", …), kept only with "as" or "like".</summary>
        Verb = 1 << 9,
        /// <summary>An adverb of <see cref="MistakenlyAsPattern"/> ("incorrectly", "wrongly", …).</summary>
        Adverb = 1 << 10,
        /// <summary>"as", "was", "were", "is" or "at", one of which follows such an adverb.</summary>
        Copula = 1 << 11,
        NotAsBefore = Comma | Not | Verb,
        NotBut = Not | But,
        RatherThan = Rather | Than,
        InsteadOf = Instead | Of,
        All = ~0u,
    }

    // "incorrectly" and "erroneously", the longest key words; a longer letter run is none of them.
    private const int LongestKeyWord = 11;

    // Every pattern word is delimited by white space or a word boundary, so where a regex matches, its words are whole
    // runs of ASCII letters here: a sentence without them cannot match and need not be tried.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static KeyWords KeyWordsOf(ReadOnlySpan<char> sentence)
    {
        Span<char> word = stackalloc char[LongestKeyWord];
        var found = KeyWords.None;
        var i = 0;
        while (i < sentence.Length)
        {
            var c = sentence[i];
            if (!char.IsAsciiLetter(c))
            {
                if (c == ',') found |= KeyWords.Comma;
                // To the regexes the Kelvin sign is a 'k' ignoring case; long s and the Turkish i are kept out too, should a runtime fold them.
                else if (c is '\u212A' or '\u017F' or '\u0130' or '\u0131') return KeyWords.All;
                i++;
                continue;
            }
            var start = i;
            while (i < sentence.Length && char.IsAsciiLetter(sentence[i])) i++;
            if (i - start > LongestKeyWord) continue;
            for (var k = start; k < i; k++) word[k - start] = (char)(sentence[k] | LowerCaseBit);
            found |= KeyWord(word[..(i - start)]);
        }
        // NotAsBefore's verb follows "as" or "like", and MistakenlyAs's adverb is followed by "as" or a copula: one flag each.
        if ((found & (KeyWords.As | KeyWords.Like)) == 0) found &= ~KeyWords.Verb;
        if ((found & KeyWords.As) != 0) found |= KeyWords.Copula;
        return found;
    }

    // Setting it folds an ASCII upper-case letter onto its lower case.
    private const int LowerCaseBit = 0x20;

    // The patterns that name a wrong and a right term, tried in this order, with the words each needs.
    private static readonly (KeyWords Needs, Regex Regex)[] Replacements =
        [(KeyWords.NotBut, NotButPattern), (KeyWords.RatherThan, RatherThanPattern), (KeyWords.InsteadOf, InsteadOfPattern)];

    private static readonly FrozenDictionary<string, KeyWords>.AlternateLookup<ReadOnlySpan<char>> KeyWordsByText =
        new (string Words, KeyWords Flag)[]
        {
            ("not", KeyWords.Not), ("but", KeyWords.But), ("as", KeyWords.As), ("like", KeyWords.Like), ("rather", KeyWords.Rather), ("than", KeyWords.Than),
            ("instead", KeyWords.Instead), ("of", KeyWords.Of), (Copulas, KeyWords.Copula), (ReportingVerbs, KeyWords.Verb), (MistakeAdverbs, KeyWords.Adverb),
        }
        .SelectMany(p => p.Words.Split('|').Select(w => (Word: w, p.Flag)))
        .GroupBy(p => p.Word, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.Aggregate(KeyWords.None, (all, p) => all | p.Flag), StringComparer.Ordinal)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static KeyWords KeyWord(ReadOnlySpan<char> word) => KeyWordsByText.TryGetValue(word, out var flags) ? flags : KeyWords.None;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string? Cue(string lower)
    {
        foreach (var (kind, phrase) in lexicon.CorrectionCues)
        {
            var at = lower.IndexOf(phrase, StringComparison.Ordinal);
            while (at >= 0)
            {
                var end = at + phrase.Length;
                var startOk = at == 0 || !char.IsLetter(lower[at - 1]);
                var endOk = end >= lower.Length || !char.IsLetter(lower[end]) || phrase[^1] == ':';
                if (startOk && endOk) return kind;
                at = lower.IndexOf(phrase, at + 1, StringComparison.Ordinal);
            }
        }
        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string? Clean(string phrase)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        while (words.Count > 0 && Determiners.Contains(words[0], StringComparer.OrdinalIgnoreCase)) words.RemoveAt(0);
        var term = string.Join(' ', words).Trim('.', ',', '"', '“', '”', '\'');
        return term.Length == 0 ? null : term;
    }

    // The words that carry a denied statement's content: "that he had resigned from the board" → "resigned board".
    private static string? ContentWords(string clause)
    {
        var words = Regex.Matches(clause, Word).Select(x => x.Value.Trim('.'))
            .Where(w => w.Length > 2 && char.IsLower(w[0]) && !Stopwords.IsStopword(w.ToLowerInvariant()))
            .Take(3).ToArray();
        return words.Length == 0 ? null : string.Join(' ', words);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (string?, int?) SubjectOf(int start, int end, DocumentEntities? entities)
    {
        if (entities is null) return (null, null);
        for (var m = entities.FirstMentionEndingAfter(start); m < entities.Mentions.Count && entities.Mentions[m].Start < end; m++)
        {
            var mention = entities.Mentions[m];
            if (mention.EntityIndex >= 0 && mention.Type is EntityType.Person or EntityType.Organization)
                return (entities.Entities[mention.EntityIndex].Name, mention.EntityIndex);
        }
        var salient = entities.MostSalient(EntityType.Person);
        return salient is null ? (null, null) : (salient.Name, salient.Index);
    }
}
