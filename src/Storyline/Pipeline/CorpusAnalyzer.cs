using Storyline.Articles;
using Storyline.Events;
using Storyline.Claims;
using Storyline.Entities;
using Storyline.Fingerprints;
using Storyline.Quotes;
using Storyline.Facts;
using Storyline.Stories;
using Storyline.Time;
using Storyline.Storage;
using Storyline.Text;

namespace Storyline.Pipeline;

/// <summary>
/// Runs the whole-corpus stages over a set of articles: events, and the relations between
/// articles. Built once from options and reused; the result depends only on the set of
/// articles, never on their order.
/// </summary>
public sealed class CorpusAnalyzer(StorylineOptions options)
{
    /// <summary>An analyzer with default options.</summary>
    public CorpusAnalyzer() : this(new StorylineOptions()) { }

    /// <summary>The options the analyzer was built with.</summary>
    public StorylineOptions Options { get; } = options;

    private readonly EventClusterer termSource = new(options.Clustering);
    private readonly Fingerprinter fingerprinter = new(options.Fingerprints);
    // Built on first use: their lexicons take a fifth of a second to load, which a run without entities never pays.
    private readonly Lazy<EntityRecognizer> entityRecognizer = new(() => new EntityRecognizer(options.Entities));
    private readonly Lazy<QuoteExtractor> quoteExtractor = new(() => new QuoteExtractor(options.Quotes));
    private readonly Lazy<ClaimExtractor> claimExtractor = new(() => new ClaimExtractor());
    private readonly Analyses analyses = AnalysesNames.WithPrerequisites(options.Analyses);

    /// <summary>
    /// Starts loading, each on a thread of its own, the lexicons and tables that the analyses asked for will need, and
    /// returns at once. Without it the first articles load them one after another while the other cores wait on each.
    /// </summary>
    public void Preload()
    {
        const string id = "preload";
        const string sample = "Chrissy Teigen, 35, said on Sept. 30, 2020: \"We lost Jack,\" not Luna as previously reported.";
        var published = PartialDate.FromDateOnly(new DateOnly(2020, 10, 1));
        Task.Run(() => ArticleNormalization.Normalize(new Article(id, null, null, null, null, sample, published, null, "")));
        Task.Run(() => termSource.ExtractTerms(new EventInput(id, null, sample, null)));
        if (analyses.HasFlag(Analyses.Entities) || analyses.HasFlag(Analyses.Dates))
            Task.Run(() => TemporalTagger.Default.Tag(sample, published.Start));
        if (!analyses.HasFlag(Analyses.Entities)) return;
        Task.Run(() => entityRecognizer.Value.Recognize(id, sample));
        Task.Run(() => quoteExtractor.Value.Extract(id, sample, DocumentEntities.Empty(id)));
        Task.Run(() => claimExtractor.Value.Extract(id, sample, DocumentEntities.Empty(id), published, []));
        if (analyses.HasFlag(Analyses.Storylines)) Task.Run(() => CorrectionDetector.Default.Detect(id, sample, DocumentEntities.Empty(id)));
    }

    /// <summary>
    /// The per-article work of the analysis (terms, fingerprint), done ahead of time; thread-safe,
    /// so ingestion runs it on other cores while articles are being stored.
    /// </summary>
    public PreparedArticle Prepare(Article article, StageTimes? times = null)
    {
        var entities = DocumentEntities.Empty(article.Id);
        var text = analyses.HasFlag(Analyses.Entities) || analyses.HasFlag(Analyses.Dates) ? article.FullText : null;
        if (analyses.HasFlag(Analyses.Entities))
            using (StageTimes.Start(times, "entities")) entities = entityRecognizer.Value.Recognize(article.Id, text);
        EventTerms terms;
        using (StageTimes.Start(times, "terms")) terms = termSource.ExtractTerms(EventInputs.From(article));
        Fingerprint fingerprint;
        using (StageTimes.Start(times, "fingerprint")) fingerprint = fingerprinter.Compute(article.Body);
        IReadOnlyList<Quote> quotes = [];
        if (analyses.HasFlag(Analyses.Entities))
            using (StageTimes.Start(times, "quotes")) quotes = quoteExtractor.Value.Extract(article.Id, text, entities);
        entities.ForgetText();
        // An article that comes with its date can be read for facts and claims now (when either is asked for);
        // an undated one waits for the date the whole corpus lets us infer.
        var findings = text is not null && article.Published is { } published ? Study(article, text, published, entities, times) : null;
        // Only conflicts (within storylines) read an article's mentions after it was studied; an undated one is studied later.
        if (findings is not null && !analyses.HasFlag(Analyses.Storylines)) entities = entities.WithoutMentions();
        return new(terms, fingerprint, entities, quotes) { Findings = findings };
    }

