using System.Collections.Frozen;
using Storyline.Text;

namespace Storyline.Events;

/// <summary>
/// Turns an article into weighted terms for event similarity: content words folded and
/// stemmed, proper names boosted (names tell one event of a kind from another), and the
/// headline and lead boosted (they state the event).
/// </summary>
internal sealed class EventTermExtractor(ClusteringOptions options)
{
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

    private void Add(ReadOnlySpan<char> text, float weight, Dictionary<string, float> weights)
    {
        var tokens = Tokenizer.Tokenize(text);
        Span<char> buffer = stackalloc char[64];
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = text.Slice(tokens[i].Start, tokens[i].Length);
            if (token.Length > buffer.Length) continue;
            var length = Fold(token, buffer);
            var folded = buffer[..length];
            if (length < 2 && !char.IsDigit(folded[0])) continue;
            if (StopWords.Contains(folded.ToString())) continue;
            var isName = IsName(text, tokens, i);
            var term = Stem(folded);
            var w = weight * (isName ? (float)options.NameBoost : 1f);
            ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(weights, term, out _);
            slot += w;
        }
    }

    /// <summary>The term a lowercase word becomes, or null for a stopword; for tables of words.</summary>
    public static string? TermOf(string word)
    {
        Span<char> buffer = stackalloc char[64];
        if (word.Length == 0 || word.Length > buffer.Length) return null;
        var folded = buffer[..Fold(word, buffer)];
        if (folded.Length == 0 || StopWords.Contains(folded.ToString())) return null;
        return Stem(folded);
    }

    // Lowercase, drop inner periods ("U.S" -> "us") and a possessive ending.
    private static int Fold(ReadOnlySpan<char> token, Span<char> buffer)
    {
        var n = 0;
        foreach (var c in token)
        {
            if (c == '.') continue;
            buffer[n++] = c == '’' ? '\'' : char.ToLowerInvariant(c);
        }
        if (n > 2 && buffer[n - 2] == '\'' && buffer[n - 1] == 's') n -= 2;
        return n;
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

    private static string Stem(ReadOnlySpan<char> word)
    {
        if (word.Length > 4 && word.EndsWith("ies")) return string.Concat(word[..^3], "y");
        if (word.Length > 3 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i')) return word[..^1].ToString();
        return word.ToString();
    }

    private static readonly FrozenSet<string> StopWords = new[]
    {
        "a","about","above","after","again","against","all","also","am","an","and","any","are","as","at","be","because","been","before",
        "being","below","between","both","but","by","can","could","did","do","does","doing","down","during","each","few","for","from",
        "further","had","has","have","having","he","her","here","hers","herself","him","himself","his","how","i","if","in","into","is",
        "it","its","itself","just","me","more","most","my","myself","no","nor","not","now","of","off","on","once","only","or","other",
        "our","ours","ourselves","out","over","own","same","she","should","so","some","such","than","that","the","their","theirs",
        "them","themselves","then","there","these","they","this","those","through","to","too","under","until","up","very","was","we",
        "were","what","when","where","which","while","who","whom","why","will","with","would","you","your","yours","yourself",
        "said","says","say","told","one","two","new","would","us","it's","i'm","don't","according","mr","mrs","ms","year","years",
        "last","week","day","days","time","people","including","like","get","got","may","might","must","shall","since","still","yet",
        "however","although","though","many","much","even","well","back","made","make","first","s","t","lrb","rrb",
    }.ToFrozenSet(StringComparer.Ordinal);
}
