using System.Buffers;
using System.Runtime.CompilerServices;

namespace Storyline.Claims;

/// <summary>
/// Finds where any of a set of ASCII phrases starts in a text, ignoring case, as
/// <c>text.AsSpan(from).IndexOfAny(SearchValues.Create(phrases, StringComparison.OrdinalIgnoreCase))</c> would, one
/// position after the other. A trie walked over the text in one compiled-optimized loop: the vectorized multi-string
/// search of the runtime is faster once optimized, but in a single-pass ingest it starts in unoptimized generic code and
/// costs more in its first thousands of articles than this loop does in all of them.
/// </summary>
/// <remarks>
/// A character outside ASCII equals an ASCII one ignoring case only for a few letters ("ſ" and "s", "ı" and "i", "K" and "k");
/// a text that holds any of them is searched with the runtime's search instead, so that both give the same positions.
/// </remarks>
internal sealed class CuePhraseMatcher
{
    // Symbol 0 ends a walk: a character no phrase holds at any position.
    private const int NoSymbol = 0;
    private const int Root = 0;
    private readonly byte[] symbolOf = new byte[AsciiLimit];
    private readonly int symbols;
    // next[node * symbols + symbol] is the child node, or Root when there is none (the root is no one's child).
    private readonly int[] next;
    private readonly bool[] ends;
    private readonly SearchValues<string> fallback;
    private const int AsciiLimit = 128;

    /// <summary>Builds the matcher of <paramref name="phrases"/>, which must be ASCII.</summary>
    public CuePhraseMatcher(IReadOnlyList<string> phrases)
    {
        if (phrases.Any(p => p.Length == 0 || !System.Text.Ascii.IsValid(p)))
            throw new ArgumentException("Cue phrases must be non-empty ASCII.", nameof(phrases));
        fallback = SearchValues.Create(phrases.ToArray(), StringComparison.OrdinalIgnoreCase);
        var lower = phrases.Select(p => p.ToLowerInvariant()).ToArray();
        foreach (var c in lower.SelectMany(p => p).Distinct().Order())
            symbolOf[c] = (byte)++symbols;
        // Upper-case letters walk as their lower case.
        for (var c = 'A'; c <= 'Z'; c++) symbolOf[c] = symbolOf[char.ToLowerInvariant(c)];
        symbols++;
        var children = new List<int[]> { new int[symbols] };
        var terminal = new List<bool> { false };
        foreach (var phrase in lower)
        {
            var node = Root;
            foreach (var c in phrase)
            {
                var s = symbolOf[c];
                if (children[node][s] == Root)
                {
                    children[node][s] = children.Count;
                    children.Add(new int[symbols]);
                    terminal.Add(false);
                }
                node = children[node][s];
            }
            terminal[node] = true;
        }
        next = children.SelectMany(c => c).ToArray();
        ends = terminal.ToArray();
    }

    /// <summary>Adds to <paramref name="starts"/>, in order, every offset of <paramref name="text"/> at which a phrase starts.</summary>
    public void FindAll(ReadOnlySpan<char> text, List<int> starts)
    {
        var before = starts.Count;
        if (TryWalk(text, starts)) return;
        starts.RemoveRange(before, starts.Count - before);
        for (var from = 0; from < text.Length;)
        {
            var at = text[from..].IndexOfAny(fallback);
            if (at < 0) break;
            starts.Add(from + at);
            from += at + 1;
        }
    }

    // False, with the walk abandoned, at the first non-ASCII character that ignoring case could equal an ASCII one.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryWalk(ReadOnlySpan<char> text, List<int> starts)
    {
        var symbolOf = this.symbolOf;
        var next = this.next;
        var ends = this.ends;
        for (var start = 0; start < text.Length; start++)
        {
            var node = Root;
            for (var k = start; k < text.Length; k++)
            {
                var c = text[k];
                if (c >= AsciiLimit)
                {
                    if (IsCaseTwinOfAscii(c)) return false;
                    break;
                }
                var s = symbolOf[c];
                if (s == NoSymbol) break;
                node = next[node * symbols + s];
                if (node == Root) break;
                if (ends[node]) { starts.Add(start); break; }
            }
        }
        return true;
    }

    /// <summary>Whether a non-ASCII character has an ASCII upper or lower case.</summary>
    internal static bool IsCaseTwinOfAscii(char c) => char.ToUpperInvariant(c) < AsciiLimit || char.ToLowerInvariant(c) < AsciiLimit;
}
