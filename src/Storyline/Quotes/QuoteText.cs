using System.Runtime.CompilerServices;
using Storyline.Text;

namespace Storyline.Quotes;

/// <summary>
/// Quotation text reduced to what survives re-quoting: lowercase words without apostrophes,
/// hyphens or periods; punctuation, dashes and quote marks dropped; an ellipsis splits segments.
/// </summary>
internal static class QuoteText
{
    /// <summary>Hashes of the normalized words, one array per ellipsis-separated segment.</summary>
    public static List<ulong[]> Segments(string text)
    {
        var segments = new List<ulong[]>();
        var words = new List<ulong>();
        var last = 0;
        foreach (var t in Tokenizer.Tokenize(text))
        {
            if (HasEllipsis(text.AsSpan(last, t.Start - last)) && words.Count > 0) { segments.Add([.. words]); words.Clear(); }
            words.Add(HashWord(text.AsSpan(t.Start, t.Length)));
            last = t.End;
        }
        if (words.Count > 0) segments.Add([.. words]);
        return segments;
    }

    /// <summary>The normalized words joined by spaces, for ids and display.</summary>
    public static string Normalize(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        foreach (var t in Tokenizer.Tokenize(text))
        {
            if (sb.Length > 0) sb.Append(' ');
            foreach (var c in text.AsSpan(t.Start, t.Length)) if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary>Whether the text between two words holds an ellipsis, which splits a quotation into segments.</summary>
    public static bool HasEllipsis(ReadOnlySpan<char> gap) => gap.Contains('…') || gap.Contains("..", StringComparison.Ordinal);

    /// <summary>Start value of <see cref="HashWord(ReadOnlySpan{char})"/> and <see cref="HashString"/> (FNV-1a).</summary>
    public const ulong HashOffset = 14695981039346656037;

    private const ulong HashPrime = 1099511628211;

    /// <summary>Hash of a word's lowercase letters and digits.</summary>
    public static ulong HashWord(ReadOnlySpan<char> w)
    {
        var text = HashOffset;
        return HashWord(w, ref text);
    }

    /// <summary>
    /// Hash of a word's lowercase letters and digits, which are also added to <paramref name="text"/>, the running
    /// <see cref="HashString"/> of the <see cref="Normalize"/>d text: one pass over the characters gives both.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong HashWord(ReadOnlySpan<char> w, ref ulong text)
    {
        var h = HashOffset;
        var t = text;
        foreach (var c in w)
        {
            char lower;
            // ASCII, nearly every character, skips the Unicode tables: the same letters, digits and lowercase.
            if (c < 0x80)
            {
                if (!char.IsAsciiLetterOrDigit(c)) continue;
                lower = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
            }
            else
            {
                if (!char.IsLetterOrDigit(c)) continue;
                lower = char.ToLowerInvariant(c);
            }
            h = (h ^ lower) * HashPrime;
            t = (t ^ lower) * HashPrime;
        }
        text = t;
        return h;
    }

    /// <summary>Adds the space <see cref="Normalize"/> puts between two words to a running <see cref="HashString"/>.</summary>
    public static ulong HashSpace(ulong text) => (text ^ ' ') * HashPrime;

    /// <summary>Order-sensitive hash of a run of word hashes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong HashRun(ReadOnlySpan<ulong> run)
    {
        var h = 1469598103934665603UL ^ (ulong)run.Length;
        foreach (var w in run) h = (h ^ w) * 0x100000001B3UL + 0x9E3779B97F4A7C15UL;
        return h;
    }

    /// <summary>Stable 64-bit hash of a string, for ids.</summary>
    public static ulong HashString(string s)
    {
        var h = HashOffset;
        foreach (var c in s) { h ^= c; h *= HashPrime; }
        return h;
    }
}
