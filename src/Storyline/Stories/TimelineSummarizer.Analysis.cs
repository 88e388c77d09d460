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
        var seen = new HashSet<int>();
        var sentenceCount = 0;
        foreach (var sentences in perArticle)
            foreach (var s in sentences)
            {
                sentenceCount++;
                seen.Clear();
                foreach (var term in s.Terms!)
                {
                    if (!ids.TryGetValue(term, out var id)) { id = ids.Count; ids.Add(term, id); df.Add(0); }
                    if (seen.Add(id)) df[id]++;
                }
            }
        // Smoothed IDF as scikit-learn's TfidfVectorizer computes it: ln((1 + n) / (1 + df)) + 1.
        var idf = new double[df.Count];
        for (var t = 0; t < idf.Length; t++) idf[t] = Math.Log((1.0 + sentenceCount) / (1.0 + df[t])) + 1.0;

        var all = new List<AnalyzedSentence>(sentenceCount);
        var tf = new Dictionary<int, int>();
        foreach (var sentences in perArticle)
            foreach (var s in sentences)
            {
                tf.Clear();
                foreach (var term in s.Terms!) { var id = ids[term]; tf[id] = tf.GetValueOrDefault(id) + 1; }
                s.Vector = Vectorize(tf, idf);
                s.Terms = null;
                all.Add(s);
            }
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

    private static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        Tokenizer.Tokenize(text, ref count, static (ref int c, TokenSpan _) => c++);
        return count;
    }

    private static SparseVector Vectorize(Dictionary<int, int> tf, double[] idf)
    {
        if (tf.Count == 0) return SparseVector.Empty;
        var ids = tf.Keys.ToArray();
        Array.Sort(ids);
        var weights = new double[ids.Length];
        double norm = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            weights[i] = tf[ids[i]] * idf[ids[i]];
            norm += weights[i] * weights[i];
        }
        norm = Math.Sqrt(norm);
        for (var i = 0; i < weights.Length; i++) weights[i] /= norm;
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
