using System.Diagnostics;
using System.Globalization;
using Storyline.Articles;
using Storyline.Claims;
using Storyline.Entities;
using Storyline.Events;
using Storyline.Quotes;
using Storyline.Reading;
using Storyline.Text;
using Storyline.Time;

// Per-article stage micro-measure: single thread, each stage run over the whole corpus
// several times; prints the fastest round of each (the machine is shared, so the minimum is
// the least disturbed) in process CPU time and wall time, with the bytes allocated. Round 1
// is close to the cold pass an ingest makes (JIT, caches; only the lexicons are loaded first, and
// their load time printed); later rounds are warm.
// Usage: PerArticle <articles.jsonl[.gz]> [rounds] [stages, comma-separated; normalize and entities always run,
// once when not named]. The whole-corpus stages "registry" (EntityRegistry: add, entities, resolve all) and
// "quotegroups" (QuoteRegistry: add, groups) run only when named or when no stages are given; with
// PERARTICLE_DUMP=<file> their full output is written there, to compare two builds with cmp.
// With TIMES_DUMP=<file>, the "times" stage also writes every temporal expression of every article (with and without a
// reference date) to that file, to check that a change of the tagger keeps its output. Per-article stages: normalize,
// entities, terms, cluster (only when named), quotes, times, claims, corrections; with a fourth argument, a dump file, every entity, mention,
// quote, claim and correction of every article is written there. The stage "sentences" (SentenceSplitter.Split) runs only when
// named; with SENTENCES_DUMP=<file>, every sentence span of every article is written to that file. With TERMS_DUMP=<file>, the
// "terms" stage also writes every article's event terms and the exact bits of their weights (TERMS_REVERSE=1: extracted in
// reverse article order).
var path = args.Length > 0 ? args[0] : "/work/shared/data/t17/articles.jsonl.gz";
var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
var only = args.Length > 2 ? args[2] : null;
var dumpPath = args.Length > 3 ? args[3] : null;
var raw = new ArticleReader(ArticleReader.DefaultFormats()).Read([path]).Where(r => r.Article is not null).Select(r => r.Article!).ToArray();
Console.WriteLine($"{raw.Length} articles");
{
    var cold = Stopwatch.StartNew();
    new EntityRecognizer().Recognize("x", "Barack Obama said \"hello\" to John Smith in Paris.");
    Console.WriteLine($"first entity call {cold.Elapsed.TotalSeconds:F3} s");
    cold.Restart();
    new EventClusterer(new ClusteringOptions()).ExtractTerms(new EventInput("x", "Obama in Paris", "Barack Obama said hello to John Smith in Paris.", null));
    Console.WriteLine($"first terms call {cold.Elapsed.TotalSeconds:F3} s");
    cold.Restart();
    ArticleNormalization.Normalize(raw[0]);
    Console.WriteLine($"first normalize call {cold.Elapsed.TotalSeconds:F3} s");
    if (only is null || only.Contains("times", StringComparison.Ordinal))
    {
        cold.Restart();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        TemporalTagger.Default.Tag("On Sept. 30, 2020, a week later, he said.", new DateOnly(2020, 10, 1));
        Console.WriteLine($"first times call {cold.Elapsed.TotalSeconds:F3} s (cpu {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F3} s)");
    }
}

Article[] articles = [];
var recognizer = new EntityRecognizer();
var clusterer = new EventClusterer(new ClusteringOptions());
var quotes = new QuoteExtractor();
DocumentEntities[] entities = [];
string[] texts = [];

// With LOH_TRACE=1, each stage also prints the bytes it allocated on the large object heap (sampled by the runtime
// about every 100 KB), to check that no article allocates there; LOH_TYPES=1 also names the type of each sampled array.
using var loh = Environment.GetEnvironmentVariable("LOH_TRACE") == "1" ? new LargeAllocations() : null;

