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
// Usage: PerArticle <articles.jsonl[.gz]> [rounds] [stages, comma-separated; normalize and entities always run] [dump file]
// Stages: normalize, entities, terms, quotes, claims, corrections. With a dump file, every entity, mention, quote,
// claim and correction of every article is written there, so a change can be checked to keep the output.
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
}

Article[] articles = [];
var recognizer = new EntityRecognizer();
var clusterer = new EventClusterer(new ClusteringOptions());
var quotes = new QuoteExtractor();
DocumentEntities[] entities = [];
string[] texts = [];

void Stage(string name, Action run)
{
    if (only is not null && !only.Contains(name, StringComparison.Ordinal) && name != "normalize" && name != "entities") { return; }
    var best = double.MaxValue;
    var bestWall = double.MaxValue;
    long allocated = 0;
    var gcs = 0;
    var first = 0.0;
    var jitFirst = TimeSpan.Zero;
    var jitMethods = 0L;
    using var process = Process.GetCurrentProcess();
    // The runtime recompiles what ran before (the setup of this stage, the stage before) on a background thread, a while
    // after; waiting lets that finish here, so round 1 counts this stage's own cold cost and not the previous stage's.
    const int settleMilliseconds = 1000;
    Thread.Sleep(settleMilliseconds);
    for (var r = 0; r < rounds; r++)
    {
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        var collections = GC.CollectionCount(0);
        var jit = System.Runtime.JitInfo.GetCompilationTime();
        var methods = System.Runtime.JitInfo.GetCompiledMethodCount();
        var sw = Stopwatch.StartNew();
        run();
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
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-10} cpu {best:F3} s (round 1: {first:F3} s), wall {bestWall:F3} s (best of {rounds}), {allocated / 1e6:F0} MB allocated, {gcs} gen0 GCs; round 1 JIT {jitFirst.TotalSeconds:F3} s, {jitMethods} methods"));
}

Stage("normalize", () => articles = raw.Select(ArticleNormalization.Normalize).ToArray());
texts = raw.Select(ArticleNormalization.Normalize).Select(a => a.FullText).ToArray();
Stage("entities", () => entities = articles.Select((a, i) => recognizer.Recognize(a.Id, texts[i])).ToArray());
Stage("terms", () => { foreach (var a in articles) clusterer.ExtractTerms(EventInputs.From(a)); });
Stage("quotes", () => { for (var i = 0; i < articles.Length; i++) quotes.Extract(articles[i].Id, texts[i], entities[i]); });

// Claims and corrections get the temporal expressions and sentences the pipeline computes before them (as CorpusAnalyzer.Analyze does), outside the timing.
var claimExtractor = new ClaimExtractor();
IReadOnlyList<TemporalExpression>[] timesOf = [];
IReadOnlyList<SentenceSpan>[] sentencesOf = [];
if (only is null || only.Contains("claims", StringComparison.Ordinal) || only.Contains("corrections", StringComparison.Ordinal) || dumpPath is not null)
{
    timesOf = articles.Select((a, i) => TemporalTagger.Default.Tag(texts[i], a.Published?.Start)).ToArray();
    sentencesOf = texts.Select(t => SentenceSplitter.Split(t)).ToArray();
}
Stage("claims", () => { for (var i = 0; i < articles.Length; i++) claimExtractor.Extract(articles[i].Id, texts[i], entities[i], articles[i].Published, timesOf[i], sentencesOf[i]); });
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
