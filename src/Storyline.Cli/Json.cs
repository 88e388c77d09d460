using System.Text.Encodings.Web;
using System.Text.Json;

namespace Storyline.Cli;

/// <summary>JSON output of the CLI: indented, keys as given, nulls kept so every key is always present.</summary>
internal static class Json
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write<T>(TextWriter writer, T value)
    {
        writer.WriteLine(JsonSerializer.Serialize(value, Options));
    }
}