void Stage(string name, Action run)
{
    if (only is not null && !only.Contains(name, StringComparison.Ordinal) && name != "normalize" && !(name == "entities" && (only.Contains("quotes", StringComparison.Ordinal) || only.Contains("quotegroups", StringComparison.Ordinal) || only.Contains("registry", StringComparison.Ordinal) || only.Contains("claims", StringComparison.Ordinal) || only.Contains("claimcompare", StringComparison.Ordinal) || only.Contains("corrections", StringComparison.Ordinal)))) { return; }
    var best = double.MaxValue;
    var bestWall = double.MaxValue;
    long allocated = 0;
    var gcs = 0;
    var first = 0.0;
    var jitFirst = TimeSpan.Zero;
    var jitMethods = 0L;
    using var process = Process.GetCurrentProcess();
    // Stages that always run but were not asked for run once: they only feed the others.
    var times = only is null || only.Contains(name, StringComparison.Ordinal) ? rounds : 1;
    // The runtime recompiles what ran before (the setup of this stage, the stage before) on a background thread, a while
    // after; waiting lets that finish here, so round 1 counts this stage's own cold cost and not the previous stage's.
    const int settleMilliseconds = 1000;
    Thread.Sleep(settleMilliseconds);
    for (var r = 0; r < times; r++)
    {
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        var collections = GC.CollectionCount(0);
        var jit = System.Runtime.JitInfo.GetCompilationTime();
        var methods = System.Runtime.JitInfo.GetCompiledMethodCount();
        var lohBefore = loh?.Bytes ?? 0;
        var sw = Stopwatch.StartNew();
        run();
        if (loh is not null) Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name} round {r + 1}: {(loh.Bytes - lohBefore) / 1e6:F1} MB on the large object heap"));
        bestWall = Math.Min(bestWall, sw.Elapsed.TotalSeconds);
        process.Refresh();
        var used = (process.TotalProcessorTime - cpu).TotalSeconds;
        if (r == 0)
        {
            first = used;
            jitFirst = System.Runtime.JitInfo.GetCompilationTime() - jit;
            jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount() - methods;
        }
        best = Math.Min(best, used);
        allocated = GC.GetAllocatedBytesForCurrentThread() - bytes;
        gcs = GC.CollectionCount(0) - collections;
    }
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-10} cpu {best:F3} s (round 1: {first:F3} s), wall {bestWall:F3} s (best of {times}), {allocated / 1e6:F0} MB allocated, {gcs} gen0 GCs; round 1 JIT {jitFirst.TotalSeconds:F3} s, {jitMethods} methods"));
}

// The stage "read" (only when named) reads the input again: decompression, JSON Lines parsing, the articles as read.
if (only is not null && only.Contains("read", StringComparison.Ordinal))
    Stage("read", () => new ArticleReader(ArticleReader.DefaultFormats()).Read([path]).ToArray());
Stage("normalize", () => articles = raw.Select(ArticleNormalization.Normalize).ToArray());
// With NORMALIZE_DUMP=<file>, every field Normalize returns, of every article in input order, to compare two builds with cmp.
if (Environment.GetEnvironmentVariable("NORMALIZE_DUMP") is { Length: > 0 } normalizeDump)
{
    using var w = new StreamWriter(normalizeDump);
    static string Field(string? s) => s is null ? "<null>" : s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
    for (var i = 0; i < articles.Length; i++)
    {
        var a = articles[i];
        // Whether Normalize kept the instance matters too: callers test it to skip rewriting unchanged articles.
        w.WriteLine($"# {a.Id} {(ReferenceEquals(a, raw[i]) ? "same" : "new")}");
        w.WriteLine($"T {Field(a.Title)}");
        w.WriteLine($"D {Field(a.Dek)}");
        w.WriteLine($"P {a.Published} {a.Basis}");
        w.WriteLine($"S {Field(a.Source)} U {Field(a.Url)} H {a.ContentHash} O {Field(a.Origin)}");
        w.WriteLine($"N {string.Join("|", a.Notes)}");
        w.WriteLine($"B {Field(a.Body)}");
    }
    Console.WriteLine($"normalized articles dumped to {normalizeDump}");
}
texts = raw.Select(ArticleNormalization.Normalize).Select(a => a.FullText).ToArray();
Stage("entities", () => entities = articles.Select((a, i) => recognizer.Recognize(a.Id, texts[i])).ToArray());
if (only is not null && only.Contains("sentences", StringComparison.Ordinal))
    Stage("sentences", () => { foreach (var t in texts) SentenceSplitter.Split(t); });
