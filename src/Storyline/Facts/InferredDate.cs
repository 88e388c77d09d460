using Storyline.Articles;
using Storyline.Time;

namespace Storyline.Facts;

/// <summary>A published date worked out from an article's text and its same-event siblings.</summary>
/// <param name="Date">The date, at the precision the evidence supports (a day only when something pins the day).</param>
/// <param name="Basis"><see cref="PublishedBasis.Text"/> when the text states it (a dateline), otherwise <see cref="PublishedBasis.Inferred"/>.</param>
/// <param name="Confidence">How much to trust the date, from 0 to 1.</param>
/// <param name="Evidence">What the date was worked out from, for people to check.</param>
public sealed record InferredDate(PartialDate Date, PublishedBasis Basis, double Confidence, string Evidence);
