using System.Globalization;

namespace Storyline.Events;

/// <summary>
/// Document frequencies of words in a general news corpus, shipped as a data file. A small
/// corpus (a handful of articles) cannot tell common words from telling ones; these counts act
/// as a prior on IDF whose weight fades as the corpus grows.
/// </summary>
internal sealed class BackgroundFrequencies
{
    private readonly Dictionary<string, int> frequencies;

    private BackgroundFrequencies(Dictionary<string, int> frequencies, int documents)
    {
        this.frequencies = frequencies;
        Documents = documents;
    }

    /// <summary>Articles in the background corpus.</summary>
    public int Documents { get; }

    /// <summary>Share of background articles that contain <paramref name="term"/> (0 when unseen).</summary>
    public double Share(string term) => frequencies.TryGetValue(term, out var df) ? (double)df / Documents : 0;

    private static readonly Lazy<BackgroundFrequencies> Default = new(() => Load(EventTermExtractor.TermOf));

    /// <summary>The shipped table, its words mapped to clustering terms.</summary>
    public static BackgroundFrequencies Shared => Default.Value;

    private static BackgroundFrequencies Load(Func<string, string?> toTerm)
    {
        using var stream = typeof(BackgroundFrequencies).Assembly.GetManifestResourceStream("Storyline.Data.Text/background-df.tsv")
            ?? throw new InvalidOperationException("embedded resource background-df.tsv is missing");
        using var reader = new StreamReader(stream);
        var documents = 1;
        var table = new Dictionary<string, int>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#'))
            {
                var marker = line.IndexOf("documents\t", StringComparison.Ordinal);
                if (marker >= 0) documents = int.Parse(line[(marker + 10)..], CultureInfo.InvariantCulture);
                continue;
            }
            var tab = line.IndexOf('\t');
            if (tab <= 0) continue;
            if (toTerm(line[..tab]) is not { } term) continue;
            var df = int.Parse(line.AsSpan(tab + 1), CultureInfo.InvariantCulture);
            // Words sharing a stem pool their counts, capped at the corpus size.
            table[term] = Math.Min(documents, table.GetValueOrDefault(term) + df);
        }
        return new BackgroundFrequencies(table, documents);
    }
}