Stage("terms", () => { foreach (var a in articles) clusterer.ExtractTerms(EventInputs.From(a)); });
if (Environment.GetEnvironmentVariable("TERMS_DUMP") is { Length: > 0 } termsDump && (only is null || only.Contains("terms", StringComparison.Ordinal)))
{
    // Weights as their exact bits: a change of the extractor must keep every one. TERMS_REVERSE=1 extracts in reverse
    // article order (the thread's word table then learns the words in another order) and writes in article order.
    var order = Enumerable.Range(0, articles.Length).ToArray();
    if (Environment.GetEnvironmentVariable("TERMS_REVERSE") == "1") Array.Reverse(order);
    var extracted = new EventTerms[articles.Length];
    foreach (var i in order) extracted[i] = clusterer.ExtractTerms(EventInputs.From(articles[i]));
    // The weights are internal to the engine; the bench reads them by reflection rather than widen its API.
    var weightsOf = typeof(EventTerms).GetProperty("Weights", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!;
    using var w = new StreamWriter(termsDump);
    for (var i = 0; i < articles.Length; i++)
    {
        w.WriteLine($"# {articles[i].Id}");
        foreach (var (term, weight, _) in ((string Term, float Weight, int Id)[])weightsOf.GetValue(extracted[i])!)
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{term}\t{BitConverter.SingleToInt32Bits(weight):X8}"));
    }
    Console.WriteLine($"terms dumped to {termsDump}");
}
if (only is not null && only.Contains("cluster", StringComparison.Ordinal))
{
    // Whole-corpus clustering over terms extracted beforehand, as ingestion prepares them.
    var inputs = articles.OrderBy(a => a.Id, StringComparer.Ordinal).Select(a => EventInputs.From(a)).ToArray();
    var prepared = inputs.Select(clusterer.ExtractTerms).ToArray();
    EventClustering? result = null;
    Stage("cluster", () =>
    {
        var whole = new EventClusterer(new ClusteringOptions());
        whole.AddRange(inputs, prepared);
        result = whole.Consolidate();
    });
    // CLUSTER_DUMP=<file> writes every event (id, members in order) and every link with its similarity's exact bits, to
    // compare two builds with cmp; CLUSTER_ORDER=reverse|shuffle feeds the articles in another order for the dump, to
    // check that the result does not depend on it.
    if (Environment.GetEnvironmentVariable("CLUSTER_DUMP") is { Length: > 0 } clusterDump && result is not null)
    {
        var reorder = Environment.GetEnvironmentVariable("CLUSTER_ORDER");
        if (reorder is "reverse" or "shuffle")
        {
            const int shuffleSeed = 17;
            var permutation = Enumerable.Range(0, inputs.Length).ToArray();
            if (reorder == "reverse") Array.Reverse(permutation);
            else new Random(shuffleSeed).Shuffle(permutation);
            var whole = new EventClusterer(new ClusteringOptions());
            whole.AddRange(permutation.Select(i => inputs[i]).ToArray(), permutation.Select(i => prepared[i]).ToArray());
            result = whole.Consolidate();
        }
        using var w = new StreamWriter(clusterDump);
        foreach (var e in result.Events) w.WriteLine($"V {e.Id}\t{string.Join("|", e.ArticleIds)}");
        foreach (var l in result.Links)
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"L {l.A}\t{l.B}\t{BitConverter.DoubleToInt64Bits(l.Similarity):X16}\t{l.Similarity:R}"));
        Console.WriteLine($"cluster dumped to {clusterDump}");
    }
}
Stage("quotes", () => { for (var i = 0; i < articles.Length; i++) quotes.Extract(articles[i].Id, texts[i], entities[i]); });
Stage("times", () => { for (var i = 0; i < articles.Length; i++) TemporalTagger.Default.Tag(texts[i], articles[i].Published?.Start); });
if (Environment.GetEnvironmentVariable("TIMES_DUMP") is { Length: > 0 } timesDump && (only is null || only.Contains("times", StringComparison.Ordinal)))
{
    using var w = new StreamWriter(timesDump);
    for (var i = 0; i < articles.Length; i++)
    {
        foreach (var reference in new[] { articles[i].Published?.Start, null })
            foreach (var e in TemporalTagger.Default.Tag(texts[i], reference))
                w.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{articles[i].Id}\t{(reference is null ? "-" : "r")}\t{e.Start}\t{e.Length}\t{e.Type}\t{e.Value}\t{e.Date}\t{e.IsRelative}\t{e.Text}"));
    }
}

