using Storyline.Text;
using Storyline.Time;

namespace Storyline.Stories;

public sealed partial class TimelineSummarizer
{
    /// <summary>Splits, tags and vectorizes every article; articles run in parallel into fixed slots, so the result does not depend on threads.</summary>
    private TimelineCorpus Analyze(TimelineArticle[] articles)
    {
        var perArticle = new AnalyzedSentence[articles.Length][];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Options.MaxDegreeOfParallelism > 0 ? Options.MaxDegreeOfParallelism : -1 };
        Parallel.For(0, articles.Length, parallel, i => perArticle[i] = AnalyzeArticle(i, articles[i]));

        // Term ids and document frequencies in article order: deterministic ids, sentence-level IDF as news-tls fits it.
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var df = new List<int>();
        var all = new List<AnalyzedSentence>();
        var termIds = new List<int[]>();
        foreach (var sentences in perArticle)
            foreach (var s in sentences)
            {
                var terms = s.Terms!;
                var row = new int[terms.Count];
                for (var k = 0; k < row.Length; k++)
                {
                    if (!ids.TryGetValue(terms[k], out var id)) { id = ids.Count; ids.Add(terms[k], id); df.Add(0); }
                    row[k] = id;
                }
                Array.Sort(row);
                for (var k = 0; k < row.Length; k++)
                    if (k == 0 || row[k] != row[k - 1]) df[row[k]]++;
                s.Terms = null;
                all.Add(s);
                termIds.Add(row);
            }
        // Smoothed IDF as scikit-learn's TfidfVectorizer computes it: ln((1 + n) / (1 + df)) + 1.
        var idf = new double[df.Count];
        for (var t = 0; t < idf.Length; t++) idf[t] = Math.Log((1.0 + all.Count) / (1.0 + df[t])) + 1.0;
        for (var i = 0; i < all.Count; i++) all[i].Vector = Vectorize(termIds[i], idf);
        return new TimelineCorpus(articles, all.ToArray(), idf.Length);
    }

    private AnalyzedSentence[] AnalyzeArticle(int articleIndex, TimelineArticle article)
    {
        var text = article.Text;
        var spans = SentenceSplitter.Split(text);
        var timexes = _tagger.Tag(text, article.Published);
        var result = new AnalyzedSentence[spans.Count];
        var t = 0;
        for (var k = 0; k < spans.Count; k++)
        {
            var span = spans[k];
            while (t < timexes.Count && timexes[t].Start < span.Start) t++;
            DateOnly? mention = null;
            var relative = false;
            for (var u = t; u < timexes.Count && timexes[u].Start < span.End; u++)
            {
                if (timexes[u] is { Type: TimexType.Date, Date: { Precision: DatePrecision.Day } day })
                {
                    mention = day.Start;
                    relative = timexes[u].IsRelative;
                    break;
                }
            }
            var terms = new List<string>();
            _analyzer.AnalyzeTerms(span.Of(text), terms);
            result[k] = new AnalyzedSentence(articleIndex, k, span.Start, span.Length, mention, relative, CountWords(span.Of(text)))
            {
                Terms = terms,
            };
        }
        return result;
    }

    /// <summary>Whitespace-separated words that hold a letter or digit; punctuation alone is no word.</summary>
    private static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        var counted = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { counted = false; continue; }
            if (!counted && char.IsLetterOrDigit(c)) { count++; counted = true; }
        }
        return count;
    }

    /// <summary>Unit-length TF-IDF vector of a sentence given its sorted term ids (repeats included).</summary>
    private static SparseVector Vectorize(int[] sortedIds, double[] idf)
    {
        if (sortedIds.Length == 0) return SparseVector.Empty;
        var distinct = 1;
        for (var k = 1; k < sortedIds.Length; k++) if (sortedIds[k] != sortedIds[k - 1]) distinct++;
        var ids = new int[distinct];
        var weights = new double[distinct];
        var j = -1;
        for (var k = 0; k < sortedIds.Length; k++)
        {
            if (k == 0 || sortedIds[k] != sortedIds[k - 1]) ids[++j] = sortedIds[k];
            weights[j] += idf[sortedIds[k]];
        }
        double norm = 0;
        foreach (var w in weights) norm += w * w;
        norm = Math.Sqrt(norm);
        for (var k = 0; k < weights.Length; k++) weights[k] /= norm;
        return new SparseVector(ids, weights);
    }
}

/// <summary>The analyzed articles of one summarization.</summary>
internal sealed record TimelineCorpus(TimelineArticle[] Articles, AnalyzedSentence[] Sentences, int VocabularySize);

/// <summary>One sentence with its first day-level date mention and its TF-IDF vector.</summary>
internal sealed class AnalyzedSentence(int article, int index, int start, int length, DateOnly? mention, bool relativeMention, int words)
{
    public int Article { get; } = article;
    public int Index { get; } = index;
    public int Start { get; } = start;
    public int Length { get; } = length;
    public DateOnly? Mention { get; } = mention;
    public bool RelativeMention { get; } = relativeMention;
    public int Words { get; } = words;
    public List<string>? Terms { get; set; }
    public SparseVector Vector { get; set; } = SparseVector.Empty;
}
