// The implementation before the single-pass rewrite, kept verbatim as the reference the property tests compare against.
using System.Buffers;
using System.Collections.Frozen;

namespace Storyline.Tests.Text.Reference;

/// <summary>
/// Turns one line of Penn Treebank-tokenized text (as Timeline17 is distributed: <c>-LRB-</c>, <c>``</c>, <c>'s</c> split
/// off, <c>\/</c>) back into ordinary text, so the temporal tagger and the sentence splitter see "Jan. 25, 2011" and
/// "Egypt's" as a reader would. Research corpora are often distributed this way; read as is, "-LRB-" would
/// pass for a name. Thread-safe.
/// </summary>
internal static class LegacyTreebankDetokenizer
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
        // Detokenizing never lengthens a line (escapes shrink, one space at most between tokens), so one
        // buffer the size of the text holds the result and no string is made per line or per token.
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        try
        {
            var length = 0;
            var rest = text.AsSpan();
            while (true)
            {
                var newline = rest.IndexOf('\n');
                var line = newline < 0 ? rest : rest[..newline];
                length += Detokenize(line, buffer.AsSpan(length));
                if (newline < 0) break;
                buffer[length++] = '\n';
                rest = rest[(newline + 1)..];
            }
            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static readonly FrozenDictionary<string, string> Brackets = new Dictionary<string, string>
    {
        ["-LRB-"] = "(", ["-RRB-"] = ")", ["-LSB-"] = "[", ["-RSB-"] = "]", ["-LCB-"] = "{", ["-RCB-"] = "}",
        ["``"] = "\"", ["''"] = "\"",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> BracketLookup
        = Brackets.GetAlternateLookup<ReadOnlySpan<char>>();

    // Tokens written against the previous token.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AttachLeft = new[]
    {
        ",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "''", "'s", "'S", "'re", "'ve", "'ll", "'d", "'m", "n't", "N'T", "'", "...",
        "-RRB-", "-RSB-", "-RCB-",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Tokens the next token is written against.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AttachRight
        = new[] { "(", "[", "{", "``", "$", "#", "-LRB-", "-LSB-", "-LCB-" }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The line as ordinary text.</summary>
    public static string Detokenize(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, line.Length));
        try
        {
            return new string(buffer, 0, Detokenize(line, buffer));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    // Writes the detokenized line into output (at least line.Length long) and returns the length written.
    // Tokens are the space-separated pieces, trimmed of other whitespace; empty ones are skipped.
    private static int Detokenize(ReadOnlySpan<char> line, Span<char> output)
    {
        var n = 0;
        var glueNext = true;
        var previousEndsWithPeriod = false;
        foreach (var range in line.Split(' '))
        {
            var raw = line[range].Trim();
            if (raw.IsEmpty) continue;
            // "D.C. ." ends a sentence with the abbreviation's own period.
            if (raw is "." && previousEndsWithPeriod) continue;
            // Most tokens are words: none of the tables holds a token that opens with a letter or digit but "n't".
            var plain = char.IsAsciiLetterOrDigit(raw[0]) && raw[0] is not ('n' or 'N');
            if (!glueNext && (plain || !AttachLeft.Contains(raw))) output[n++] = ' ';
            if (!plain && BracketLookup.TryGetValue(raw, out var bracket))
            {
                bracket.CopyTo(output[n..]);
                n += bracket.Length;
            }
            else
            {
                n += Unescape(raw, output[n..]);
            }
            glueNext = !plain && AttachRight.Contains(raw);
            previousEndsWithPeriod = raw[^1] == '.';
        }
        return n;
    }

    // "\/" and "\*" are the treebank's escapes of "/" and "*".
    private static int Unescape(ReadOnlySpan<char> token, Span<char> output)
    {
        if (token.IndexOf('\\') < 0)
        {
            token.CopyTo(output);
            return token.Length;
        }
        var n = 0;
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            if (c == '\\' && i + 1 < token.Length && token[i + 1] is '/' or '*') c = token[++i];
            output[n++] = c;
        }
        return n;
    }
}
