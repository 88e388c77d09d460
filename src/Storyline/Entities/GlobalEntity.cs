namespace Storyline.Entities;

/// <summary>An entity across articles.</summary>
/// <param name="Id">Stable id derived from its type and name.</param>
/// <param name="Name">Canonical name: the full form most articles use.</param>
/// <param name="Type">Its type (the one most articles give it).</param>
/// <param name="Aliases">Every name form seen, sorted ordinally.</param>
/// <param name="Articles">Ids of the articles that mention it, sorted ordinally.</param>
public sealed record GlobalEntity(string Id, string Name, EntityType Type, IReadOnlyList<string> Aliases, IReadOnlyList<string> Articles);
