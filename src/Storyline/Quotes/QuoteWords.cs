using System.Diagnostics;
using System.Runtime.CompilerServices;
using Storyline.Text;

namespace Storyline.Quotes;

/// <summary>
/// The normalized word hashes of many quotations, ellipsis-separated segment by segment, in one array: what
/// <see cref="QuoteText.Segments"/> gives one quotation at a time, without a list and arrays per quotation; with
/// each quotation's <see cref="QuoteText.HashString"/> of its <see cref="QuoteText.Normalize"/>d text, from the same pass.
/// </summary>
internal sealed class QuoteWords
{
    // Tokens are at least one character with a separator after them, so a text of n characters has at most (n + 1) / 2;
    // news quotations average nearer five characters a word. Sizing for this many characters a word avoids both the
    // copies of a growing list and an array twice too large; a text denser than that only costs one resize.
    private const int CharsPerWordEstimate = 3;

    private readonly ulong[] hashes;
    private readonly int[] segmentStart;
    private readonly int[] firstSegment;
    private readonly ulong[] textHashes;

    private QuoteWords(ulong[] hashes, int count, int[] segmentStart, int[] firstSegment, ulong[] textHashes)
    {
        this.hashes = hashes;
        Count = count;
        this.segmentStart = segmentStart;
        this.firstSegment = firstSegment;
        this.textHashes = textHashes;
    }

    /// <summary>Number of words in all.</summary>
    public int Count { get; }

    /// <summary>Number of segments in all.</summary>
    public int SegmentCount => firstSegment[^1];

    /// <summary>The segments of quotation <paramref name="quote"/> are numbered from this one up to the next quotation's first.</summary>
    public int FirstSegment(int quote) => firstSegment[quote];

    /// <summary>Number of words of one segment.</summary>
    public int SegmentLength(int segment) => segmentStart[segment + 1] - segmentStart[segment];

    /// <summary>The word hashes of one segment.</summary>
    public ReadOnlySpan<ulong> Segment(int segment) => hashes.AsSpan(segmentStart[segment], segmentStart[segment + 1] - segmentStart[segment]);

    /// <summary><see cref="QuoteText.HashString"/> of quotation <paramref name="quote"/>'s <see cref="QuoteText.Normalize"/>d text.</summary>
    public ulong TextHash(int quote) => textHashes[quote];

    /// <summary>Splits and hashes every quotation's text, in order.</summary>
    /// <remarks>Compiled optimized at its first call: it runs once per ingest, over every quotation's characters.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static QuoteWords Of(Quote[] quotes)
    {
        long chars = 0;
        foreach (var q in quotes) chars += q.Text.Length;
        var hashes = new ulong[(int)Math.Min(Array.MaxLength, chars / CharsPerWordEstimate + 1)];
        var starts = new List<int>(quotes.Length + 1) { 0 };
        var first = new int[quotes.Length + 1];
        var textHashes = new ulong[quotes.Length];
        var count = 0;
        for (var i = 0; i < quotes.Length; i++)
        {
            first[i] = starts.Count - 1;
            var text = quotes[i].Text;
            int position = 0, last = 0, open = count;
            var textHash = QuoteText.HashOffset;
            var firstWord = true;
            while (Tokenizer.Next(text, ref position, out var token))
            {
                if (!firstWord) textHash = QuoteText.HashSpace(textHash);
                firstWord = false;
                if (count > open && QuoteText.HasEllipsis(text.AsSpan(last, token.Start - last)))
                {
                    starts.Add(count);
                    open = count;
                }
                if (count == hashes.Length) Array.Resize(ref hashes, (int)Math.Min(Array.MaxLength, 2L * hashes.Length));
                hashes[count++] = QuoteText.HashWord(text.AsSpan(token.Start, token.Length), ref textHash);
                last = token.End;
            }
            if (count > open) starts.Add(count);
            textHashes[i] = textHash;
        }
        first[quotes.Length] = starts.Count - 1;
        var words = new QuoteWords(hashes, count, [.. starts], first, textHashes);
        AssertSameAsQuoteText(words, quotes);
        return words;
    }

    [Conditional("DEBUG")]
    private static void AssertSameAsQuoteText(QuoteWords words, Quote[] quotes)
    {
        for (var i = 0; i < quotes.Length; i++)
        {
            var expected = QuoteText.Segments(quotes[i].Text);
            Debug.Assert(expected.Count == words.FirstSegment(i + 1) - words.FirstSegment(i), "Same segments as QuoteText.");
            for (var s = 0; s < expected.Count; s++)
                Debug.Assert(words.Segment(words.FirstSegment(i) + s).SequenceEqual(expected[s]), "Same word hashes as QuoteText.");
            Debug.Assert(words.TextHash(i) == QuoteText.HashString(QuoteText.Normalize(quotes[i].Text)), "Same text hash as QuoteText.");
        }
    }
}
