namespace Storyline.Quotes;

/// <summary>A direct quotation in one article, with who said it and where when the text tells.</summary>
/// <param name="ArticleId">The article it was found in.</param>
/// <param name="Start">Offset of the first quoted character.</param>
/// <param name="Length">Number of quoted characters.</param>
/// <param name="Text">The quoted words as written.</param>
/// <param name="Speaker">The speaker: the entity's canonical name when resolved, else the words that name the speaker ("one fan"); null when nothing does.</param>
/// <param name="SpeakerEntity">Index of the speaker in <see cref="Entities.DocumentEntities.Entities"/>; -1 when not resolved to an entity.</param>
/// <param name="Verb">The attributing verb ("said", "wrote", "captioned"), when there is one.</param>
/// <param name="Venue">Where it was said ("Instagram post", "interview", a summit), when stated.</param>
public sealed record Quote(
    string ArticleId,
    int Start,
    int Length,
    string Text,
    string? Speaker,
    int SpeakerEntity,
    string? Verb,
    string? Venue)
{
    /// <summary>Offset just past the last quoted character.</summary>
    public int End => Start + Length;
}
