namespace Storyline.Text;

/// <summary>A sentence as a slice of the text it came from, without surrounding whitespace.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="Length">Number of characters.</param>
public readonly record struct SentenceSpan(int Start, int Length)
{
    /// <summary>Offset just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>The sentence's characters within <paramref name="text"/>.</summary>
    public ReadOnlySpan<char> Of(ReadOnlySpan<char> text) => text.Slice(Start, Length);
}
