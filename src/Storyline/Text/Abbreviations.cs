using System.Collections.Frozen;

namespace Storyline.Text;

/// <summary>How an abbreviation's final period relates to a sentence end (see Data/Text/abbreviations.txt).</summary>
internal enum AbbreviationKind
{
    None,
    Never,
    Suffix,
    Number,
    Month,
    Time,
    Opener,
    TimeContinuation,
}

/// <summary>The sentence splitter's word lists, loaded once from the embedded data file.</summary>
internal static class Abbreviations
{
    private static readonly FrozenDictionary<string, AbbreviationKind> Abbrevs;
    private static readonly FrozenDictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> AbbrevLookup;
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OpenerLookup;
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeContinuationLookup;

    static Abbreviations()
    {
        var abbrevs = new Dictionary<string, AbbreviationKind>(StringComparer.OrdinalIgnoreCase);
        var openers = new HashSet<string>(StringComparer.Ordinal);
        var continuations = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in EmbeddedText.Lines("abbreviations.txt"))
        {
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0) continue;
            var word = line[(space + 1)..].Trim();
            switch (line[..space])
            {
                case "never": abbrevs[word] = AbbreviationKind.Never; break;
                case "suffix": abbrevs[word] = AbbreviationKind.Suffix; break;
                case "number": abbrevs[word] = AbbreviationKind.Number; break;
                case "month": abbrevs[word] = AbbreviationKind.Month; break;
                case "time": abbrevs[word] = AbbreviationKind.Time; break;
                case "opener": openers.Add(word); break;
                case "timecontinuation": continuations.Add(word); break;
            }
        }
        Abbrevs = abbrevs.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        AbbrevLookup = Abbrevs.GetAlternateLookup<ReadOnlySpan<char>>();
        OpenerLookup = openers.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        TimeContinuationLookup = continuations.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The class of <paramref name="word"/> (without its final period), or None.</summary>
    public static AbbreviationKind KindOf(ReadOnlySpan<char> word)
        => AbbrevLookup.TryGetValue(word, out var kind) ? kind : AbbreviationKind.None;

    /// <summary>True when <paramref name="word"/> typically opens a sentence ("The", "He", "But").</summary>
    public static bool IsOpener(ReadOnlySpan<char> word) => OpenerLookup.Contains(word);

    /// <summary>True when <paramref name="word"/> continues a time of day ("Friday", "EST").</summary>
    public static bool IsTimeContinuation(ReadOnlySpan<char> word) => TimeContinuationLookup.Contains(word);
}