    // The sentences, dated facts, claims and corrections of one article as of its (given or inferred) date;
    // each text is split and tagged once, and facts, claims and corrections share both.
    private ArticleFindings Study(Article a, string? text, PartialDate? published, DocumentEntities entities, StageTimes? times)
    {
        var dated = analyses.HasFlag(Analyses.Dates);
        var withEntities = analyses.HasFlag(Analyses.Entities);
        if (!dated && !withEntities) return new(published, null, [], [], []);
        text ??= a.FullText;
        IReadOnlyList<SentenceSpan> sentences;
        IReadOnlyList<DatedFact> facts = [];
        IReadOnlyList<TemporalExpression>? claimTimes = null;
        using (StageTimes.Start(times, "dates and facts"))
        {
            sentences = SentenceSplitter.Split(text);
            var extractor = Timeline.Default.Extractor;
            if (dated && (!extractor.Options.IncludeTitleAndDek || string.IsNullOrWhiteSpace(text)))
            {
                facts = extractor.Extract(a, published);
            }
            else if (dated)
            {
                var reference = DatedFactExtractor.ReferenceOf(published);
                var expressions = extractor.Tagger.Tag(text, reference);
                var bodyStart = a.Body.Length == 0 ? text.Length : text.Length - a.Body.Length;
                facts = expressions.Count == 0 ? [] : extractor.Extract(a.Id, text, bodyStart, expressions, published, sentences);
                // Claims resolve against the first day of the published date: the same reference when it is a day.
                if (ReferenceEquals(extractor.Tagger, TemporalTagger.Default) && reference == published?.Start) claimTimes = expressions;
            }
        }
        // Conflicts are found within storylines: without them the corrections, and the sentences that conflicts cite, would be thrown away.
        var findsConflicts = analyses.HasFlag(Analyses.Storylines);
        if (!withEntities) return new(published, null, facts, [], []);
        using (StageTimes.Start(times, "claims"))
        {
            var claims = claimExtractor.Value.Extract(a.Id, text, entities, published,
                claimTimes ?? TemporalTagger.Default.Tag(text, published?.Start), sentences);
            return findsConflicts
                ? new(published, sentences, facts, claims, CorrectionDetector.Default.Detect(a.Id, text, entities, sentences))
                : new(published, null, facts, claims, []);
        }
    }

