using System.Diagnostics;
using Storyline.Text;

namespace Storyline.Quotes;

/// <summary>
/// The normalized word hashes of many quotations, ellipsis-separated segment by segment, in one array: what
/// <see cref="QuoteText.Segments"/> gives one quotation at a time, without a list and arrays per quotation.
/// </summary>
internal sealed class QuoteWords
{
    private readonly ulong[] hashes;
    private readonly int[] segmentStart;
    private readonly int[] firstSegment;

    private QuoteWords(ulong[] hashes, int[] segmentStart, int[] firstSegment)
    {
        this.hashes = hashes;
        this.segmentStart = segmentStart;
        this.firstSegment = firstSegment;
    }

    /// <summary>Number of words in all.</summary>
    public int Count => hashes.Length;

    /// <summary>The segments of quotation <paramref name="quote"/> are numbered from this one up to the next quotation's first.</summary>
    public int FirstSegment(int quote) => firstSegment[quote];

    /// <summary>The word hashes of one segment.</summary>
    public ReadOnlySpan<ulong> Segment(int segment) => hashes.AsSpan(segmentStart[segment], segmentStart[segment + 1] - segmentStart[segment]);

    /// <summary>Splits and hashes every quotation's text, in order.</summary>
    public static QuoteWords Of(IReadOnlyList<Quote> quotes)
    {
        var hashes = new List<ulong>();
        var starts = new List<int> { 0 };
        var first = new int[quotes.Count + 1];
        for (var i = 0; i < quotes.Count; i++)
        {
            first[i] = starts.Count - 1;
            var text = quotes[i].Text;
            int position = 0, last = 0, open = hashes.Count;
            while (Tokenizer.Next(text, ref position, out var token))
            {
                if (hashes.Count > open && QuoteText.HasEllipsis(text.AsSpan(last, token.Start - last)))
                {
                    starts.Add(hashes.Count);
                    open = hashes.Count;
                }
                hashes.Add(QuoteText.HashWord(text.AsSpan(token.Start, token.Length)));
                last = token.End;
            }
            if (hashes.Count > open) starts.Add(hashes.Count);
        }
        first[quotes.Count] = starts.Count - 1;
        var words = new QuoteWords([.. hashes], [.. starts], first);
        AssertSameAsQuoteText(words, quotes);
        return words;
    }

    [Conditional("DEBUG")]
    private static void AssertSameAsQuoteText(QuoteWords words, IReadOnlyList<Quote> quotes)
    {
        for (var i = 0; i < quotes.Count; i++)
        {
            var expected = QuoteText.Segments(quotes[i].Text);
            Debug.Assert(expected.Count == words.FirstSegment(i + 1) - words.FirstSegment(i), "Same segments as QuoteText.");
            for (var s = 0; s < expected.Count; s++)
                Debug.Assert(words.Segment(words.FirstSegment(i) + s).SequenceEqual(expected[s]), "Same word hashes as QuoteText.");
        }
    }
}
