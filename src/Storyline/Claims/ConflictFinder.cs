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
    /// <summary>Shortest stem that matches the longer stems it starts ("miscarri" / "miscarriag").</summary>
    internal const int MinPrefixStem = 5;

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
        var result = new List<Conflict>();
        var sortedCorrections = corrections.OrderBy(c => c.ArticleId, StringComparer.Ordinal).ThenBy(c => c.SentenceStart).ToArray();
        if (sortedCorrections.Length > 0) result.AddRange(FromCorrections(sortedCorrections, ordered));
        foreach (var cmp in comparisons.Where(x => x.Verdict == ClaimVerdict.Disagree))
        {
            var kind = cmp.Claims[0].Family == ClaimAttributes.Date ? ConflictKinds.Date : ConflictKinds.Numeric;
            var evidence = cmp.Claims.Select(x => new Evidence(x.ArticleId, x.Sentence)).Distinct().ToArray();
            result.Add(new Conflict(kind, cmp.Subject, cmp.Articles, evidence, cmp.Attribute + ": " + cmp.Explanation));
        }
        return result;
    }

    /// <summary>A correction with its terms as stems and the names of its subject.</summary>
    private sealed record Probe(Correction Correction, List<string> Wrong, List<string> Right, List<string> Names);

    /// <summary>
    /// The conflicts the corrections raise. A prefix scan of each article tells where words that may stem to a corrected
    /// term start; only sentences holding such a word for every corrected term, in articles that mention the subject,
    /// are tokenized and stemmed, each once.
    /// </summary>
    private static IEnumerable<Conflict> FromCorrections(Correction[] corrections, StoryArticle[] articles)
    {
        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var probes = new List<Probe>(corrections.Length);
        foreach (var c in corrections)
        {
            var wrong = c.CorrectedTerm is null ? [] : Stems(c.CorrectedTerm);
            if (wrong.Count == 0) continue;
            var right = c.CorrectTerm is null ? [] : Stems(c.CorrectTerm);
            probes.Add(new Probe(c, wrong, right, SubjectNames(c, byId.GetValueOrDefault(c.ArticleId))));
        }
        if (probes.Count == 0) yield break;

        var wrongTerms = probes.SelectMany(p => p.Wrong).Distinct(StringComparer.Ordinal).ToArray();
        var termIndex = wrongTerms.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
        var scan = new TermPrefixScan(wrongTerms);
        var terms = new StoryTerms(probes.SelectMany(p => p.Wrong.Concat(p.Right)));
        var hits = new List<int>?[articles.Length][];
        // The articles with a word stemming to each term, in storyline order.
        var withTerm = new List<int>[wrongTerms.Length];
        for (var t = 0; t < wrongTerms.Length; t++) withTerm[t] = [];
        for (var i = 0; i < articles.Length; i++)
        {
            hits[i] = scan.Scan(articles[i].Text);
            for (var t = 0; t < wrongTerms.Length; t++)
                if (hits[i][t] is not null) withTerm[t].Add(i);
        }
        var sentences = new IReadOnlyList<SentenceSpan>?[articles.Length];
        var analyzed = new Dictionary<(int Article, int Sentence), AnalyzedSentence>();
        var looked = new SortedSet<int>();
        var names = new HashSet<string>?[articles.Length];
        foreach (var p in probes)
        {
            var c = p.Correction;
            var evidence = new List<Evidence> { new(c.ArticleId, c.Sentence) };
            var involved = new List<string> { c.ArticleId };
            var wrong = p.Wrong.Select(t => termIndex[t]).ToArray();
            foreach (var i in withTerm[wrong.MinBy(t => withTerm[t].Count)])
            {
                var a = articles[i];
                var at = hits[i];
                if (a.Id == c.ArticleId || wrong.Any(t => at[t] is null)) continue;
                if (p.Names.Count > 0 && !Mentions(a, p.Names, ref names[i])) continue;
                var spans = sentences[i] ??= a.Sentences ?? SentenceSplitter.Split(a.Text);
                // The sentences that hold a possible use of the rarest term, and of every other.
                var rarest = wrong.MinBy(t => at[t]!.Count);
                looked.Clear();
                foreach (var offset in at[rarest]!)
                {
                    var s = SentenceSplitter.IndexAt(spans, offset);
                    if (s >= 0 && wrong.All(t => Holds(at[t]!, spans[s]))) looked.Add(s);
                }
                var found = false;
                foreach (var s in looked)
                {
                    if (!analyzed.TryGetValue((i, s), out var sentence)) analyzed[(i, s)] = sentence = terms.Analyze(a.Text, spans[s]);
                    if (!sentence.UsesAll(p.Wrong) || (p.Right.Count > 0 && sentence.UsesAll(p.Right))) continue;
                    evidence.Add(new Evidence(a.Id, a.Text.Substring(spans[s].Start, spans[s].Length)));
                    found = true;
                }
                if (found) involved.Add(a.Id);
            }
            if (involved.Count < 2) continue;
            var detail = c.CorrectTerm is null ? $"corrected: {c.CorrectedTerm}" : $"{c.CorrectedTerm} → {c.CorrectTerm}";
            yield return new Conflict(ConflictKinds.Correction, c.Subject ?? "", involved, evidence, detail);
        }
    }

    // Whether one of the (ascending) offsets falls in the sentence.
    private static bool Holds(List<int> offsets, SentenceSpan sentence)
    {
        var i = offsets.BinarySearch(sentence.Start);
        if (i < 0) i = ~i;
        return i < offsets.Count && offsets[i] < sentence.End;
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

    // Whether the article names the subject by one of its names; the article's own names are gathered on first use.
    private static bool Mentions(StoryArticle a, List<string> names, ref HashSet<string>? known)
    {
        if (a.Entities is not { } e) return names.Any(n => a.Text.Contains(n, StringComparison.OrdinalIgnoreCase));
        if (known is null)
        {
            known = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var x in e.Entities)
            {
                known.Add(x.Name);
                known.UnionWith(x.Aliases);
            }
        }
        foreach (var n in names)
            if (known.Contains(n)) return true;
        return false;
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
}