// Whole-corpus registries, fed in ordinal id order as CorpusAnalyzer does; PERARTICLE_DUMP=<file> writes their full output.
if (only is null || only.Contains("registry", StringComparison.Ordinal) || only.Contains("quotegroups", StringComparison.Ordinal))
{
    var order = Enumerable.Range(0, articles.Length).OrderBy(i => articles[i].Id, StringComparer.Ordinal).ToArray();
    var quotesOf = new IReadOnlyList<Quote>[articles.Length];
    for (var i = 0; i < articles.Length; i++) quotesOf[i] = quotes.Extract(articles[i].Id, texts[i], entities[i]);
    EntityRegistry registry = new();
    IReadOnlyList<QuoteGroup> groups = [];
    Stage("registry", () =>
    {
        registry = new EntityRegistry();
        foreach (var i in order) registry.Add(entities[i]);
        registry.Entities();
        foreach (var i in order)
            for (var k = 0; k < entities[i].Entities.Count; k++) registry.Resolve(articles[i].Id, k);
    });
    Stage("quotegroups", () =>
    {
        var quoteRegistry = new QuoteRegistry(new QuoteMatcherOptions());
        foreach (var i in order) quoteRegistry.Add(articles[i].Id, articles[i].Published, quotesOf[i]);
        groups = quoteRegistry.Groups();
    });
    if (Environment.GetEnvironmentVariable("PERARTICLE_DUMP") is { Length: > 0 } dump)
    {
        using var w = new StreamWriter(dump);
        static string List(IReadOnlyList<string> l) => "[" + string.Join("|", l) + "]";
        if (only is null || only.Contains("registry", StringComparison.Ordinal))
        {
            foreach (var e in registry.Entities()) w.WriteLine($"E {e.Id}\t{e.Name}\t{e.Type}\t{List(e.Aliases)}\t{List(e.Articles)}");
            foreach (var i in order)
                for (var k = 0; k < entities[i].Entities.Count; k++)
                    w.WriteLine($"R {articles[i].Id} {k} {registry.Resolve(articles[i].Id, k)?.Id ?? "-"}");
        }
        if (only is null || only.Contains("quotegroups", StringComparison.Ordinal))
            foreach (var g in groups)
            {
                w.WriteLine($"G {g.Id}\t{g.Text}\t{g.Speaker}\t{List(g.Articles)}\t{g.FirstArticle}\t{g.FirstPublished}");
                foreach (var q in g.Quotes) w.WriteLine($"  Q {q.ArticleId} {q.Start} {q.Length} {q.Speaker} {q.SpeakerEntity} {q.Verb} {q.Venue}\t{q.Text}");
            }
    }
}

