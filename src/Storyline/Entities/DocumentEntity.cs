namespace Storyline.Entities;

/// <summary>An entity of one document, with its in-document coreference resolved.</summary>
/// <param name="Index">Its index in <see cref="DocumentEntities.Entities"/>.</param>
/// <param name="Name">Canonical name: the fullest form the document uses.</param>
/// <param name="Type">Its type.</param>
/// <param name="Aliases">Every distinct name form seen, canonical name included, sorted ordinally.</param>
/// <param name="MentionCount">Number of name and description mentions.</param>
/// <param name="Salience">How central it is to the document, 0..1 (1 for the most salient).</param>
/// <param name="FirstOffset">Offset of its first mention.</param>
/// <param name="Gender">Gender the text gives a person, when known.</param>
public sealed record DocumentEntity(
    int Index,
    string Name,
    EntityType Type,
    IReadOnlyList<string> Aliases,
    int MentionCount,
    double Salience,
    int FirstOffset,
    Gender Gender);
