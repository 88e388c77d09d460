namespace Storyline.Entities;

/// <summary>One mention of an entity in a text.</summary>
/// <param name="Start">Offset of the first character in the text.</param>
/// <param name="Length">Number of characters (a possessive "'s" is not included).</param>
/// <param name="Text">The mention as written.</param>
/// <param name="Type">The type of the entity it denotes.</param>
/// <param name="EntityIndex">Index of the entity in <see cref="DocumentEntities.Entities"/>; -1 when a description could not be resolved.</param>
/// <param name="Kind">A name or a description.</param>
public readonly record struct Mention(int Start, int Length, string Text, EntityType Type, int EntityIndex, MentionKind Kind)
{
    /// <summary>Offset just past the last character.</summary>
    public int End => Start + Length;
}
