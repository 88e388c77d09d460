using System.Xml;
using System.Xml.Linq;
using Storyline.Articles;
using Storyline.Html.Metadata;

namespace Storyline.Html.Feeds;

/// <summary>
/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds item by item, streaming; item HTML goes through the
/// extractor. A malformed feed yields the items before the fault and then one error, never an exception.
/// </summary>
public sealed class FeedReader
{
    private static readonly XNamespace ContentNs = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace DcNs = "http://purl.org/dc/elements/1.1/";
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CheckCharacters = false,
        MaxCharactersFromEntities = 1024,
    };

    private readonly HtmlArticleExtractor _extractor;

    /// <summary>Creates a reader whose item bodies go through <paramref name="extractor"/>.</summary>
    public FeedReader(HtmlArticleExtractor extractor)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        _extractor = extractor;
    }

    /// <summary>The items of a feed, in order.</summary>
    public IEnumerable<FeedItemResult> ReadItems(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadItemsCore(stream);
    }

    /// <summary>The items as articles with ids <c>{idPrefix}#{index}</c>.</summary>
    public IEnumerable<ArticleReadResult> ReadArticles(Stream stream, string idPrefix, string? origin = null)
    {
        foreach (var result in ReadItems(stream))
        {
            var location = $"{origin ?? idPrefix}#{result.Item?.Index.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}";
            yield return result.Item is { } item
                ? ArticleReadResult.Ok(item.ToArticle($"{idPrefix}#{item.Index}", origin), location)
                : ArticleReadResult.Fail(origin ?? idPrefix, result.Error ?? "unreadable feed");
        }
    }

    private IEnumerable<FeedItemResult> ReadItemsCore(Stream stream)
    {
        using var reader = XmlReader.Create(stream, Settings);
        string? feedTitle = null;
        var index = 0;
        var sawRoot = false;
        while (true)
        {
            var (element, title, error, done) = Next(reader, ref sawRoot);
            feedTitle ??= title;
            if (error is not null)
            {
                yield return new FeedItemResult(null, error);
                yield break;
            }
            if (element is not null) yield return new FeedItemResult(ToItem(element, ++index, feedTitle), null);
            if (done) yield break;
        }
    }

    /// <summary>Advances to the next item element; a separate method because C# cannot yield inside try/catch.</summary>
    private static (XElement? Item, string? FeedTitle, string? Error, bool Done) Next(XmlReader reader, ref bool sawRoot)
    {
        try
        {
            if (reader.ReadState == ReadState.Initial && !reader.Read()) return (null, null, "empty feed", true);
            while (!reader.EOF)
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    reader.Read();
                    continue;
                }
                if (!sawRoot)
                {
                    sawRoot = true;
                    if (reader.LocalName is not ("rss" or "RDF" or "feed"))
                        return (null, null, $"not a feed: root element <{reader.Name}>", true);
                    reader.Read();
                    continue;
                }
                if (reader.LocalName is "item" or "entry")
                    return ((XElement)XNode.ReadFrom(reader), null, null, false);
                if (reader.LocalName == "title" && reader.Depth <= 2)
                {
                    var title = reader.ReadElementContentAsString();
                    return (null, string.IsNullOrWhiteSpace(title) ? null : title.Trim(), null, false);
                }
                reader.Read();
            }
            return (null, null, sawRoot ? null : "empty feed", true);
        }
        catch (XmlException e)
        {
            return (null, null, $"malformed feed at line {e.LineNumber}, position {e.LinePosition}: {e.Message}", true);
        }
        catch (InvalidOperationException e)
        {
            return (null, null, $"malformed feed: {e.Message}", true);
        }
    }

    private FeedItem ToItem(XElement item, int index, string? feedTitle)
    {
        var isAtom = item.Name.LocalName == "entry";
        var title = Text(Child(item, "title"));
        string? link;
        string? body;
        string? dateRaw;
        string? author;
        if (isAtom)
        {
            var links = item.Elements().Where(e => e.Name.LocalName == "link").ToList();
            link = (links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate") ?? links.FirstOrDefault())?.Attribute("href")?.Value;
            body = AtomText(Child(item, "content")) ?? AtomText(Child(item, "summary"));
            dateRaw = Text(Child(item, "published")) ?? Text(Child(item, "updated")) ?? Text(item.Element(DcNs + "date"));
            author = Text(Child(Child(item, "author"), "name")) ?? Text(item.Element(DcNs + "creator"));
        }
        else
        {
            link = Text(Child(item, "link")) ?? item.Attribute(XName.Get("about", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"))?.Value;
            body = Text(item.Element(ContentNs + "encoded")) ?? Text(Child(item, "description"));
            dateRaw = Text(Child(item, "pubDate")) ?? Text(item.Element(DcNs + "date")) ?? Text(Child(item, "published")) ?? Text(Child(item, "updated"));
            author = Text(item.Element(DcNs + "creator")) ?? Text(Child(item, "author"));
        }
        var guid = Text(Child(item, "guid")) ?? Text(Child(item, "id"));
        ExtractedDate? published = DateText.TryParse(dateRaw, out var date) ? new ExtractedDate(date, dateRaw!, "feed", PublishedBasis.Metadata) : null;
        var text = body is null ? "" : _extractor.FragmentText(body);
        return new FeedItem(index, title, link?.Trim(), guid, published, author, text, feedTitle, ContentHash.Of(item.ToString(SaveOptions.DisableFormatting)));
    }

    private static XElement? Child(XElement? parent, string localName) => parent?.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    private static string? Text(XElement? element)
    {
        var value = element?.Value;
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>Atom text constructs: xhtml content is markup in the tree, html and text content are strings.</summary>
    private static string? AtomText(XElement? element)
    {
        if (element is null) return null;
        if ((string?)element.Attribute("type") == "xhtml")
            return string.Concat(element.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
        return Text(element);
    }
}
