using System.Reflection;

namespace Storyline.Text;

/// <summary>Reads the text data files embedded under <c>src/Storyline/Data/Text/</c>.</summary>
internal static class EmbeddedText
{
    private const string Prefix = "Storyline.Data.Text/";

    /// <summary>The meaningful lines of an embedded file: trimmed, without blanks and '#' comments.</summary>
    public static IEnumerable<string> Lines(string fileName)
    {
        var assembly = typeof(EmbeddedText).Assembly;
        using var stream = OpenResource(assembly, fileName);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#') continue;
            yield return trimmed;
        }
    }

    private static Stream OpenResource(Assembly assembly, string fileName)
    {
        // The csproj keeps the folder separator as-is in the logical name; accept '.' too in case that changes.
        return assembly.GetManifestResourceStream(Prefix + fileName)
            ?? assembly.GetManifestResourceStream("Storyline.Data.Text." + fileName)
            ?? throw new InvalidOperationException($"Embedded resource '{Prefix + fileName}' is missing from {assembly.GetName().Name}.");
    }
}