// Claims and corrections get the temporal expressions and sentences the pipeline computes before them (as CorpusAnalyzer.Analyze does), outside the timing.
var claimExtractor = new ClaimExtractor();
IReadOnlyList<TemporalExpression>[] timesOf = [];
IReadOnlyList<SentenceSpan>[] sentencesOf = [];
if (only is null || only.Contains("claims", StringComparison.Ordinal) || only.Contains("claimcompare", StringComparison.Ordinal) || only.Contains("corrections", StringComparison.Ordinal) || dumpPath is not null)
{
    timesOf = articles.Select((a, i) => TemporalTagger.Default.Tag(texts[i], a.Published?.Start)).ToArray();
    sentencesOf = texts.Select(t => SentenceSplitter.Split(t)).ToArray();
}
if (Environment.GetEnvironmentVariable("SENTENCES_DUMP") is { Length: > 0 } sentencesDump)
{
    // Both overloads: the list-appending one is what the publication-date inference calls.
    using var w = new StreamWriter(sentencesDump);
    var appended = new List<SentenceSpan>();
    for (var i = 0; i < articles.Length; i++)
    {
        w.WriteLine($"# {articles[i].Id}");
        foreach (var s in SentenceSplitter.Split(texts[i])) w.WriteLine($"{s.Start} {s.Length}");
        appended.Clear();
        appended.Add(new SentenceSpan(-1, 0));
        SentenceSplitter.Split(texts[i].AsSpan(), appended);
        w.WriteLine(string.Join(" ", appended.Select(s => s.Start)));
    }
    Console.WriteLine($"sentences dumped to {sentencesDump}");
}
Stage("claims", () => { for (var i = 0; i < articles.Length; i++) claimExtractor.Extract(articles[i].Id, texts[i], entities[i], articles[i].Published, timesOf[i], sentencesOf[i]); });
// The stage "claimcompare" (only when named) compares every article's claims across the corpus as CorpusAnalyzer does, a
// subject known to the registry by its entity; the claims and the registry are made beforehand. With
// CLAIMCOMPARE_DUMP=<file>, every comparison (subject, attribute, verdict, explanation, claims) is written there.
if (only is not null && only.Contains("claimcompare", StringComparison.Ordinal))
{
    var allClaims = new List<Claim>();
    for (var i = 0; i < articles.Length; i++) allClaims.AddRange(claimExtractor.Extract(articles[i].Id, texts[i], entities[i], articles[i].Published, timesOf[i], sentencesOf[i]));
    var claimRegistry = new EntityRegistry();
    foreach (var e in entities) claimRegistry.Add(e);
    claimRegistry.Entities();
    string SubjectKey(Claim c) => c.SubjectEntityIndex is int k && claimRegistry.Resolve(c.ArticleId, k) is { } g ? g.Id : c.Subject.ToLowerInvariant();
    IReadOnlyList<ClaimComparison> compared = [];
    Stage("claimcompare", () => compared = new ClaimComparer().Compare(allClaims, SubjectKey));
    if (Environment.GetEnvironmentVariable("CLAIMCOMPARE_DUMP") is { Length: > 0 } compareDump)
    {
        using var w = new StreamWriter(compareDump);
        // Also in reverse input order: the result must not depend on it.
        var reversed = new List<Claim>(allClaims);
        reversed.Reverse();
        foreach (var run in new[] { compared, new ClaimComparer().Compare(reversed, SubjectKey), new ClaimComparer().Compare(allClaims) })
        {
            w.WriteLine($"# {run.Count} comparisons");
            foreach (var c in run)
            {
                w.WriteLine($"K {c.Subject}\t{c.Attribute}\t{c.Verdict}\t{c.Explanation}\t{string.Join("|", c.Articles)}");
                foreach (var x in c.Claims) w.WriteLine($"  {x.ArticleId}|{x.SentenceStart}|{x.Subject}|{x.SubjectEntityIndex}|{x.Attribute}|{x.Value}|{x.Number}|{x.AsOf}");
            }
        }
        Console.WriteLine($"claim comparisons dumped to {compareDump}");
    }
}
Stage("corrections", () => { for (var i = 0; i < articles.Length; i++) CorrectionDetector.Default.Detect(articles[i].Id, texts[i], entities[i], sentencesOf[i]); });

