using Storyline.Articles;
using Storyline.Text;
using Storyline.Time;

namespace Storyline.Facts;

/// <summary>
/// Works out when an article without a header or metadata date was published, from a dateline in its text,
/// from the dates of other reports of the same event, from weekday clues, and from the dates it reports as past.
/// Never invents: with no evidence it returns null, and the precision of the answer says how much is known.
/// Built once, immutable and thread-safe.
/// </summary>
public sealed class PublicationDateInference
{
    private static readonly string[] FutureCues = ["will", "'ll", "\u2019ll", "shall", "next", "upcoming", "plans to", "is set to", "are set to", "scheduled", "is expected to", "are expected to"];

    private readonly TemporalTagger _tagger;

    /// <summary>Creates an inference.</summary>
    /// <param name="options">Settings; <see cref="PublicationDateOptions.Default"/> when null.</param>
    /// <param name="tagger">The temporal tagger; <see cref="TemporalTagger.Default"/> when null.</param>
    public PublicationDateInference(PublicationDateOptions? options = null, TemporalTagger? tagger = null)
    {
        Options = options ?? PublicationDateOptions.Default;
        _tagger = tagger ?? TemporalTagger.Default;
    }

    /// <summary>An inference with the default settings.</summary>
    public static PublicationDateInference Default { get; } = new();

    /// <summary>The settings this inference was built with.</summary>
    public PublicationDateOptions Options { get; }

