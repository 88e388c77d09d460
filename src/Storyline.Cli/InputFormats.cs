using Storyline.Html;
using Storyline.Reading;

namespace Storyline.Cli;

/// <summary>The input formats the CLI reads, in the order they are tried: JSON Lines, web input (HTML, feeds, WARC), seed text.</summary>
internal static class InputFormats
{
    public static IReadOnlyList<IArticleFormat> All(JsonFieldMap? fields = null)
    {
        var defaults = ArticleReader.DefaultFormats(fields);
        return [defaults[0], new WebArticleFormat(), .. defaults.Skip(1)];
    }
}