    /// <summary>Analyzes <paramref name="articles"/> (ids must be distinct), using <paramref name="prepared"/> work where given.</summary>
    public CorpusAnalysis Analyze(IReadOnlyList<Article> articles, IReadOnlyDictionary<string, PreparedArticle>? prepared = null,
        StageTimes? times = null)
    {
        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var ordered = articles.OrderBy(a => a.Id, StringComparer.Ordinal).ToArray();
        var ready = new PreparedArticle[ordered.Length];
        Parallel.For(0, ordered.Length, i => ready[i] = prepared?.GetValueOrDefault(ordered[i].Id) ?? Prepare(ordered[i], times));
        // The stages that do not depend on each other run side by side: clustering is sequential, so the
        // entity registry takes the other core meanwhile; quote matching runs beside storyline linking (beside
        // clustering when no date is inferred). Each writes only its own results, so the outcome does not depend on timing.
        // Copies need only the fingerprints: they are found beside clustering too.
        var findingCopies = Task.Run(() =>
        {
            using var _ = StageTimes.Start(times, "copies");
            var detector = new NearDuplicateDetector(fingerprinter);
            var found = new List<ArticleRelation>();
            for (var i = 0; i < ordered.Length; i++)
                foreach (var copy in detector.Add(ordered[i].Id, ready[i].Fingerprint))
                    found.Add(new ArticleRelation(copy.A, copy.B, copy.RelationName, Math.Round(copy.Similarity, 4)));
            return found;
        });
        var withEntities = analyses.HasFlag(Analyses.Entities);
        var registry = new EntityRegistry();
        // When every article was studied as it was prepared (all came dated), their claims are final and are compared
        // right after the registry, beside clustering.
        var studied = Array.TrueForAll(ready, r => r.Findings is not null) ? ready.Select(r => r.Findings!).ToArray() : null;
        // Without date inference an article's date is the one it came with, so quotes are matched right after the registry,
        // on the same thread: the entity work of the corpus has slack until the writer has stored the last articles, and as
        // one thread beside clustering, copies and the writer it leaves the writer a larger share of the two cores.
        var dated = analyses.HasFlag(Analyses.Dates);
        var registering = Task.Run(() =>
        {
            IReadOnlyList<GlobalEntity> found;
            using (StageTimes.Start(times, "entity registry"))
            {
                if (withEntities)
                    foreach (var work in ready) registry.Add(work.Entities);
                found = registry.Entities();
            }
            var comparisons = studied is null ? null : CompareClaims(studied, registry, times);
            return (Entities: found, Comparisons: comparisons, Quotes: dated ? null : MatchQuotes(ordered, ready, a => a.Published, times));
        });
        var stage = StageTimes.Start(times, "cluster");
        var clusterer = new EventClusterer(Options.Clustering);
        clusterer.AddRange(ordered.Select(a => EventInputs.From(a)).ToArray(), ready.Select(p => p.Terms).ToArray());
        var clustering = clusterer.Consolidate();

        var centrality = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var link in clustering.Links)
        {
            centrality[link.A] = centrality.GetValueOrDefault(link.A) + link.Similarity;
            centrality[link.B] = centrality.GetValueOrDefault(link.B) + link.Similarity;
        }

        // Dates: infer what is missing from text clues and same-event siblings, then the dated facts.
        // (Facts are grouped per storyline and per query, never all at once: grouping is the costly part.)
        stage.Dispose();
        stage = StageTimes.Start(times, "dates and facts");
        var inferred = dated ? Timeline.Default.InferDates(ordered, clustering.Events) : new Dictionary<string, InferredDate>(StringComparer.Ordinal).AsReadOnly();
        PartialDate? Published(Article a) => a.Published ?? (inferred.TryGetValue(a.Id, out var d) ? d.Date : null);
        // Articles that came with their date were studied when they were prepared; the rest are studied now.
        var findings = new ArticleFindings[ordered.Length];
        Parallel.For(0, ordered.Length, i =>
        {
            var published = Published(ordered[i]);
            findings[i] = ready[i].Findings is { } f && f.Published == published
                ? f
                : Study(ordered[i], null, published, ready[i].Entities, times);
        });
        var facts = findings.SelectMany(f => f.Facts).ToArray();

        var events = clustering.Events
            .Select(e => ToStoredEvent(e, byId, centrality, Published))
            .OrderByDescending(e => e.ArticleIds.Count).ThenBy(e => e.Start ?? "9999", StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToArray();

        stage.Dispose();
        var matchingQuotes = dated ? Task.Run(() => MatchQuotes(ordered, ready, Published, times)) : null;
        var (entities, earlyComparisons, earlyQuotes) = registering.GetAwaiter().GetResult();

        stage = StageTimes.Start(times, "storylines");
        var (storylines, followUps) = analyses.HasFlag(Analyses.Storylines)
            ? LinkStorylines(ordered, ready, events, centrality, registry, entities, facts)
            : ([], []);

        stage.Dispose();
        // Claims compared across all articles; corrections and disagreements within each storyline.
        var comparisons = earlyComparisons ?? CompareClaims(findings, registry, times);
        var disagreements = comparisons.Where(c => c.Verdict == ClaimVerdict.Disagree).ToArray();
        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ordered.Length; i++) indexOf[ordered[i].Id] = i;
        var eventArticles = events.ToDictionary(e => e.Id, e => e.ArticleIds, StringComparer.Ordinal);
        stage = StageTimes.Start(times, "conflicts");
        var conflicts = new List<Conflict>();
        foreach (var story in storylines)
        {
            var members = story.Events.SelectMany(e => eventArticles[e]).Select(id => indexOf[id]).Order().ToArray();
            var corrections = members.SelectMany(i => findings[i].Corrections).ToArray();
            var inStory = members.Select(i => ordered[i].Id).ToHashSet(StringComparer.Ordinal);
            var storyComparisons = disagreements.Where(c => c.Claims.All(x => inStory.Contains(x.ArticleId))).ToArray();
            if (corrections.Length == 0 && storyComparisons.Length == 0) continue;
            var storyArticles = members.Select(i => new StoryArticle(ordered[i].Id, Published(ordered[i]), ordered[i].FullText, ready[i].Entities) { Sentences = findings[i].Sentences }).ToArray();
            conflicts.AddRange(new ConflictFinder().Find(storyArticles, corrections, storyComparisons));
        }

