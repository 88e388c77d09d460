using Storyline.Reading;

namespace Storyline.Cli;

/// <summary>The input formats the CLI reads, in the order they are tried.</summary>
internal static class InputFormats
{
    public static IReadOnlyList<IArticleFormat> All(JsonFieldMap fields) => ArticleReader.DefaultFormats(fields);
}
