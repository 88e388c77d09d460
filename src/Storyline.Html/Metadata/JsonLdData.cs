using System.Text.Json;

namespace Storyline.Html.Metadata;

/// <summary>The article fields of a page's JSON-LD blocks (schema.org Article and its kinds).</summary>
internal sealed class JsonLdData
{
    private const int MaxDepth = 12;

    public string? DatePublished { get; private set; }
    public string? DateCreated { get; private set; }
    public string? Headline { get; private set; }
    public string? Author { get; private set; }
    public string? Publisher { get; private set; }
    public string? Language { get; private set; }

    private bool _fromArticle;

    public static JsonLdData Read(IEnumerable<string> blocks)
    {
        var data = new JsonLdData();
        foreach (var block in blocks)
        {
            try
            {
                using var doc = JsonDocument.Parse(block, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
                data.Visit(doc.RootElement, 0);
            }
            catch (JsonException)
            {
                // A broken block is common (CMS templates); the other sources still count.
            }
        }
        return data;
    }

    private void Visit(JsonElement element, int depth)
    {
        if (depth > MaxDepth) return;
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray()) Visit(item, depth + 1);
            return;
        }
        if (element.ValueKind != JsonValueKind.Object) return;
        var isArticle = element.TryGetProperty("@type", out var type) && IsArticleType(type);
        // An article's own fields win over those of other objects (a WebPage, a breadcrumb list).
        var take = isArticle || !_fromArticle;
        if (take && (isArticle || DatePublished is null))
        {
            var published = StringOf(element, "datePublished");
            if (published is not null && (isArticle || DatePublished is null)) DatePublished = published;
            DateCreated ??= StringOf(element, "dateCreated");
            var headline = StringOf(element, "headline");
            if (headline is not null && (isArticle || Headline is null)) Headline = headline;
            var author = NameOf(element, "author");
            if (author is not null && (isArticle || Author is null)) Author = author;
            var publisher = NameOf(element, "publisher");
            if (publisher is not null && (isArticle || Publisher is null)) Publisher = publisher;
            Language ??= StringOf(element, "inLanguage");
            if (isArticle && published is not null) _fromArticle = true;
        }
        foreach (var property in element.EnumerateObject())
            if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array) Visit(property.Value, depth + 1);
    }

    private static bool IsArticleType(JsonElement type)
    {
        if (type.ValueKind == JsonValueKind.String) return IsArticleName(type.GetString());
        if (type.ValueKind == JsonValueKind.Array)
            foreach (var t in type.EnumerateArray())
                if (t.ValueKind == JsonValueKind.String && IsArticleName(t.GetString())) return true;
        return false;
    }

    private static bool IsArticleName(string? name) =>
        name is not null && (name.EndsWith("Article", StringComparison.Ordinal) || name is "BlogPosting" or "LiveBlogPosting" or "Report" or "NewsArticle" or "Review");

    private static string? StringOf(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value)) return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => NullIfEmpty(value.GetString()),
            JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => NullIfEmpty(v.GetString())).FirstOrDefault(s => s is not null),
            _ => null,
        };
    }

    private static string? NameOf(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value)) return null;
        var names = new List<string>();
        void Add(JsonElement v)
        {
            if (v.ValueKind == JsonValueKind.String && NullIfEmpty(v.GetString()) is { } s && !s.StartsWith("http", StringComparison.Ordinal)) names.Add(s);
            else if (v.ValueKind == JsonValueKind.Object && StringOf(v, "name") is { } n) names.Add(n);
        }
        if (value.ValueKind == JsonValueKind.Array) foreach (var v in value.EnumerateArray()) Add(v);
        else Add(value);
        return names.Count == 0 ? null : string.Join(", ", names.Distinct(StringComparer.Ordinal));
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
