using Storyline.Entities;
using Storyline.Text;

namespace Storyline.Claims;

/// <summary>
/// Turns corrections and disagreeing claims into conflicts between the articles of a storyline:
/// a correction concerns every other article whose sentences use the corrected term about the same subject
/// (matched by stem: "miscarriage" and "miscarried"); a <see cref="ClaimVerdict.Disagree"/> comparison becomes a
/// numeric or date conflict. Stateless and thread-safe; the result does not depend on input order.
/// </summary>
public sealed class ConflictFinder
{
    private const int MinPrefixStem = 5;
    private static readonly string[] Negations = ["not", "no", "never", "nor"];

    /// <summary>The conflicts of a storyline.</summary>
    /// <param name="articles">The storyline's articles.</param>
    /// <param name="corrections">Corrections found in those articles.</param>
    /// <param name="comparisons">Claim comparisons across those articles (their Disagree verdicts become conflicts); may be empty.</param>
    public IReadOnlyList<Conflict> Find(IEnumerable<StoryArticle> articles, IEnumerable<Correction> corrections, IEnumerable<ClaimComparison> comparisons)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(corrections);
        ArgumentNullException.ThrowIfNull(comparisons);
        var ordered = articles.DistinctBy(a => a.Id).OrderBy(a => a.Published?.Start ?? DateOnly.MaxValue).ThenBy(a => a.Id, StringComparer.Ordinal).ToArray();
        var byId = ordered.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var result = new List<Conflict>();
        // Each article's sentences are split and stemmed once, however many corrections look at them.
        var analyzed = new Dictionary<string, AnalyzedSentence[]>(StringComparer.Ordinal);
        AnalyzedSentence[] SentencesOf(StoryArticle a)
        {
            if (!analyzed.TryGetValue(a.Id, out var list))
                analyzed[a.Id] = list = SentenceSplitter.Split(a.Text).Select(span => Analyze(a.Text.Substring(span.Start, span.Length))).ToArray();
            return list;
        }
        foreach (var c in corrections.OrderBy(c => c.ArticleId, StringComparer.Ordinal).ThenBy(c => c.SentenceStart))
            if (FromCorrection(c, ordered, byId, SentencesOf) is { } conflict) result.Add(conflict);
        foreach (var cmp in comparisons.Where(x => x.Verdict == ClaimVerdict.Disagree))
        {
            var kind = cmp.Claims[0].Family == ClaimAttributes.Date ? ConflictKinds.Date : ConflictKinds.Numeric;
            var evidence = cmp.Claims.Select(x => new Evidence(x.ArticleId, x.Sentence)).Distinct().ToArray();
            result.Add(new Conflict(kind, cmp.Subject, cmp.Articles, evidence, cmp.Attribute + ": " + cmp.Explanation));
        }
        return result;
    }

    private sealed record AnalyzedSentence(string Text, string[] Words, string[] Stems);

    private static AnalyzedSentence Analyze(string sentence)
    {
        var tokens = Tokenizer.Tokenize(sentence);
        var words = new string[tokens.Count];
        var stems = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var w = sentence.Substring(tokens[i].Start, tokens[i].Length).ToLowerInvariant();
            words[i] = w;
            stems[i] = char.IsDigit(w[0]) ? w : PorterStemmer.Stem(w);
        }
        return new AnalyzedSentence(sentence, words, stems);
    }

    private static Conflict? FromCorrection(Correction c, StoryArticle[] articles, Dictionary<string, StoryArticle> byId, Func<StoryArticle, AnalyzedSentence[]> sentencesOf)
    {
        if (c.CorrectedTerm is null) return null;
        var wrong = Stems(c.CorrectedTerm);
        if (wrong.Count == 0) return null;
        var right = c.CorrectTerm is null ? [] : Stems(c.CorrectTerm);
        byId.TryGetValue(c.ArticleId, out var source);
        var names = SubjectNames(c, source);
        var evidence = new List<Evidence> { new(c.ArticleId, c.Sentence) };
        var involved = new List<string> { c.ArticleId };
        foreach (var a in articles)
        {
            if (a.Id == c.ArticleId || (names.Count > 0 && !Mentions(a, names))) continue;
            var found = false;
            foreach (var sentence in sentencesOf(a))
            {
                if (!UsesAll(sentence, wrong) || (right.Count > 0 && UsesAll(sentence, right))) continue;
                evidence.Add(new Evidence(a.Id, sentence.Text));
                found = true;
            }
            if (found) involved.Add(a.Id);
        }
        if (involved.Count < 2) return null;
        var detail = c.CorrectTerm is null ? $"corrected: {c.CorrectedTerm}" : $"{c.CorrectedTerm} → {c.CorrectTerm}";
        return new Conflict(ConflictKinds.Correction, c.Subject ?? "", involved, evidence, detail);
    }

    /// <summary>The names the subject goes by in the correcting article: its canonical name and multi-word aliases.</summary>
    private static List<string> SubjectNames(Correction c, StoryArticle? source)
    {
        var names = new List<string>();
        if (c.Subject is null) return names;
        names.Add(c.Subject);
        if (source?.Entities is { } e && c.SubjectEntityIndex is { } i && i >= 0 && i < e.Entities.Count)
            names.AddRange(e.Entities[i].Aliases.Where(a => a.Contains(' ', StringComparison.Ordinal)));
        return names.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    private static bool Mentions(StoryArticle a, List<string> names)
    {
        if (a.Entities is { } e)
            return e.Entities.Any(x => names.Contains(x.Name, StringComparer.OrdinalIgnoreCase)
                || x.Aliases.Any(alias => names.Contains(alias, StringComparer.OrdinalIgnoreCase)));
        return names.Any(n => a.Text.Contains(n, StringComparison.OrdinalIgnoreCase));
    }

    private static List<string> Stems(string phrase)
    {
        var stems = new List<string>();
        foreach (var t in Tokenizer.Tokenize(phrase))
        {
            var w = phrase.Substring(t.Start, t.Length).ToLowerInvariant();
            if (Stopwords.IsStopword(w) && !char.IsDigit(w[0])) continue;
            stems.Add(char.IsDigit(w[0]) ? w : PorterStemmer.Stem(w));
        }
        return stems;
    }

    /// <summary>Whether every stem is used in the sentence, not under a negation ("not a miscarriage" restates the correction).</summary>
    private static bool UsesAll(AnalyzedSentence sentence, List<string> stems)
    {
        foreach (var stem in stems)
        {
            var found = false;
            for (var i = 0; i < sentence.Stems.Length && !found; i++)
                found = Matches(sentence.Stems[i], stem)
                    && (i < 1 || !Negations.Contains(sentence.Words[i - 1]))
                    && (i < 2 || !Negations.Contains(sentence.Words[i - 2]));
            if (!found) return false;
        }
        return true;
    }

    // Stems match when equal, or when one extends the other and the shorter is long enough to be specific ("miscarri" / "miscarriag").
    private static bool Matches(string a, string b)
    {
        if (a == b) return true;
        if (char.IsDigit(a[0]) || char.IsDigit(b[0])) return false;
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.Length >= MinPrefixStem && longer.StartsWith(shorter, StringComparison.Ordinal);
    }
}
