using Storyline.Text;
using Storyline.Time;

namespace Storyline.Stories;

/// <summary>
/// Timeline summarization in the manner of DATEWISE (Gholipour Ghalandari &amp; Ifrim 2020), unsupervised:
/// choose the most important dates, then summarize each date with a few sentences.
/// <para><b>Dates.</b> Every sentence's first date named to the day (resolved by <see cref="TemporalTagger"/> against the
/// article's published day) is a mention. A date scores by the articles that mention it (each article once, at its
/// strongest mention), the mentioning sentences, and the articles published on it; a mention resolved from a
/// relative expression or pointing after the article's own day weighs less. This replaces DATEWISE's supervised
/// date ranker with the counts its features are made of.</para>
/// <para><b>Candidates.</b> For a date: the sentences that mention it, and the lead sentences naming no date of
/// articles published on the date or the day after (news-tls "PM-Mean"). A date centroid keeps the TF-IDF terms that
/// both groups share, each group weighted by its mean; candidates above the knee of their similarity to it remain.</para>
/// <para><b>Sentences.</b> Greedily add the candidate that brings the summary's TF-IDF vector closest to the
/// candidates' centroid (news-tls "CentroidOpt"), skipping fragments, over-long sentences and any sentence too similar
/// to one already chosen for this or another date.</para>
/// Built once; immutable and thread-safe. Deterministic: the same articles in any order give the same timeline.
/// </summary>
public sealed partial class TimelineSummarizer
{
    private readonly TemporalTagger _tagger;
    private readonly TermAnalyzer _analyzer;

    /// <summary>Creates a summarizer.</summary>
    /// <param name="options">Ranking and selection settings; defaults to <see cref="TimelineSummarizerOptions.Default"/>.</param>
    /// <param name="tagger">The temporal tagger; defaults to <see cref="TemporalTagger.Default"/>.</param>
    /// <param name="analyzer">The term analyzer for TF-IDF; defaults to <see cref="TermAnalyzer.Default"/>.</param>
    public TimelineSummarizer(TimelineSummarizerOptions? options = null, TemporalTagger? tagger = null, TermAnalyzer? analyzer = null)
    {
        Options = options ?? TimelineSummarizerOptions.Default;
        _tagger = tagger ?? TemporalTagger.Default;
        _analyzer = analyzer ?? TermAnalyzer.Default;
    }

    /// <summary>A summarizer with the default options.</summary>
    public static TimelineSummarizer Default { get; } = new();

    /// <summary>The options this summarizer was built with.</summary>
    public TimelineSummarizerOptions Options { get; }

    /// <summary>Summarizes <paramref name="articles"/> into at most <see cref="TimelineRequest.MaxDates"/> dates.</summary>
    /// <returns>The timeline; empty with a <see cref="SummaryTimeline.Problem"/> when the request cannot be served.</returns>
    public SummaryTimeline Summarize(IEnumerable<TimelineArticle> articles, TimelineRequest request)
    {
        if (articles is null) return SummaryTimeline.Failed("no articles");
        if (request is null) return SummaryTimeline.Failed("no request");
        if (request.MaxDates < 1) return SummaryTimeline.Failed($"MaxDates must be at least 1 (was {request.MaxDates})");
        if (request.SentencesPerDate < 1) return SummaryTimeline.Failed($"SentencesPerDate must be at least 1 (was {request.SentencesPerDate})");
        if (request is { Start: { } s, End: { } e } && s > e) return SummaryTimeline.Failed($"Start {s} is after End {e}");

        // Sorting makes every later step independent of the input order.
        var ordered = articles.Where(a => a is not null && a.Text is not null && a.Id is not null)
            .OrderBy(a => a.Published).ThenBy(a => a.Id, StringComparer.Ordinal).ThenBy(a => a.Text, StringComparer.Ordinal)
            .ToArray();
        if (ordered.Length == 0) return SummaryTimeline.Failed("no articles");

        var corpus = Analyze(ordered);
        var ranked = RankDates(corpus, request);
        return Select(corpus, ranked, request);
    }
}