if (dumpPath is not null)
{
    using var w = new StreamWriter(dumpPath);
    var inv = CultureInfo.InvariantCulture;
    string D(double? d) => d is { } x ? x.ToString("R", inv) : "null";
    for (var i = 0; i < articles.Length; i++)
    {
        var a = articles[i];
        var e = recognizer.Recognize(a.Id, texts[i]);
        w.WriteLine($"# {e.ArticleId}");
        foreach (var x in e.Entities)
            w.WriteLine($"E {x.Index}|{x.Name}|{x.Type}|{string.Join(";", x.Aliases)}|{x.MentionCount}|{D(x.Salience)}|{x.FirstOffset}|{x.Gender}");
        foreach (var m in e.Mentions)
            w.WriteLine($"M {m.Start}|{m.Length}|{m.Text}|{m.Type}|{m.EntityIndex}|{m.Kind}");
        foreach (var q in quotes.Extract(a.Id, texts[i], e))
            w.WriteLine($"Q {q.ArticleId}|{q.Start}|{q.Length}|{q.Text}|{q.Speaker}|{q.SpeakerEntity}|{q.Verb}|{q.Venue}");
        foreach (var c in claimExtractor.Extract(a.Id, texts[i], e, a.Published, timesOf[i], sentencesOf[i]))
            w.WriteLine($"C {c.Subject}|{c.SubjectEntityIndex}|{c.Attribute}|{c.Value}|{D(c.Number)}|{c.AsOf}|{c.ArticleId}|{c.Sentence}|{c.SentenceStart}");
        foreach (var c in CorrectionDetector.Default.Detect(a.Id, texts[i], e, sentencesOf[i]))
            w.WriteLine($"R {c.ArticleId}|{c.Kind}|{c.Sentence}|{c.SentenceStart}|{c.CorrectedTerm}|{c.CorrectTerm}|{c.Subject}|{c.SubjectEntityIndex}");
        // Without precomputed times and sentences too, the paths the public overloads take.
        foreach (var c in CorrectionDetector.Default.Detect(a.Id, texts[i], e))
            w.WriteLine($"r {c.Kind}|{c.SentenceStart}|{c.CorrectedTerm}|{c.CorrectTerm}|{c.Subject}");
    }
    Console.WriteLine($"dumped to {dumpPath}");
}

/// <summary>Sums the large-object-heap allocations the runtime reports (its allocation ticks, one per ~100 KB).</summary>
internal sealed class LargeAllocations : System.Diagnostics.Tracing.EventListener
{
    private long bytes;

    public long Bytes => Interlocked.Read(ref bytes);

    protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource source)
    {
        const long gcKeyword = 0x1;
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(source, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)gcKeyword);
    }

    protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs e)
    {
        const int largeKind = 1;
        if (e.EventName is not { } n || !n.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null || e.PayloadNames is null) return;
        var kind = e.PayloadNames.IndexOf("AllocationKind");
        var amount = e.PayloadNames.IndexOf("AllocationAmount64");
        if (kind < 0 || Convert.ToInt32(e.Payload[kind], CultureInfo.InvariantCulture) != largeKind) return;
        if (Environment.GetEnvironmentVariable("LOH_TYPES") == "1") Console.WriteLine($"    LOH {e.Payload[e.PayloadNames.IndexOf("TypeName")]}");
        Interlocked.Add(ref bytes, amount >= 0 ? Convert.ToInt64(e.Payload[amount], CultureInfo.InvariantCulture) : 100_000);
    }
}
