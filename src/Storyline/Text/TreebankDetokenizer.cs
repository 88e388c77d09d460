using System.Collections.Frozen;
using System.Text;

namespace Storyline.Text;

/// <summary>
/// Turns one line of Penn Treebank-tokenized text (as Timeline17 is distributed: <c>-LRB-</c>, <c>``</c>, <c>'s</c> split
/// off, <c>\/</c>) back into ordinary text, so the temporal tagger and the sentence splitter see "Jan. 25, 2011" and
/// "Egypt's" as a reader would. Research corpora are often distributed this way; read as is, "-LRB-" would
/// pass for a name. Thread-safe.
/// </summary>
public static class TreebankDetokenizer
{
    // Escapes that only a treebank tokenizer writes.
    private static readonly string[] Escapes = ["-LRB-", "-RRB-", "-LSB-", "-RSB-", "-LCB-", "-RCB-", "``"];

    // Below this many commas, spacing says too little about how a text was written.
    private const int MinCommasForSpacingEvidence = 5;

    // Share of commas with a space on both sides above which a text counts as tokenized.
    private const double SpacedCommaShare = 0.9;

    /// <summary>
    /// Whether <paramref name="text"/> reads as treebank-tokenized: it has an escape such as <c>-LRB-</c> or
    /// <c>``</c> standing as a token, or nearly all of its many commas stand apart like words.
    /// </summary>
    public static bool LooksTokenized(string text)
    {
        foreach (var escape in Escapes)
        {
            for (var at = text.IndexOf(escape, StringComparison.Ordinal); at >= 0; at = text.IndexOf(escape, at + 1, StringComparison.Ordinal))
            {
                var end = at + escape.Length;
                if ((at == 0 || char.IsWhiteSpace(text[at - 1])) && (end == text.Length || char.IsWhiteSpace(text[end]))) return true;
            }
        }
        int commas = 0, spaced = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != ',') continue;
            commas++;
            if (i > 0 && text[i - 1] == ' ' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1])) spaced++;
        }
        return commas >= MinCommasForSpacingEvidence && spaced >= SpacedCommaShare * commas;
    }

    /// <summary>The text, line by line, as ordinary text.</summary>
    public static string DetokenizeLines(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++) lines[i] = lines[i].Trim().Length == 0 ? "" : Detokenize(lines[i]);
        return string.Join('\n', lines);
    }

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
