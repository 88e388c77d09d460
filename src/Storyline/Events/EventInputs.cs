using Storyline.Articles;

namespace Storyline.Events;

/// <summary>Builds clusterer inputs from articles.</summary>
public static class EventInputs
{
    /// <summary>The clusterer's view of <paramref name="article"/>: headline, dek and body, and its day when known.</summary>
    public static EventInput From(Article article, DateOnly? date = null)
    {
        var text = article.Dek is { Length: > 0 } dek ? dek + "\n\n" + article.Body : article.Body;
        date ??= article.Published is { Precision: Time.DatePrecision.Day } p ? p.Start : null;
        return new EventInput(article.Id, article.Title, text, date);
    }
}
