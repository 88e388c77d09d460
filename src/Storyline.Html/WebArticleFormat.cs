using Storyline.Reading;

namespace Storyline.Html;

/// <summary>
/// Plugs web input (HTML pages, RSS/Atom feeds, WARC archives) into the engine's reader:
/// accepted by file extension or by sniffing the first bytes.
/// </summary>
public sealed class WebArticleFormat(WebInputReader reader) : IArticleFormat
{
    /// <summary>A format reading with a default extractor.</summary>
    public WebArticleFormat() : this(new WebInputReader(new HtmlArticleExtractor())) { }

    /// <inheritdoc />
    public string Name => "web";

    /// <inheritdoc />
    public bool Accepts(string fileName, ReadOnlySpan<byte> head) => InputSniffer.Sniff(head, fileName) != InputKind.Other;

    /// <inheritdoc />
    public IEnumerable<ReadResult> Read(ArticleInput input)
    {
        using var stream = input.Open();
        foreach (var result in reader.Read(stream, input.FileName, input.DefaultId))
        {
            var location = result.Location == input.FileName ? input.Origin : $"{input.Origin} ({result.Location})";
            yield return result.Article is { } article
                ? ReadResult.Success(article with { Origin = input.Origin })
                : ReadResult.Fail(location, result.Error ?? "unreadable");
        }
    }
}
