using System.Collections.Frozen;

namespace Storyline.Text;

/// <summary>The English stopword list (Snowball's), from the embedded <c>Data/Text/stopwords.txt</c>. Thread-safe.</summary>
public static class Stopwords
{
    private static readonly FrozenSet<string> Set = EmbeddedText.Lines("stopwords.txt").ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Set.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>All stopwords, lowercase, with straight apostrophes.</summary>
    public static IReadOnlySet<string> All => Set;

    /// <summary>True when <paramref name="lowercaseWord"/> is a stopword. Does not allocate; the word must already be lowercase.</summary>
    public static bool IsStopword(ReadOnlySpan<char> lowercaseWord) => Lookup.Contains(lowercaseWord);
}
