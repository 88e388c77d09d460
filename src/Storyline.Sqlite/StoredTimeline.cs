using System.Text.Json;
using Storyline.Facts;
using Storyline.Time;

namespace Storyline.Sqlite;

/// <summary>A storyline's grouped timeline as JSON in one column: it is always read whole.</summary>
internal static class StoredTimeline
{
    internal sealed record FactRow(string A, string D, string S, int Ss, int Si, string E, string T, bool R);
    internal sealed record GroupRow(string Date, string Text, string[] Articles, FactRow[] Facts);

    public static string Serialize(IReadOnlyList<FactGroup> groups)
        => JsonSerializer.Serialize(groups.Select(g => new GroupRow(g.Date.ToString(), g.Text, [.. g.ArticleIds],
            g.Facts.Select(f => new FactRow(f.ArticleId, f.Date.ToString(), f.Sentence, f.SentenceStart, f.SentenceIndex, f.Expression, f.TimexValue, f.IsRelative)).ToArray())).ToArray(),
            StoreJson.Default.GroupRowArray);

    public static IReadOnlyList<FactGroup> Deserialize(string json)
    {
        var rows = JsonSerializer.Deserialize(json, StoreJson.Default.GroupRowArray) ?? [];
        return rows.Select(g => new FactGroup(Parse(g.Date), g.Text, g.Articles,
            g.Facts.Select(f => new DatedFact(f.A, Parse(f.D), f.S, f.Ss, f.Si, f.E, f.T, f.R)).ToArray())).ToArray();
    }

    private static PartialDate Parse(string s) => PartialDate.TryParse(s, out var d) ? d : throw new InvalidDataException($"bad date '{s}' in a stored timeline");
}
