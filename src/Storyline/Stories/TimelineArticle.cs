using Storyline.Articles;

namespace Storyline.Stories;

/// <summary>One dated text a timeline is summarized from: usually an article with its published day.</summary>
/// <param name="Id">The article id, carried to the sentences chosen from it.</param>
/// <param name="Published">The day the text was published; relative dates in it ("on Tuesday") resolve against it.</param>
/// <param name="Text">The text; line breaks end sentences.</param>
public sealed record TimelineArticle(string Id, DateOnly Published, string Text)
{
    /// <summary>The article's full text with its published day, or null when its date is not known to the day.</summary>
    public static TimelineArticle? From(Article article) =>
        article.Published is { Precision: Time.DatePrecision.Day } date
            ? new TimelineArticle(article.Id, date.Start, article.FullText)
            : null;
}
