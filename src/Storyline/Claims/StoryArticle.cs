using Storyline.Entities;
using Storyline.Text;
using Storyline.Time;

namespace Storyline.Claims;

/// <summary>One article of a storyline as <see cref="ConflictFinder"/> needs it.</summary>
/// <param name="Id">The article id.</param>
/// <param name="Published">Its published date (header, metadata or inferred), or null.</param>
/// <param name="Text">Its text.</param>
/// <param name="Entities">Its recognized entities, or null (subjects are then matched by name in the text).</param>
public sealed record StoryArticle(string Id, PartialDate? Published, string Text, DocumentEntities? Entities)
{
    /// <summary>The sentences of <see cref="Text"/> as <see cref="SentenceSplitter"/> splits it, when the caller has them already; split on demand when null.</summary>
    public IReadOnlyList<SentenceSpan>? Sentences { get; init; }
}
