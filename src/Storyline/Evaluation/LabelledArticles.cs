using System.Text.Json;
using Storyline.Articles;
using Storyline.Reading;

namespace Storyline.Evaluation;

/// <summary>Articles of a JSON Lines file with gold labels read from extra keys, for evaluations.</summary>
/// <param name="Articles">The readable articles that carry every label, first of each id kept.</param>
/// <param name="Labels">Per label key: article id → label.</param>
/// <param name="Skipped">Lines that could not be used, with reasons.</param>
public sealed record LabelledArticles(IReadOnlyList<Article> Articles, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Labels, IReadOnlyList<ReadFailure> Skipped)
{
    /// <summary>Reads <paramref name="path"/>; a line lacking one of <paramref name="labelKeys"/> is skipped with a reason.</summary>
    public static LabelledArticles Read(string path, IReadOnlyList<string> labelKeys, JsonFieldMap? fields = null)
    {
        var format = new JsonLinesFormat(fields ?? new JsonFieldMap());
        var articles = new List<Article>();
        var labels = labelKeys.ToDictionary(k => k, _ => new Dictionary<string, string>(StringComparer.Ordinal));
        var skipped = new List<ReadFailure>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var origin = $"{path}:{lineNumber}";
            var result = format.ParseLine(line, origin, $"line{lineNumber}");
            if (result.Article is not { } article) { skipped.Add(result.Failure!); continue; }
            if (labels[labelKeys[0]].ContainsKey(article.Id)) { skipped.Add(new ReadFailure(origin, $"duplicate id '{article.Id}'")); continue; }
            using var doc = JsonDocument.Parse(line);
            var values = labelKeys.Select(k => doc.RootElement.TryGetProperty(k, out var v)
                ? v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText()
                : null).ToArray();
            if (Array.IndexOf(values, null) is var missing and >= 0) { skipped.Add(new ReadFailure(origin, $"no gold label '{labelKeys[missing]}'")); continue; }
            for (var k = 0; k < labelKeys.Count; k++) labels[labelKeys[k]][article.Id] = values[k]!;
            articles.Add(article);
        }
        return new LabelledArticles(articles, labels.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, string>)p.Value), skipped);
    }
}
