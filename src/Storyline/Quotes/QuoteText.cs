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

    /// <summary>Hash of a word's lowercase letters and digits.</summary>
    public static ulong HashWord(ReadOnlySpan<char> w)
    {
        const ulong offset = 14695981039346656037, prime = 1099511628211;
        var h = offset;
        foreach (var c in w)
        {
            if (!char.IsLetterOrDigit(c)) continue;
            h ^= char.ToLowerInvariant(c);
            h *= prime;
        }
        return h;
    }

    /// <summary>Order-sensitive hash of a run of word hashes.</summary>
    public static ulong HashRun(ReadOnlySpan<ulong> run)
    {
        var h = 1469598103934665603UL ^ (ulong)run.Length;
        foreach (var w in run) h = (h ^ w) * 0x100000001B3UL + 0x9E3779B97F4A7C15UL;
        return h;
    }

    /// <summary>Stable 64-bit hash of a string, for ids.</summary>
    public static ulong HashString(string s)
    {
        var h = 14695981039346656037UL;
        foreach (var c in s) { h ^= c; h *= 1099511628211UL; }
        return h;
    }
}
