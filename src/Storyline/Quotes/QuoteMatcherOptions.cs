namespace Storyline.Quotes;

/// <summary>When two quotations are the same one, with every default in one place.</summary>
public sealed record QuoteMatcherOptions
{
    /// <summary>The defaults.</summary>
    public static QuoteMatcherOptions Default { get; } = new();

    /// <summary>A run of this many words in common, after normalization, makes two quotations one (partial quoting).</summary>
    public int SharedRunWords { get; init; } = 6;

    /// <summary>Fewest words a shorter quotation needs to match by containment alone.</summary>
    public int MinContainedWords { get; init; } = 4;
}
