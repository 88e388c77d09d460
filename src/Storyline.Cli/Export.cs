using Storyline.Entities;
using Storyline.Storage;

namespace Storyline.Cli;

/// <summary>The JSON shapes of DESIGN.md's export format, shared by <c>export</c> and the listing commands.</summary>
internal static class Export
{
    public static object Entity(GlobalEntity e) => new { id = e.Id, name = e.Name, type = e.Type.ToString().ToLowerInvariant(), aliases = e.Aliases.Where(a => a != e.Name).ToArray(), articles = e.Articles };

    public static object Quote(StoredQuote q) => new { id = q.Id, text = q.Text, speaker = q.Speaker, articles = q.Articles, firstSeen = q.FirstSeen };
}
