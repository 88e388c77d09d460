using AngleSharp.Dom;

namespace Storyline.Html.Metadata;

/// <summary>The elements metadata comes from, gathered in one walk of the document instead of one selector query each.</summary>
internal sealed class PageElements
{
    public List<IElement> Metas { get; } = [];
    public List<IElement> JsonLd { get; } = [];
    public List<IElement> ItempropDates { get; } = [];
    public List<IElement> Times { get; } = [];
    public IElement? Canonical { get; private set; }
    public IElement? FirstH1 { get; private set; }
    public IElement? RelAuthor { get; private set; }

    public static PageElements Collect(IDocument doc)
    {
        var page = new PageElements();
        if (doc.DocumentElement is null) return page;
        var stack = new Stack<IElement>();
        stack.Push(doc.DocumentElement);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            page.Visit(element);
            // ChildNodes is a plain list; Children is a filtered live view whose indexer walks the list on each call.
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
                if (children[i] is IElement child) stack.Push(child);
        }
        return page;
    }

    private void Visit(IElement element)
    {
        switch (element.LocalName)
        {
            case "meta":
                Metas.Add(element);
                break;
            case "script" when (element.GetAttribute("type") ?? "").Contains("ld+json", StringComparison.OrdinalIgnoreCase):
                JsonLd.Add(element);
                break;
            case "link" when Canonical is null && string.Equals(element.GetAttribute("rel"), "canonical", StringComparison.OrdinalIgnoreCase):
                Canonical = element;
                break;
            case "h1":
                FirstH1 ??= element;
                break;
            case "time" when element.HasAttribute("datetime"):
                Times.Add(element);
                break;
        }
        if (string.Equals(element.GetAttribute("itemprop"), "datePublished", StringComparison.OrdinalIgnoreCase) && element.LocalName != "meta")
            ItempropDates.Add(element);
        if (RelAuthor is null && element.LocalName != "link" && string.Equals(element.GetAttribute("rel"), "author", StringComparison.OrdinalIgnoreCase))
            RelAuthor = element;
    }
}
