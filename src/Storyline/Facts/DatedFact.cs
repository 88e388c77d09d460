using Storyline.Time;

namespace Storyline.Facts;

/// <summary>
/// A sentence of an article that refers to a resolved calendar date: the smallest unit of a timeline.
/// </summary>
/// <param name="ArticleId">The article the sentence comes from.</param>
/// <param name="Date">The date the sentence refers to, at the precision the text gives.</param>
/// <param name="Sentence">The sentence as written (trimmed).</param>
/// <param name="SentenceStart">Offset of the sentence in the article's <see cref="Articles.Article.FullText"/>.</param>
/// <param name="SentenceIndex">Position of the sentence among the sentences of <see cref="Articles.Article.FullText"/>.</param>
/// <param name="Expression">The temporal expression as written ("Sept. 27, 2020", "Two years later").</param>
/// <param name="TimexValue">The expression's TIMEX3 value.</param>
/// <param name="IsRelative">True when the date was resolved against the published date or an earlier date of the text.</param>
public sealed record DatedFact(
    string ArticleId,
    PartialDate Date,
    string Sentence,
    int SentenceStart,
    int SentenceIndex,
    string Expression,
    string TimexValue,
    bool IsRelative);
