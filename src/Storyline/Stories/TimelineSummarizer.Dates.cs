namespace Storyline.Stories;

public sealed partial class TimelineSummarizer
{
    /// <summary>The dates within the request's span that anything points to, most important first (ties: earlier first).</summary>
    private List<(DateOnly Date, double Score)> RankDates(TimelineCorpus corpus, TimelineRequest request)
    {
        var o = Options;
        var articleMentions = new Dictionary<DateOnly, double>();
        var sentenceMentions = new Dictionary<DateOnly, double>();
        var published = new Dictionary<DateOnly, double>();
        var strongest = new Dictionary<DateOnly, double>();
        var sentences = corpus.Sentences;
        for (var i = 0; i < sentences.Length;)
        {
            var article = sentences[i].Article;
            var day = corpus.Articles[article].Published;
            strongest.Clear();
            for (; i < sentences.Length && sentences[i].Article == article; i++)
            {
                if (sentences[i].Mention is not { } d) continue;
                var w = (sentences[i].RelativeMention ? o.RelativeMentionFactor : 1.0) * (d > day ? o.FutureMentionFactor : 1.0);
                sentenceMentions[d] = sentenceMentions.GetValueOrDefault(d) + w;
                strongest[d] = Math.Max(strongest.GetValueOrDefault(d), w);
            }
            foreach (var (d, w) in strongest) articleMentions[d] = articleMentions.GetValueOrDefault(d) + w;
        }
        foreach (var a in corpus.Articles) published[a.Published] = published.GetValueOrDefault(a.Published) + 1;

        var ranked = new List<(DateOnly Date, double Score)>();
        foreach (var d in articleMentions.Keys.Union(published.Keys))
        {
            if (!request.Contains(d)) continue;
            var score = o.ArticleMentionWeight * articleMentions.GetValueOrDefault(d)
                + o.SentenceMentionWeight * sentenceMentions.GetValueOrDefault(d)
                + o.PublishedWeight * published.GetValueOrDefault(d);
            if (score > 0) ranked.Add((d, score));
        }
        ranked.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Date.CompareTo(b.Date));
        return ranked;
    }
}
