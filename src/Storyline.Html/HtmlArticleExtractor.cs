using AngleSharp.Html.Parser;
using Storyline.Articles;
using Storyline.Html.Content;
using Storyline.Html.Decoding;
using Storyline.Html.Metadata;

namespace Storyline.Html;

/// <summary>
/// Extracts the article text and metadata from an HTML page. Built once from options; immutable and
/// safe to share between threads. Any byte sequence gives a result (possibly with an empty body), never an exception.
/// </summary>
public sealed class HtmlArticleExtractor
{
    private static readonly HtmlParserOptions ParserOptions = new() { IsScripting = false, IsKeepingSourceReferences = false };
    private readonly MainContentFinder _finder;
    private readonly TextRenderer _renderer;

    /// <summary>Creates an extractor; <paramref name="options"/> defaults to <see cref="HtmlExtractionOptions.Default"/>.</summary>
    public HtmlArticleExtractor(HtmlExtractionOptions? options = null)
    {
        Options = options ?? HtmlExtractionOptions.Default;
        _finder = new MainContentFinder(Options);
        _renderer = new TextRenderer(Options);
    }

    /// <summary>The options this extractor was built with.</summary>
    public HtmlExtractionOptions Options { get; }

    /// <summary>Decodes and extracts a page given as bytes.</summary>
    /// <param name="html">The raw page bytes.</param>
    /// <param name="url">The page URL when known (from a crawl record or the caller); used for the canonical URL, outlet and URL dates.</param>
    /// <param name="declaredCharset">A charset from outside the page (an HTTP Content-Type header), which wins over the page's own declaration.</param>
    public HtmlExtraction Extract(ReadOnlySpan<byte> html, string? url = null, string? declaredCharset = null)
    {
        var notes = new List<string>();
        if (html.Length > Options.MaxInputBytes)
        {
            notes.Add($"input truncated to {Options.MaxInputBytes} bytes");
            html = html[..Options.MaxInputBytes];
        }
        var (text, encoding, note) = CharsetDecoder.Decode(html, Options.CharsetScanBytes, declaredCharset);
        if (note is not null) notes.Add(note);
        return ExtractText(text, url, encoding, notes);
    }

    /// <summary>Extracts a page already decoded to text.</summary>
    public HtmlExtraction Extract(string html, string? url = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        return ExtractText(html, url, "utf-16", []);
    }

    /// <summary>Extracts a page and returns it as an <see cref="Article"/> whose content hash is that of <paramref name="html"/>.</summary>
    public Article ToArticle(string id, ReadOnlySpan<byte> html, string? url = null, string? origin = null) =>
        Extract(html, url).ToArticle(id, html, origin);

    /// <summary>All the text of an HTML fragment (a feed item's content), as paragraphs, without main-content selection.</summary>
    public string FragmentText(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var doc = new HtmlParser(ParserOptions).ParseDocument(html);
        var root = doc.Body ?? doc.DocumentElement;
        if (root is null) return "";
        var tree = ContentTreeBuilder.Build(root);
        return _renderer.Render([tree]);
    }

    private HtmlExtraction ExtractText(string text, string? url, string encoding, List<string> notes)
    {
        var doc = new HtmlParser(ParserOptions).ParseDocument(ScriptStripper.Strip(text));
        var metadata = MetadataReader.Read(doc, url);
        var body = "";
        var root = doc.Body ?? doc.DocumentElement;
        if (root is not null)
        {
            foreach (var level in (ReadOnlySpan<PruneLevel>)[PruneLevel.TagsAndHints, PruneLevel.Tags, PruneLevel.None])
            {
                var attempt = _renderer.Render(_finder.Find(ContentTreeBuilder.Build(root), level));
                if (attempt.Length > body.Length) body = attempt;
                if (body.Length >= Options.RetryBelowLength) break;
            }
        }
        return new HtmlExtraction(metadata.Title, metadata.Dek, body, metadata.Published, metadata.Author, metadata.Outlet,
            metadata.CanonicalUrl, metadata.Language, encoding, notes);
    }
}
