using System.Collections.Frozen;

namespace Storyline.Html.Content;

/// <summary>Tag classes the content tree and renderer rely on.</summary>
internal static class HtmlTags
{
    /// <summary>Elements that never carry article text.</summary>
    public static readonly FrozenSet<string> Dropped = FrozenSet.Create(StringComparer.Ordinal,
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "button",
        "select", "option", "input", "textarea", "link", "meta", "head", "map", "video", "audio", "source",
        "track", "img", "picture", "dialog", "title", "base", "param", "frame", "frameset", "applet");

    /// <summary>Elements that flow inside a paragraph.</summary>
    public static readonly FrozenSet<string> Inline = FrozenSet.Create(StringComparer.Ordinal,
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q",
        "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "label", "del", "ins",
        "strike", "tt", "big", "nobr", "acronym", "#text", "br");

    /// <summary>Elements whose text is scored as a paragraph.</summary>
    public static readonly FrozenSet<string> Paragraph = FrozenSet.Create(StringComparer.Ordinal, "p", "pre", "td", "blockquote");

    /// <summary>Layout regions that hold site furniture rather than the article.</summary>
    public static readonly FrozenSet<string> Furniture = FrozenSet.Create(StringComparer.Ordinal, "nav", "aside", "footer", "header", "menu");

    /// <summary>Headings.</summary>
    public static readonly FrozenSet<string> Heading = FrozenSet.Create(StringComparer.Ordinal, "h1", "h2", "h3", "h4", "h5", "h6");
}
