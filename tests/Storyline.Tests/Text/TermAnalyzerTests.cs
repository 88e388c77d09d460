using System.IO.Compression;
using System.Text.Json;
using Storyline.Text;
using Xunit.Abstractions;

namespace Storyline.Tests.Text;

public class TermAnalyzerTests(ITestOutputHelper output)
{
    [Fact]
    public void Analyzer_lowercases_strips_possessives_and_inner_periods_and_stems()
        => Assert.Equal(["teigen", "well", "known", "us", "ketamin", "therapi", "session", "3.5", "percent"],
            TermAnalyzer.Default.Terms("Teigen's well-known U.S. ketamine therapy sessions: 3.5 percent!"));

    [Fact]
    public void Analyzer_drops_stopwords_punctuation_and_stray_letters()
        => Assert.Equal(["bless", "ceremoni", "share"],
            TermAnalyzer.Default.Terms("The blessings -- \"ceremony\" -- she had shared . . . today 's"[..^8]));

    [Fact]
    public void Analyzer_treats_curly_apostrophes_like_straight_ones()
    {
        Assert.Equal(["teigen", "tribut"], TermAnalyzer.Default.Terms("Teigen\u2019s tribute"));
        Assert.Empty(TermAnalyzer.Default.Terms("don\u2019t they\u2019re"));
    }

    [Fact]
    public void Analyzer_keeps_numbers_unstemmed()
        => Assert.Equal(["2020", "1990s", "35", "1.5"], TermAnalyzer.Default.Terms("In 2020, the 1990s, 35 and 1.5."));

    [Fact]
    public void Analyzer_options_turn_off_stemming_stopwords_and_hyphen_splitting()
    {
        var plain = new TermAnalyzer(new TermAnalyzerOptions { Stem = false, RemoveStopwords = false, SplitHyphenatedWords = false });
        Assert.Equal(["the", "well-known", "sessions"], plain.Terms("The well-known sessions"));
    }

    [Fact]
    public void Analyzer_gives_the_same_terms_with_a_full_cache()
    {
        const string text = "Chrissy Teigen revealed she has been undergoing ketamine therapy sessions.";
        var uncached = new TermAnalyzer(new TermAnalyzerOptions { StemCacheCapacity = 0 });
        Assert.Equal(TermAnalyzer.Default.Terms(text), uncached.Terms(text));
    }

    [Fact]
    public void Analyzer_returns_one_shared_string_for_a_repeated_word()
    {
        var terms = new TermAnalyzer().Terms("sessions and sessions");
        Assert.Same(terms[0], terms[1]);
    }

    [Fact]
    public void Term_returns_null_for_a_word_that_yields_no_term()
    {
        Assert.Null(TermAnalyzer.Default.Term("the"));
        Assert.Null(TermAnalyzer.Default.Term("x"));
        Assert.Equal("run", TermAnalyzer.Default.Term("Running"));
    }

    [Fact]
    public void Analyzing_known_words_does_not_allocate()
    {
        var analyzer = new TermAnalyzer();
        const string text = "Teigen's well-known ketamine sessions grew 3.5 percent in the U.S. this year.";
        var terms = new List<string>(64);
        for (var i = 0; i < 200; i++) // fills the cache and lets tiered JIT settle
        {
            terms.Clear();
            analyzer.AnalyzeTerms(text, terms);
        }
        terms.Clear();
        var before = GC.GetAllocatedBytesForCurrentThread();
        analyzer.AnalyzeTerms(text, terms);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.NotEmpty(terms);
    }

    [Fact]
    public void Analyzer_gives_the_same_terms_on_many_threads()
    {
        string[] texts = ["Officials said the storm weakened overnight.", "Teigen shared a tribute to her son Jack.",
            "The U.S. economy added 250,000 jobs in September.", "Ketamine-assisted therapy is gaining attention."];
        var expected = texts.Select(t => new TermAnalyzer().Terms(t)).ToArray();
        var shared = new TermAnalyzer();
        var results = new IReadOnlyList<string>[400];
        Parallel.For(0, results.Length, i => results[i] = shared.Terms(texts[i % texts.Length]));
        for (var i = 0; i < results.Length; i++) Assert.Equal(expected[i % texts.Length], results[i]);
    }

    [SharedDataFact("t17/articles.jsonl.gz")]
    public void Analyzer_yields_lowercase_terms_for_most_words_of_T17_text()
    {
        var texts = new List<string>();
        using (var reader = new StreamReader(new GZipStream(File.OpenRead(SharedData.PathOf("t17/articles.jsonl.gz")!), CompressionMode.Decompress)))
        {
            while (texts.Count < 300 && reader.ReadLine() is { } line)
                texts.Add(JsonDocument.Parse(line).RootElement.GetProperty("text").GetString() ?? "");
        }
        var words = texts.Sum(t => Tokenizer.Tokenize(t).Count);
        var analyzer = new TermAnalyzer();
        var terms = new List<string>();
        foreach (var t in texts) analyzer.AnalyzeTerms(t, terms);
        output.WriteLine($"TermAnalyzer on T17: {texts.Count} articles, {words:N0} words, {terms.Count:N0} terms");
        // Stopwords are about 40-50 % of news words; everything else becomes a lowercase term.
        Assert.InRange((double)terms.Count / words, 0.4, 0.8);
        Assert.All(terms, t => Assert.Equal(t.ToLowerInvariant(), t));
    }
}
