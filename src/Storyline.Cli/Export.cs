using Storyline.Entities;
using Storyline.Storage;

namespace Storyline.Cli;

/// <summary>The JSON shapes of DESIGN.md's export format, shared by <c>export</c> and the listing commands.</summary>
internal static class Export
{
    public static object Entity(GlobalEntity e) => new { id = e.Id, name = e.Name, type = e.Type.ToString().ToLowerInvariant(), aliases = e.Aliases.Where(a => a != e.Name).ToArray(), articles = e.Articles };

    public static object Storyline(Stories.StorylineRecord s) => new
    {
        id = s.Id, title = s.Title, entities = s.Entities, events = s.Events,
        timeline = s.Timeline.Select(TimelineEntry),
    };

    public static object TimelineEntry(Facts.FactGroup g) => new
    {
        date = g.Date.ToString(), text = g.Text, articles = g.ArticleIds,
        expression = g.Facts.FirstOrDefault(f => f.Sentence == g.Text)?.Expression ?? g.Facts[0].Expression,
    };

    public static object Claim(StoredClaim c) => new { subject = c.Subject, attribute = c.Attribute, value = c.Value, asOf = c.AsOf, article = c.Article, sentence = c.Sentence };

    public static object Conflict(StoredConflict c) => new
    {
        kind = c.Kind, subject = c.Subject, articles = c.Articles,
        evidence = c.Evidence.Select(e => new { article = e.Article, sentence = e.Sentence }),
    };

    public static object Quote(StoredQuote q) => new { id = q.Id, text = q.Text, speaker = q.Speaker, articles = q.Articles, firstSeen = q.FirstSeen };
}
