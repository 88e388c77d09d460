using System.Collections.Frozen;

namespace Storyline.Stories;

/// <summary>
/// Names of news organizations (agencies, papers, broadcasters), from the embedded list
/// Data/Stories/news-sources.txt. They report every story, so they never make two events one.
/// </summary>
internal static class NewsSources
{
    private static readonly Lazy<FrozenSet<string>> Names = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Whether <paramref name="name"/> is a news organization (case-insensitive, exact name).</summary>
    public static bool Contains(string name) => Names.Value.Contains(name);

    private static FrozenSet<string> Load()
    {
        var asm = typeof(NewsSources).Assembly;
        var resource = asm.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith("Stories/news-sources.txt", StringComparison.Ordinal));
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (resource is null) return names.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        using var stream = asm.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && line[0] != '#') names.Add(line.Trim());
        return names.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
