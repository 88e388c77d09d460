using Storyline.Time;

namespace Storyline.Facts;

/// <summary>
/// Dated facts from one or more articles about the same happening: one entry of a timeline.
/// </summary>
/// <param name="Date">The most precise date among the facts; every fact's date is compatible with it.</param>
/// <param name="Text">The sentence that best states the happening: most precise, most supported by the others.</param>
/// <param name="ArticleIds">The supporting articles, ordered by id.</param>
/// <param name="Facts">The facts, in canonical order (date, article, sentence).</param>
public sealed record FactGroup(PartialDate Date, string Text, IReadOnlyList<string> ArticleIds, IReadOnlyList<DatedFact> Facts);
