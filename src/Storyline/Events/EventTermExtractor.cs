using System.Collections.Frozen;
using System.Runtime.InteropServices;
using Storyline.Text;

namespace Storyline.Events;

/// <summary>
/// Turns an article into weighted terms for event similarity: content words folded and
/// stemmed, proper names boosted (names tell one event of a kind from another), and the
/// headline and lead boosted (they state the event).
/// </summary>
internal sealed class EventTermExtractor(ClusteringOptions options)
{
    private static readonly TermAnalyzer Analyzer = TermAnalyzer.Default;

    // Reporting verbs and calendar words are in every news story; they say nothing of which event.
    private static readonly FrozenSet<string> NewsStopTerms = new[]
    {
        "said", "say", "says", "told", "tell", "according", "reported", "report", "year", "years", "week", "weeks", "day", "days",
        "time", "people", "new", "one", "two", "including", "like", "get", "got", "also", "would", "could", "may", "might", "last",
        "first", "made", "make", "back", "mr", "mrs", "ms", "just", "even", "still", "many", "much", "well", "since",
    }.Select(w => PorterStemmer.Stem(w)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Adds the weighted term frequencies of <paramref name="input"/> to <paramref name="weights"/>.</summary>
    public void Extract(EventInput input, Dictionary<string, float> weights)
    {
        if (input.Title is { Length: > 0 } title) Add(title, (float)options.LeadBoost, weights);
        var text = input.Text;
        var lead = Math.Min(text.Length, options.LeadLength);
        // Cut the lead at a word boundary so no word is split between the two weights.
        while (lead < text.Length && char.IsLetterOrDigit(text[lead])) lead++;
        Add(text.AsSpan(0, lead), (float)options.LeadBoost, weights);
        Add(text.AsSpan(lead), 1f, weights);
    }

    /// <summary>The term a word becomes, or null for a stopword; for tables of words.</summary>
    public static string? TermOf(string word)
        => Analyzer.TryTerm(word, out var term) && !NewsStopTerms.Contains(term) ? term : null;

    private void Add(ReadOnlySpan<char> text, float weight, Dictionary<string, float> weights)
    {
        var tokens = Tokenizer.Tokenize(text);
        var nameWeight = weight * (float)options.NameBoost;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = text.Slice(tokens[i].Start, tokens[i].Length);
            var w = IsName(text, tokens, i) ? nameWeight : weight;
            foreach (var range in token.Split('-'))
            {
                if (!Analyzer.TryTerm(token[range], out var term) || NewsStopTerms.Contains(term)) continue;
                CollectionsMarshal.GetValueRefOrAddDefault(weights, term, out _) += w;
            }
        }
    }

    private static bool IsName(ReadOnlySpan<char> text, List<TokenSpan> tokens, int i)
    {
        var token = text.Slice(tokens[i].Start, tokens[i].Length);
        if (!char.IsUpper(token[0])) return false;
        if (!StartsSentence(text, tokens[i].Start)) return true;
        // A capitalized word opening a sentence is a name when the next word is one too ("Lindsay Lohan said").
        return i + 1 < tokens.Count && char.IsUpper(text[tokens[i + 1].Start]) && !StartsSentence(text, tokens[i + 1].Start);
    }

    private static bool StartsSentence(ReadOnlySpan<char> text, int start)
    {
        for (var j = start - 1; j >= 0; j--)
        {
            var c = text[j];
            if (c is ' ' or '\t' or '"' or '\'' or '“' or '‘' or '(' or '[') continue;
            return c is '.' or '!' or '?' or '\n' or ':' or '|';
        }
        return true;
    }
}
