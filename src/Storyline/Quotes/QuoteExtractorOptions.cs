namespace Storyline.Quotes;

/// <summary>Settings of <see cref="QuoteExtractor"/>, with every default in one place.</summary>
public sealed record QuoteExtractorOptions
{
    /// <summary>The defaults.</summary>
    public static QuoteExtractorOptions Default { get; } = new();

    /// <summary>Fewest words a quotation needs when no verb attributes it (shorter ones are scare quotes).</summary>
    public int MinWords { get; init; } = 4;

    /// <summary>Fewest words a quotation needs when a verb right beside it attributes it ("Yes," she answered).</summary>
    public int MinAttributedWords { get; init; } = 1;

    /// <summary>Quotations of at most this many words, all capitalized, are titles of works, not speech.</summary>
    public int MaxTitleWords { get; init; } = 9;

    /// <summary>Tokens after the closing mark searched for the attributing verb.</summary>
    public int VerbWindowAfter { get; init; } = 16;

    /// <summary>Fewest words a quotation needs when a verb elsewhere in its sentence attributes it (partial quotes).</summary>
    public int MinPartialWords { get; init; } = 2;

    /// <summary>How far back (characters) a pronoun may reach a person whose gender is unknown.</summary>
    public int UnknownGenderPronounReach { get; init; } = 200;

    /// <summary>Characters searched on each side of a quotation for its sentence boundaries.</summary>
    public int MaxSentenceChars { get; init; } = 400;

    /// <summary>Tokens before a venue noun searched for the preposition that opens its phrase.</summary>
    public int VenuePhraseTokens { get; init; } = 9;

    /// <summary>Characters searched back for the platform a bare "post" was made on.</summary>
    public int PlatformLookbackChars { get; init; } = 800;

    /// <summary>Paragraph breaks an unattributed quotation may follow the previous one by and still inherit its speaker.</summary>
    public int ContinuationParagraphs { get; init; } = 1;
}
