namespace Storyline.Reading;

/// <summary>
/// Which JSON keys hold which article field, first match wins. The defaults cover the common
/// dumps; <see cref="With"/> remaps one field (the CLI's <c>--field name=key</c>).
/// </summary>
public sealed record JsonFieldMap
{
    /// <summary>Keys for the article id.</summary>
    public IReadOnlyList<string> Id { get; init; } = ["id"];
    /// <summary>Keys for the headline.</summary>
    public IReadOnlyList<string> Title { get; init; } = ["title", "headline"];
    /// <summary>Keys for the sub-headline.</summary>
    public IReadOnlyList<string> Dek { get; init; } = ["dek", "subtitle"];
    /// <summary>Keys for the body text.</summary>
    public IReadOnlyList<string> Text { get; init; } = ["text", "body", "content"];
    /// <summary>Keys for the published date.</summary>
    public IReadOnlyList<string> Date { get; init; } = ["date", "published", "time"];
    /// <summary>Keys for the URL.</summary>
    public IReadOnlyList<string> Url { get; init; } = ["url", "link"];
    /// <summary>Keys for the source or outlet.</summary>
    public IReadOnlyList<string> Source { get; init; } = ["source", "outlet"];

    /// <summary>The field names that <see cref="With"/> accepts.</summary>
    public static IReadOnlyList<string> FieldNames { get; } = ["id", "title", "dek", "text", "date", "url", "source"];

    /// <summary>A copy with <paramref name="field"/> read from <paramref name="key"/> only; null when the field name is unknown.</summary>
    public JsonFieldMap? With(string field, string key) => field.ToLowerInvariant() switch
    {
        "id" => this with { Id = [key] },
        "title" => this with { Title = [key] },
        "dek" => this with { Dek = [key] },
        "text" or "body" => this with { Text = [key] },
        "date" or "published" => this with { Date = [key] },
        "url" => this with { Url = [key] },
        "source" => this with { Source = [key] },
        _ => null,
    };
}
