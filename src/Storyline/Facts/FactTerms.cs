using System.Collections.Frozen;
using Storyline.Text;

namespace Storyline.Facts;

/// <summary>
/// The content terms of a fact's sentence for comparing happenings: stemmed, stopwords out, dates out
/// (the dates are compared on their own), and irregular forms mapped to one base ("lost", "loss" → "lose").
/// </summary>
internal static class FactTerms
{
    private const string LemmaResource = "Storyline.Data.Facts/event-lemmas.txt";

    // Words that only carry the date, which grouping compares separately; as terms they would make any two dated
    // sentences look alike ("year", "Sept").
    private static readonly string[] TemporalWords =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "year", "years", "month", "months", "week", "weeks", "day", "days", "today", "yesterday", "tomorrow", "tonight",
        "ago", "later", "earlier", "last", "next", "since", "morning", "afternoon", "evening", "night", "weekend",
    ];

    private static readonly FrozenDictionary<string, string> Lemmas = LoadLemmas();
    private static readonly FrozenSet<string> Temporal = TemporalWords.Select(w => TermAnalyzer.Default.Term(w)).OfType<string>().ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The distinct terms of <paramref name="sentence"/>.</summary>
    public static HashSet<string> Of(string sentence, TermAnalyzer analyzer)
    {
        var raw = new List<string>();
        analyzer.AnalyzeTerms(sentence, raw);
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in raw)
            if (Keep(t) is { } term) terms.Add(term);
        return terms;
    }

    /// <summary>
    /// The distinct terms of a fact's sentence, each with a weight factor: <paramref name="boost"/> for terms among the
    /// <paramref name="near"/> words on each side of the date expression (the words next to a date say what happened
    /// then: "lost baby Jack on Sept. 30"), 1 for the rest.
    /// </summary>
    public static Dictionary<string, double> Weighted(string sentence, string expression, TermAnalyzer analyzer, int near, double boost)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var at = expression.Length == 0 ? -1 : sentence.IndexOf(expression, StringComparison.Ordinal);
        if (at < 0)
        {
            foreach (var t in Of(sentence, analyzer)) weights[t] = 1;
            return weights;
        }
        var end = at + expression.Length;
        var nearStart = WordsBack(sentence, at, near);
        var nearEnd = WordsAhead(sentence, end, near);
        foreach (var t in Kept(sentence.AsSpan(0, nearStart), analyzer)) Put(weights, t, 1);
        foreach (var t in Kept(sentence.AsSpan(nearEnd), analyzer)) Put(weights, t, 1);
        foreach (var t in Kept(sentence.AsSpan(nearStart, at - nearStart), analyzer)) Put(weights, t, boost);
        foreach (var t in Kept(sentence.AsSpan(end, nearEnd - end), analyzer)) Put(weights, t, boost);
        return weights;
    }

    /// <summary>The offset where the <paramref name="words"/>-th word before <paramref name="from"/> starts.</summary>
    private static int WordsBack(string s, int from, int words)
    {
        var i = from;
        for (var n = 0; n < words && i > 0; n++)
        {
            while (i > 0 && !char.IsLetterOrDigit(s[i - 1])) i--;
            while (i > 0 && (char.IsLetterOrDigit(s[i - 1]) || s[i - 1] is '\'' or '\u2019' or '-')) i--;
        }
        return i;
    }

    /// <summary>The offset where the <paramref name="words"/>-th word after <paramref name="from"/> ends.</summary>
    private static int WordsAhead(string s, int from, int words)
    {
        var i = from;
        for (var n = 0; n < words && i < s.Length; n++)
        {
            while (i < s.Length && !char.IsLetterOrDigit(s[i])) i++;
            while (i < s.Length && (char.IsLetterOrDigit(s[i]) || s[i] is '\'' or '\u2019' or '-')) i++;
        }
        return i;
    }

    private static void Put(Dictionary<string, double> weights, string term, double weight) =>
        weights[term] = Math.Max(weight, weights.GetValueOrDefault(term));

    private static List<string> Kept(ReadOnlySpan<char> text, TermAnalyzer analyzer)
    {
        var raw = new List<string>();
        analyzer.AnalyzeTerms(text, raw);
        var kept = new List<string>(raw.Count);
        foreach (var t in raw)
            if (Keep(t) is { } term) kept.Add(term);
        return kept;
    }

    private static string? Keep(string term) =>
        Temporal.Contains(term) || IsNumber(term) ? null : Lemmas.TryGetValue(term, out var lemma) ? lemma : term;

    private static bool IsNumber(string term)
    {
        foreach (var c in term)
            if (!char.IsAsciiDigit(c) && c is not ('.' or ',')) return false;
        return true;
    }

    private static FrozenDictionary<string, string> LoadLemmas()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        using var stream = typeof(FactTerms).Assembly.GetManifestResourceStream(LemmaResource)
            ?? throw new InvalidOperationException($"Embedded resource '{LemmaResource}' is missing.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#') continue;
            var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // Both sides go through the analyzer so the map works on the terms the analyzer produces.
            if (TermAnalyzer.Default.Term(words[0]) is not { } lemma) continue;
            foreach (var w in words)
                if (TermAnalyzer.Default.Term(w) is { } form && form != lemma) map.TryAdd(form, lemma);
        }
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
