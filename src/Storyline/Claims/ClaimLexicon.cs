using System.Collections.Frozen;

namespace Storyline.Claims;

/// <summary>The word lists of claim and correction extraction, read once from Data/Claims.</summary>
internal sealed class ClaimLexicon
{
    public static ClaimLexicon Instance { get; } = new();

    private ClaimLexicon()
    {
        IrregularPast = Pairs("irregular-verbs.tsv");
        Nominalizations = Pairs("nominalizations.tsv");
        LightVerbs = Set("light-verbs.txt");
        NonEventVerbs = Set("non-event-verbs.txt");
        ExcludedUnits = Set("count-units-excluded.txt");
        CorrectionCues = Lines("correction-cues.txt")
            .Select(l => l.Split('\t', 2))
            .Where(p => p.Length == 2)
            .Select(p => (Kind: p[0], Phrase: p[1]))
            .ToArray();
        IrregularLookup = IrregularPast.GetAlternateLookup<ReadOnlySpan<char>>();
        NominalLookup = Nominalizations.GetAlternateLookup<ReadOnlySpan<char>>();
        LightLookup = LightVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
        NonEventLookup = NonEventVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
        UnitLookup = ExcludedUnits.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public FrozenDictionary<string, string> IrregularPast { get; }
    public FrozenDictionary<string, string> Nominalizations { get; }
    public FrozenSet<string> LightVerbs { get; }
    public FrozenSet<string> NonEventVerbs { get; }
    public FrozenSet<string> ExcludedUnits { get; }
    public IReadOnlyList<(string Kind, string Phrase)> CorrectionCues { get; }

    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> IrregularLookup { get; }
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> NominalLookup { get; }
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LightLookup { get; }
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NonEventLookup { get; }
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UnitLookup { get; }

    private static FrozenSet<string> Set(string file) => Lines(file).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static FrozenDictionary<string, string> Pairs(string file) => Lines(file)
        .Select(l => l.Split('\t', 2))
        .Where(p => p.Length == 2)
        .GroupBy(p => p[0], StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(g => g.Key, g => g.First()[1], StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<string> Lines(string file)
    {
        var asm = typeof(ClaimLexicon).Assembly;
        var resource = asm.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith("Claims/" + file, StringComparison.Ordinal)
                || n.EndsWith("Claims." + file, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Embedded resource Data/Claims/{file} is missing.");
        using var stream = asm.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var t = line.Trim();
            if (t.Length > 0 && t[0] != '#') lines.Add(t);
        }
        return lines;
    }
}