    /// <summary>Infers the published date of <paramref name="article"/>, tagging its text without a reference date.</summary>
    public InferredDate? Infer(Article article, IReadOnlyList<Article> sameEventSiblings)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Infer(article, _tagger.Tag(article.FullText, null), sameEventSiblings);
    }

    /// <summary>
    /// Infers the published date of <paramref name="article"/> from its text and from <paramref name="sameEventSiblings"/>
    /// (other reports of the same event; those with a published date help). The article's own published date is not read.
    /// </summary>
    /// <param name="article">The article.</param>
    /// <param name="expressions">The temporal expressions of <see cref="Article.FullText"/>, tagged without a reference date.</param>
    /// <param name="sameEventSiblings">Other articles of the article's event.</param>
    /// <returns>The date with its basis, confidence and evidence; null when nothing in the text or the siblings says.</returns>
    public InferredDate? Infer(Article article, IReadOnlyList<TemporalExpression> expressions, IReadOnlyList<Article> sameEventSiblings)
    {
        ArgumentNullException.ThrowIfNull(article);
        expressions ??= [];
        sameEventSiblings ??= [];
        var text = article.FullText;
        var bodyStart = article.Body.Length == 0 ? text.Length : text.Length - article.Body.Length;

        if (ReportDateLine.Find(text, bodyStart, expressions, Options) is { } line)
            return new InferredDate(line.Date, PublishedBasis.Text, Options.DatelineConfidence, $"dateline \u201C{line.Line}\u201D");

        var lowerBound = LatestReportedDay(text, expressions);
        var fromSiblings = FromSiblings(article, text, bodyStart, sameEventSiblings, lowerBound);
        if (fromSiblings is not null) return fromSiblings;

        return lowerBound is { } bound
            ? new InferredDate(new PartialDate(bound.Year, bound.Month), PublishedBasis.Inferred, Options.LowerBoundConfidence,
                $"not before {Iso(bound)}, the latest full date the text reports")
            : null;
    }

    private static string Iso(DateOnly day) => PartialDate.FromDateOnly(day).ToString();

    /// <summary>The latest absolute full date the text reports as past: a report cannot predate what it tells.</summary>
    private static DateOnly? LatestReportedDay(string text, IReadOnlyList<TemporalExpression> expressions)
    {
        DateOnly? latest = null;
        List<SentenceSpan>? sentences = null;
        foreach (var e in expressions)
        {
            if (e.IsRelative || e.Date is not { Precision: DatePrecision.Day } d || (latest is not null && d.Start <= latest)) continue;
            if (sentences is null) { sentences = []; SentenceSplitter.Split(text, sentences); }
            // A date the text looks forward to ("the trial will open on March 2, 2012") bounds nothing.
            if (SentenceOf(sentences, e.Start) is { } s && HasFutureCue(text.AsSpan(s.Start, s.Length))) continue;
            latest = d.Start;
        }
        return latest;
    }

    private static SentenceSpan? SentenceOf(List<SentenceSpan> sentences, int offset)
    {
        foreach (var s in sentences)
            if (s.Start <= offset && offset < s.End) return s;
        return null;
    }

    private string Siblings(IEnumerable<string> described)
    {
        var all = described.ToArray();
        var shown = string.Join(", ", all.Take(Options.EvidenceSiblings));
        return all.Length > Options.EvidenceSiblings ? $"{shown} and {all.Length - Options.EvidenceSiblings} more" : shown;
    }

    private InferredDate? FromSiblings(Article article, string text, int bodyStart, IReadOnlyList<Article> siblings, DateOnly? lowerBound)
    {
        var days = new List<(DateOnly Day, string Id)>();
        var months = new List<(PartialDate Month, string Id)>();
        foreach (var s in siblings)
        {
            if (s.Id == article.Id || s.Published is not { } p) continue;
            if (p.Precision == DatePrecision.Day) days.Add((p.Start, s.Id));
            else if (p.Precision == DatePrecision.Month) months.Add((p, s.Id));
        }
        if (days.Count == 0) return FromSiblingMonths(months, lowerBound);

        days.Sort((a, b) => a.Day != b.Day ? a.Day.CompareTo(b.Day) : string.CompareOrdinal(a.Id, b.Id));
        var first = days[0].Day;
        var last = days[^1].Day;
        var spread = last.DayNumber - first.DayNumber;
        if (spread > Options.MaxSiblingSpreadDays) return FromSiblingMonths(months, lowerBound);
        var center = days[(days.Count - 1) / 2].Day;
        var windowStart = first.AddDays(-Options.SiblingWindowDays);
        var windowEnd = last.AddDays(Options.SiblingWindowDays);
        if (lowerBound is { } lb && lb > windowEnd) return null;
        var siblingsSaid = $"same-event siblings {Siblings(days.Select(d => $"{d.Id} ({Iso(d.Day)})"))}";
        var penalty = spread * Options.SpreadPenaltyPerDay;

        if (WeekdayClue(text, bodyStart, center) is { } clue)
        {
            // "On Thursday" in a past-tense lead names the day of the news peg, and reports come out that day or soon
            // after: the Thursday of the siblings' window nearest their dates is the day, unless the text reports a
            // later full date, which the report cannot predate.
            DateOnly? peg = clue.Exact is { } exact && exact >= windowStart && exact <= windowEnd ? exact : null;
            for (var d = windowStart; clue.Exact is null && d <= windowEnd; d = d.AddDays(1))
                if (d.DayOfWeek == clue.Day && (peg is null || Math.Abs(d.DayNumber - center.DayNumber) < Math.Abs(peg.Value.DayNumber - center.DayNumber)))
                    peg = d;
            if (peg is { } day)
            {
                var bounded = lowerBound is { } lb2 && lb2 > day;
                var published = bounded ? lowerBound!.Value : day;
                return new InferredDate(PartialDate.FromDateOnly(published), PublishedBasis.Inferred, Math.Max(0, Options.SiblingWeekdayConfidence - penalty),
                    $"{siblingsSaid}, \u00B1{Options.SiblingWindowDays} days; \u201C{clue.Text}\u201D in a past-tense lead \u2192 {Iso(day)}, {day.DayOfWeek}"
                    + (bounded ? $"; not before {Iso(published)}, the latest full date the text reports" : ""));
            }
        }
        var month = new PartialDate(center.Year, center.Month);
        return new InferredDate(month, PublishedBasis.Inferred, Math.Max(0, Options.SiblingConfidence - penalty),
            $"{siblingsSaid}, \u00B1{Options.SiblingWindowDays} days; no clue pins the day");
    }

    private InferredDate? FromSiblingMonths(List<(PartialDate Month, string Id)> months, DateOnly? lowerBound)
    {
        if (months.Count == 0) return null;
        months.Sort((a, b) => a.Month != b.Month ? a.Month.CompareTo(b.Month) : string.CompareOrdinal(a.Id, b.Id));
        var center = months[(months.Count - 1) / 2].Month;
        if (months[0].Month != months[^1].Month) return null;
        if (lowerBound is { } lb && lb > center.End) return null;
        return new InferredDate(center, PublishedBasis.Inferred, Options.SiblingConfidence / 2,
            $"same-event siblings {Siblings(months.Select(m => $"{m.Id} ({m.Month})"))} published in that month");
    }

    /// <summary>A weekday of the lead, and its full date when the text gives one ("Friday, Sept. 19").</summary>
    private readonly record struct Clue(DayOfWeek Day, string Text, DateOnly? Exact);

    /// <summary>
    /// The first bare weekday ("on Thursday") of the lead (title, dek and the first body sentences) that is outside
    /// quotes and not in a future-tense sentence.
    /// </summary>
    private Clue? WeekdayClue(string text, int bodyStart, DateOnly reference)
    {
        var sentences = SentenceSplitter.Split(text);
        var quotes = Quotations.Find(text);
        var leadEnd = text.Length;
        var counted = 0;
        foreach (var s in sentences)
        {
            if (s.Start < bodyStart) continue;
            if (++counted > Options.WeekdayClueSentences) { leadEnd = s.Start; break; }
        }
        // The reference only lets the tagger find weekdays; their resolved dates are not used, only their day of the week.
        // Only the lead is tagged: the clue is looked for nowhere else.
        foreach (var e in _tagger.Tag(leadEnd < text.Length ? text[..leadEnd] : text, reference))
        {
            if (e.Start >= leadEnd) break;
            if (e.Date is not { Precision: DatePrecision.Day } date || !StartsWithWeekday(e.Text) || quotes.Contains(e.Start, e.End)) continue;
            var sentence = sentences.FirstOrDefault(x => x.Start <= e.Start && e.Start < x.End);
            if (HasFutureCue(text.AsSpan(sentence.Start, sentence.Length))) continue;
            return new Clue(date.Start.DayOfWeek, e.Text, e.Text.AsSpan().ContainsAny("0123456789") ? date.Start : null);
        }
        return null;
    }

    private static bool StartsWithWeekday(string expression)
    {
        foreach (var day in Enum.GetValues<DayOfWeek>())
            if (expression.StartsWith(day.ToString(), StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool HasFutureCue(ReadOnlySpan<char> sentence)
    {
        foreach (var cue in FutureCues)
        {
            var i = sentence.IndexOf(cue, StringComparison.OrdinalIgnoreCase);
            while (i >= 0)
            {
                var beforeOk = i == 0 || !char.IsLetter(sentence[i - 1]) || cue[0] is '\'' or '\u2019';
                var afterOk = i + cue.Length == sentence.Length || !char.IsLetter(sentence[i + cue.Length]);
                if (beforeOk && afterOk) return true;
                var next = sentence[(i + 1)..].IndexOf(cue, StringComparison.OrdinalIgnoreCase);
                i = next < 0 ? -1 : i + 1 + next;
            }
        }
        return false;
    }
}
