using Storyline.Articles;

namespace Storyline.Reading;

/// <summary>A file holding one article in the seed text format; the fallback for text files of any name.</summary>
public sealed class SeedTextFileFormat : IArticleFormat
{
    /// <inheritdoc />
    public string Name => "text";

    /// <inheritdoc />
    public bool Accepts(string fileName, ReadOnlySpan<byte> head) => true;

    /// <inheritdoc />
    public IEnumerable<ReadResult> Read(ArticleInput input)
    {
        var bytes = input.ReadAllBytes();
        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Text is null)
        {
            yield return ReadResult.Fail(input.Origin, decoded.Error!);
            yield break;
        }
        var result = SeedTextFormat.Parse(input.DefaultId, decoded.Text, ContentHash.Of(bytes), input.Origin);
        yield return decoded.Note is not null && result.Article is { } article
            ? ReadResult.Success(article with { Notes = [decoded.Note] })
            : result;
    }
}