        stage.Dispose();
        stage = StageTimes.Start(times, "relations");
        // A copy is also a report of the same event; the stronger relation wins for the pair.
        var relations = new Dictionary<(string, string), ArticleRelation>();
        foreach (var f in followUps)
            relations[(f.A, f.B)] = new ArticleRelation(f.A, f.B, "follow-up", Math.Round(f.Strength, 4));
        foreach (var link in clustering.Links)
            relations[(link.A, link.B)] = new ArticleRelation(link.A, link.B, "same-event", Math.Round(link.Similarity, 4));
        foreach (var copy in findingCopies.GetAwaiter().GetResult()) relations[(copy.A, copy.B)] = copy;
        var relationList = relations.Values.OrderBy(r => r.A, StringComparer.Ordinal).ThenBy(r => r.B, StringComparer.Ordinal).ToArray();
        stage.Dispose();

        return new CorpusAnalysis(events, relationList, inferred.ToDictionary(p => p.Key, p => p.Value.Date, StringComparer.Ordinal))
        {
            Entities = entities,
            Quotes = earlyQuotes ?? matchingQuotes!.GetAwaiter().GetResult(),
            Facts = facts,
            Storylines = storylines,
            InferredBases = inferred.ToDictionary(p => p.Key, p => p.Value.Basis, StringComparer.Ordinal),
            Claims = findings.SelectMany(f => f.Claims).Select(c => new StoredClaim(c.Subject, c.Attribute, c.Value, c.AsOf?.ToString(), c.ArticleId, c.Sentence)).ToArray(),
            Comparisons = comparisons.Select(c => new StoredComparison(c.Claims.Count > 0 ? c.Claims[0].Subject : c.Subject, c.Attribute, c.Verdict.ToString().ToLowerInvariant(), c.Explanation,
                c.Claims.Select(x => new StoredClaim(x.Subject, x.Attribute, x.Value, x.AsOf?.ToString(), x.ArticleId, x.Sentence)).ToArray())).ToArray(),
            Conflicts = conflicts.Select(c => new StoredConflict(c.Kind, c.Subject, c.Articles, c.Evidence.Select(e => new StoredEvidence(e.Article, e.Sentence)).ToArray())).ToArray(),
        };
    }

    // Storylines: events linked through their central entities and shared happenings.
    private (IReadOnlyList<StorylineRecord> Storylines, IReadOnlyList<FollowUp> FollowUps) LinkStorylines(Article[] ordered,
        PreparedArticle[] ready, StoredEvent[] events, Dictionary<string, double> centrality, EntityRegistry registry,
        IReadOnlyList<GlobalEntity> entities, DatedFact[] facts)
    {
        var articleEntities = new Dictionary<string, IReadOnlyList<(string, double)>>(StringComparer.Ordinal);
        for (var i = 0; i < ordered.Length; i++)
        {
            var list = new List<(string, double)>();
            var doc = ready[i].Entities;
            for (var k = 0; k < doc.Entities.Count; k++)
                if (registry.Resolve(ordered[i].Id, k) is { } global) list.Add((global.Id, doc.Entities[k].Salience));
            articleEntities[ordered[i].Id] = list;
        }
        var linkable = events.Select(e => new LinkableEvent(e.Id, e.Title,
            e.ArticleIds.OrderByDescending(id => centrality.GetValueOrDefault(id)).ThenBy(id => id, StringComparer.Ordinal).ToArray(),
            e.Start is { } s && PartialDate.TryParse(s, out var start) ? start : null,
            e.End is { } en && PartialDate.TryParse(en, out var end) ? end : null)).ToArray();
        return new StorylineLinker(Options.Storylines).Link(linkable, articleEntities, entities.ToDictionary(e => e.Id, StringComparer.Ordinal), facts);
    }

    // Claims compared across all articles, a subject known to the registry by its entity, any other by its lowercased name.
    private static IReadOnlyList<ClaimComparison> CompareClaims(ArticleFindings[] findings, EntityRegistry registry, StageTimes? times)
    {
        using var _ = StageTimes.Start(times, "claim comparison");
        string SubjectKey(Claim c) => c.SubjectEntityIndex is int k && registry.Resolve(c.ArticleId, k) is { } g ? g.Id : c.Subject.ToLowerInvariant();
        return new ClaimComparer().Compare(findings.SelectMany(f => f.Claims), SubjectKey);
    }

    // Quotations matched across articles, first seen by the given dates.
    private IReadOnlyList<QuoteGroup> MatchQuotes(Article[] ordered, PreparedArticle[] ready, Func<Article, PartialDate?> published, StageTimes? times)
    {
        if (!analyses.HasFlag(Analyses.Entities)) return [];
        using var _ = StageTimes.Start(times, "quote matching");
        var quotes = new QuoteRegistry(Options.QuoteMatching);
        for (var i = 0; i < ordered.Length; i++) quotes.Add(ordered[i].Id, published(ordered[i]), ready[i].Quotes);
        return quotes.Groups();
    }

    private static StoredEvent ToStoredEvent(EventCluster e, Dictionary<string, Article> byId, Dictionary<string, double> centrality, Func<Article, PartialDate?> published)
    {
        var central = e.ArticleIds
            .OrderByDescending(id => centrality.GetValueOrDefault(id))
            .ThenBy(id => byId[id].Title is null ? 1 : 0)
            .ThenBy(id => id, StringComparer.Ordinal)
            .First();
        var title = byId[central].Title ?? byId[central].Dek ?? FirstLine(byId[central].Body);
        var dates = e.ArticleIds.Select(id => published(byId[id])).OfType<PartialDate>().ToArray();
        return new StoredEvent(e.Id, title, e.ArticleIds,
            dates.Length == 0 ? null : dates.Min().ToString(),
            dates.Length == 0 ? null : dates.Max().ToString());
    }

    private static string FirstLine(string body)
    {
        var line = body.Split('\n', 2)[0].Trim();
        return line.Length <= 120 ? line : line[..117] + "...";
    }
}

