using System.Collections.Frozen;
using System.Text;

namespace Storyline.Evaluation;

/// <summary>
/// Turns one line of Penn Treebank-tokenized text (as Timeline17 is distributed: <c>-LRB-</c>, <c>``</c>, <c>'s</c> split
/// off, <c>\/</c>) back into ordinary text, so the temporal tagger and the sentence splitter see "Jan. 25, 2011" and
/// "Egypt's" as a reader would. Thread-safe.
/// </summary>
internal static class TlsDetokenizer
{
    private static readonly FrozenDictionary<string, string> Brackets = new Dictionary<string, string>
    {
        ["-LRB-"] = "(", ["-RRB-"] = ")", ["-LSB-"] = "[", ["-RSB-"] = "]", ["-LCB-"] = "{", ["-RCB-"] = "}",
        ["``"] = "\"", ["''"] = "\"",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Tokens written against the previous token.
    private static readonly FrozenSet<string> AttachLeft = new[]
    {
        ",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "''", "'s", "'S", "'re", "'ve", "'ll", "'d", "'m", "n't", "N'T", "'", "...",
        "-RRB-", "-RSB-", "-RCB-",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Tokens the next token is written against.
    private static readonly FrozenSet<string> AttachRight = new[] { "(", "[", "{", "``", "$", "#", "-LRB-", "-LSB-", "-LCB-" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The line as ordinary text.</summary>
    public static string Detokenize(string line)
    {
        var tokens = line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var sb = new StringBuilder(line.Length);
        var glueNext = true;
        string? previous = null;
        foreach (var raw in tokens)
        {
            // "D.C. ." ends a sentence with the abbreviation's own period.
            if (raw == "." && previous is not null && previous.EndsWith('.')) continue;
            var token = raw.Replace("\\/", "/", StringComparison.Ordinal).Replace("\\*", "*", StringComparison.Ordinal);
            if (!glueNext && !AttachLeft.Contains(raw)) sb.Append(' ');
            sb.Append(Brackets.GetValueOrDefault(raw, token));
            glueNext = AttachRight.Contains(raw);
            previous = raw;
        }
        return sb.ToString();
    }
}
