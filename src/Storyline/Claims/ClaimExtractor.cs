using Storyline.Entities;
using Storyline.Text;
using Storyline.Time;

namespace Storyline.Claims;

/// <summary>
/// Finds attribute claims in an article: ages ("Teigen, 35", "the 35-year-old model", "her 38th birthday"),
/// counts ("35.4 million followers") and dates of happenings ("lost Jack on Sept. 30"), each tied to an
/// entity of the article and to the date it holds at. Built once; thread-safe.
/// </summary>
public sealed class ClaimExtractor
{
    private readonly ClaimLexicon lexicon = ClaimLexicon.Instance;
    private readonly TemporalTagger tagger;

    /// <summary>Creates an extractor.</summary>
    /// <param name="options">Settings; the defaults when null.</param>
    /// <param name="tagger">The temporal tagger used when the caller passes no expressions; the default tagger when null.</param>
    public ClaimExtractor(ClaimExtractorOptions? options = null, TemporalTagger? tagger = null)
    {
        Options = options ?? ClaimExtractorOptions.Default;
        this.tagger = tagger ?? TemporalTagger.Default;
    }

    /// <summary>The settings in use.</summary>
    public ClaimExtractorOptions Options { get; }

    /// <summary>The claims of one article, in text order; tags its temporal expressions against <paramref name="published"/>.</summary>
    /// <param name="articleId">The article's id, copied into each claim.</param>
    /// <param name="text">The article text the entities were recognized in.</param>
    /// <param name="entities">The entity recognizer's result for that text.</param>
    /// <param name="published">The published date (header, metadata or inferred); claims hold as of it unless they state a date.</param>
    public IReadOnlyList<Claim> Extract(string articleId, string? text, DocumentEntities entities, PartialDate? published)
    {
        if (string.IsNullOrEmpty(text)) return [];
        return Extract(articleId, text, entities, published, tagger.Tag(text, published?.Start));
    }

    /// <summary>The claims of one article, reusing temporal expressions the pipeline already tagged on the same text.</summary>
    /// <param name="articleId">The article's id, copied into each claim.</param>
    /// <param name="text">The article text the entities and expressions were found in.</param>
    /// <param name="entities">The entity recognizer's result for that text.</param>
    /// <param name="published">The published date; claims hold as of it unless they state a date.</param>
    /// <param name="times">The temporal expressions of that text in offset order.</param>
    public IReadOnlyList<Claim> Extract(string articleId, string? text, DocumentEntities entities, PartialDate? published,
        IReadOnlyList<TemporalExpression> times)
    {
        if (string.IsNullOrEmpty(text)) return [];
        return Extract(articleId, text, entities, published, times, SentenceSplitter.Split(text));
    }

    /// <summary>The claims of one article, reusing the temporal expressions and the sentences (as <see cref="SentenceSplitter"/> splits the text) the pipeline already has.</summary>
    /// <param name="articleId">The article's id, copied into each claim.</param>
    /// <param name="text">The article text the entities and expressions were found in.</param>
    /// <param name="entities">The entity recognizer's result for that text.</param>
    /// <param name="published">The published date; claims hold as of it unless they state a date.</param>
    /// <param name="times">The temporal expressions of that text in offset order.</param>
    /// <param name="sentences">The sentences of that text.</param>
    public IReadOnlyList<Claim> Extract(string articleId, string? text, DocumentEntities entities, PartialDate? published,
        IReadOnlyList<TemporalExpression> times, IReadOnlyList<SentenceSpan> sentences)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(sentences);
        if (string.IsNullOrEmpty(text)) return [];
        return new ClaimScan(Options, lexicon, articleId ?? "", text, entities, published, times, sentences).Run();
    }
}
