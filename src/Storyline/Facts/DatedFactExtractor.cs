using Storyline.Articles;
using Storyline.Text;
using Storyline.Time;

namespace Storyline.Facts;

/// <summary>
/// Turns the sentences of an article that refer to a resolved calendar date into <see cref="DatedFact"/>s.
/// Built once, immutable and thread-safe.
/// </summary>
public sealed class DatedFactExtractor
{
    private static readonly string[] CurrentPeriodWords = ["this", "current", "so far"];

    private readonly TemporalTagger _tagger;
    private readonly PublicationDateOptions _dateline;

    /// <summary>Creates an extractor.</summary>
    /// <param name="options">Extraction settings; <see cref="DatedFactOptions.Default"/> when null.</param>
    /// <param name="tagger">The temporal tagger; <see cref="TemporalTagger.Default"/> when null.</param>
    /// <param name="datelines">Where a dateline (a report date to leave out) is looked for; defaults when null.</param>
    public DatedFactExtractor(DatedFactOptions? options = null, TemporalTagger? tagger = null, PublicationDateOptions? datelines = null)
    {
        Options = options ?? DatedFactOptions.Default;
        _tagger = tagger ?? TemporalTagger.Default;
        _dateline = datelines ?? PublicationDateOptions.Default;
    }

    /// <summary>An extractor with the default settings.</summary>
    public static DatedFactExtractor Default { get; } = new();

    /// <summary>The settings this extractor was built with.</summary>
    public DatedFactOptions Options { get; }

    /// <summary>The temporal tagger it tags texts with.</summary>
    public TemporalTagger Tagger => _tagger;

    /// <summary>
    /// The date relative expressions are resolved against for an article published on <paramref name="published"/>:
    /// the day itself, or the end of a coarser period.
    /// </summary>
    public static DateOnly? ReferenceOf(PartialDate? published) =>
        published is { } p ? (p.Precision == DatePrecision.Day ? p.Start : p.End) : null;

    /// <summary>
    /// The dated facts of <paramref name="article"/>, in text order. Relative expressions are resolved against
    /// <paramref name="published"/> (the article's own date when null); without any date only absolute dates and
    /// dates anchored to them ("in 2020 … two years later") are kept.
    /// </summary>
    public IReadOnlyList<DatedFact> Extract(Article article, PartialDate? published = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        published ??= article.Published;
        var text = Options.IncludeTitleAndDek ? article.FullText : article.Body;
        if (string.IsNullOrWhiteSpace(text)) return [];
        var bodyStart = article.Body.Length == 0 ? text.Length : text.Length - article.Body.Length;

        // A day reference resolves "on Saturday" exactly; against a month or year only coarser relatives are trusted.
        var expressions = _tagger.Tag(text, ReferenceOf(published));
        if (expressions.Count == 0) return [];
        return Extract(article.Id, text, bodyStart, expressions, published);
    }

    /// <summary>
    /// The dated facts of an already tagged <paramref name="text"/> (title, dek and body as one text, body from
    /// <paramref name="bodyStart"/>), for callers that tag once and use the expressions for more than facts.
    /// </summary>
    public IReadOnlyList<DatedFact> Extract(string articleId, string text, int bodyStart, IReadOnlyList<TemporalExpression> expressions, PartialDate? published)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Extract(articleId, text, bodyStart, expressions, published, SentenceSplitter.Split(text));
    }

    /// <summary>
    /// The dated facts of an already tagged and split <paramref name="text"/>: as
    /// <see cref="Extract(string, string, int, IReadOnlyList{TemporalExpression}, PartialDate?)"/>, with the
    /// <paramref name="sentences"/> <see cref="SentenceSplitter"/> gives for the text.
    /// </summary>
    public IReadOnlyList<DatedFact> Extract(string articleId, string text, int bodyStart, IReadOnlyList<TemporalExpression> expressions, PartialDate? published,
        IReadOnlyList<SentenceSpan> sentences)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(expressions);
        ArgumentNullException.ThrowIfNull(sentences);
        if (expressions.Count == 0) return [];
        bodyStart = Math.Clamp(bodyStart, 0, text.Length);
        var reportLine = ReportDateLine.Find(text, bodyStart, expressions, _dateline);
        var quotes = Options.SkipRelativeInQuotes ? Quotations.Find(text) : default;

        var facts = new List<DatedFact>();
        var seen = new HashSet<(int Sentence, PartialDate Date)>();
        foreach (var e in expressions)
        {
            if (e.Date is not { } date || e.Type is TimexType.Duration or TimexType.Set) continue;
            if (reportLine is { } line && e.Start < line.End && e.End > line.Start) continue;
            if (!e.IsRelative && ReportDateLine.IsTimestamp(text, e.End)) continue;
            if (e.IsRelative && !Keeps(e, date, published, quotes)) continue;
            var index = SentenceSplitter.IndexAt(sentences, e.Start);
            if (index < 0 || !seen.Add((index, date))) continue;
            var span = sentences[index];
            facts.Add(new DatedFact(articleId, date, SentenceText(text, span), span.Start, index, e.Text, e.Value, e.IsRelative));
        }
        return Options.KeepMostPreciseInSentence ? DropContainedDates(facts) : facts;
    }

    private bool Keeps(TemporalExpression e, PartialDate date, PartialDate? published, Quotations quotes)
    {
        if (Options.SkipRelativeInQuotes && quotes.Contains(e.Start, e.End)) return false;
        if (published is not { } p) return true;
        // Resolved against a month, "on Saturday" could be any Saturday of it: finer than the reference is guesswork.
        if (date.Precision > p.Precision) return false;
        return !(Options.SkipCurrentPeriod && date.Precision < DatePrecision.Day && date.IsCompatibleWith(p)
            && p.Start >= date.Start && p.End <= date.End && NamesCurrentPeriod(e.Text));
    }

    private static bool NamesCurrentPeriod(string expression)
    {
        foreach (var w in CurrentPeriodWords)
        {
            var i = expression.IndexOf(w, StringComparison.OrdinalIgnoreCase);
            if (i >= 0 && (i == 0 || !char.IsLetter(expression[i - 1])) && (i + w.Length == expression.Length || !char.IsLetter(expression[i + w.Length])))
                return true;
        }
        return false;
    }

    private string SentenceText(string text, SentenceSpan span)
    {
        var sentence = text.AsSpan(span.Start, span.Length).Trim();
        return sentence.Length <= Options.MaxSentenceLength
            ? sentence.ToString()
            : string.Concat(sentence[..(Options.MaxSentenceLength - 1)].TrimEnd(), "\u2026");
    }

    private static List<DatedFact> DropContainedDates(List<DatedFact> facts)
    {
        var kept = new List<DatedFact>(facts.Count);
        foreach (var f in facts)
        {
            var contained = false;
            foreach (var g in facts)
                if (g.SentenceIndex == f.SentenceIndex && g.Date.Precision > f.Date.Precision
                    && g.Date.Start >= f.Date.Start && g.Date.End <= f.Date.End)
                {
                    contained = true;
                    break;
                }
            if (!contained) kept.Add(f);
        }
        return kept;
    }
}