/// <summary>The per-article part of the analysis, computed ahead of the whole-corpus part.</summary>
/// <param name="Terms">Weighted event terms.</param>
/// <param name="Fingerprint">Exact and MinHash fingerprint of the body.</param>
/// <param name="Entities">Entity mentions and in-document entities of title, dek and body.</param>
/// <param name="Quotes">Direct quotations with their speakers.</param>
public sealed record PreparedArticle(EventTerms Terms, Fingerprint Fingerprint, DocumentEntities Entities, IReadOnlyList<Quote> Quotes)
{
    /// <summary>Facts, claims and corrections, read as of the article's own date; null for an undated article.</summary>
    public ArticleFindings? Findings { get; init; }
}

/// <summary>What one article's text says as of a date: its dated facts, claims and corrections.</summary>
/// <param name="Published">The date they were read as of (the article's own or an inferred one).</param>
/// <param name="Sentences">The sentences of the article's full text (title, dek and body), which conflicts cite; null when
/// storylines, within which conflicts are found, are not analyzed. The text itself is not kept: a large corpus would hold it twice.</param>
/// <param name="Facts">Dated facts, in text order.</param>
/// <param name="Claims">Attribute claims.</param>
/// <param name="Corrections">Corrections and denials the text states; empty when storylines are not analyzed.</param>
public sealed record ArticleFindings(PartialDate? Published, IReadOnlyList<SentenceSpan>? Sentences,
    IReadOnlyList<DatedFact> Facts, IReadOnlyList<Claim> Claims, IReadOnlyList<Correction> Corrections);
