using System.Text;
using Storyline.Text;

namespace Storyline.Evaluation;

/// <summary>
/// ROUGE-N (Lin 2004) as ROUGE-1.5.5 computes it, which is what news-tls reports through tilse
/// (<c>ROUGE-1.5.5.pl -n 2 -m -s -f A -t 2</c>, one reference at a time).
/// <para>Tokenization, following the script: ASCII letters are lowercased; every character other than an ASCII
/// letter or digit separates tokens (hyphens become tokens of their own that are then dropped, so
/// "state-run" is "state" "run"; accented letters also separate); tokens in ROUGE's stopword list (its SMART list)
/// are dropped; tokens longer than three characters are stemmed. The sentences of a text are joined before
/// n-grams are counted, so bigrams run across sentence boundaries as in the script.</para>
/// <para>One deliberate difference: the script stems with the original Porter (1980) stemmer after a WordNet 2.0
/// exception lookup ("children" → "child"); here the Porter2 stemmer of <see cref="PorterStemmer"/> is used with no
/// exception table. Both texts go through the same stemmer, so only words the two stemmers conflate differently
/// can change a count.</para>
/// Immutable and thread-safe.
/// </summary>
public sealed class Rouge
{
    /// <summary>A scorer with <see cref="RougeOptions.Default"/>.</summary>
    public static Rouge Default { get; } = new();

    /// <summary>Creates a scorer; <paramref name="options"/> defaults to <see cref="RougeOptions.Default"/>.</summary>
    public Rouge(RougeOptions? options = null) => Options = options ?? RougeOptions.Default;

    /// <summary>The options this scorer was built with.</summary>
    public RougeOptions Options { get; }

    /// <summary>The ROUGE tokens of <paramref name="text"/>, in order, after stopword removal and stemming.</summary>
    public IReadOnlyList<string> Tokens(string? text)
    {
        var output = new List<string>();
        AppendTokens(text, output);
        return output;
    }

    /// <summary>Appends the ROUGE tokens of <paramref name="text"/> to <paramref name="output"/>.</summary>
    public void AppendTokens(ReadOnlySpan<char> text, List<string> output)
    {
        Span<char> buffer = stackalloc char[64];
        var i = 0;
        while (i < text.Length)
        {
            if (!IsTokenChar(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && IsTokenChar(text[i])) i++;
            var word = text[start..i];
            var lower = word.Length <= buffer.Length ? buffer[..word.Length] : new char[word.Length];
            for (var k = 0; k < word.Length; k++)
                lower[k] = word[k] is >= 'A' and <= 'Z' ? (char)(word[k] + ('a' - 'A')) : word[k];
            if (Options.RemoveStopwords && RougeStopwords.Lookup.Contains(lower)) continue;
            output.Add(Options.Stem && lower.Length >= Options.MinStemLength ? PorterStemmer.Stem(lower) : new string(lower));
        }
    }

    /// <summary>
    /// ROUGE-<paramref name="n"/> counts of the system sentences <paramref name="peer"/> against the reference
    /// sentences <paramref name="model"/>.
    /// </summary>
    public RougeCounts Score(IEnumerable<string> peer, IEnumerable<string> model, int n)
    {
        var p = Bag(peer, n);
        var m = Bag(model, n);
        return new RougeCounts(RougeBag.Hits(p, m), p.Count, m.Count);
    }

    /// <summary>F1 of a precision and a recall, 0 when both are 0 (tilse's <c>get_f_score</c> with beta 1).</summary>
    public static double F1(double precision, double recall) =>
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);

    /// <summary>The n-gram multiset of sentences joined into one text.</summary>
    internal RougeBag Bag(IEnumerable<string> sentences, int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        var tokens = new List<string>();
        foreach (var sentence in sentences) AppendTokens(sentence, tokens);
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        var builder = new StringBuilder();
        for (var i = 0; i + n <= tokens.Count; i++)
        {
            string gram;
            if (n == 1) gram = tokens[i];
            else
            {
                builder.Clear().Append(tokens[i]);
                for (var j = 1; j < n; j++) builder.Append(' ').Append(tokens[i + j]);
                gram = builder.ToString();
            }
            grams[gram] = grams.GetValueOrDefault(gram) + 1;
            total++;
        }
        return new RougeBag(grams, total);
    }

    private static bool IsTokenChar(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9';
}

/// <summary>An n-gram multiset and its size.</summary>
internal sealed record RougeBag(Dictionary<string, int> Grams, int Count)
{
    /// <summary>The empty bag.</summary>
    public static RougeBag Empty { get; } = new([], 0);

    /// <summary>Clipped matches: each n-gram counts as often as it occurs in the smaller of the two.</summary>
    public static int Hits(RougeBag peer, RougeBag model)
    {
        var (small, large) = peer.Grams.Count <= model.Grams.Count ? (peer, model) : (model, peer);
        var hits = 0;
        foreach (var (gram, count) in small.Grams)
            if (large.Grams.TryGetValue(gram, out var other)) hits += Math.Min(count, other);
        return hits;
    }
}
