using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Storyline.Web.Pages;

/// <summary>
/// Builds an HTML document. Article texts are untrusted, so the only way to add text or an attribute value
/// is through the encoder; <see cref="Raw"/> takes markup written in this assembly only.
/// </summary>
internal sealed class Html
{
    // Letters of every script stay readable; markup characters, quotes and controls are escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder builder = new(16 * 1024);

    /// <summary>Appends markup written in this assembly (never data).</summary>
    public Html Raw(string markup)
    {
        builder.Append(markup);
        return this;
    }

    /// <summary>Appends text, encoded.</summary>
    public Html Text(string? text)
    {
        if (!string.IsNullOrEmpty(text)) Encoder.Encode(new StringWriter(builder), text);
        return this;
    }

    /// <summary>Appends part of a text, encoded.</summary>
    public Html Text(string text, int start, int length)
    {
        if (length > 0) Encoder.Encode(new StringWriter(builder), text, start, length);
        return this;
    }

    /// <summary>Appends <c> name="value"</c> with the value encoded; nothing when the value is null.</summary>
    public Html Attr(string name, string? value)
    {
        if (value is null) return this;
        builder.Append(' ').Append(name).Append("=\"");
        Text(value);
        builder.Append('"');
        return this;
    }

    /// <summary>Appends <c>&lt;tag attrs&gt;text&lt;/tag&gt;</c> with the text encoded.</summary>
    public Html Element(string tag, string? text, string? cssClass = null)
    {
        builder.Append('<').Append(tag);
        Attr("class", cssClass);
        builder.Append('>');
        Text(text);
        builder.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>Appends a link to an address this application made, with its text encoded.</summary>
    public Html Link(string href, string? text, string? cssClass = null, string? title = null)
    {
        builder.Append("<a");
        Attr("href", href);
        Attr("class", cssClass);
        Attr("title", title);
        builder.Append('>');
        Text(text);
        builder.Append("</a>");
        return this;
    }

    /// <summary>Appends a link to an address taken from an article, only when it is plain http(s); otherwise the text alone.</summary>
    public Html ExternalLink(string? url, string text)
    {
        if (IsWebAddress(url))
        {
            builder.Append("<a rel=\"noopener noreferrer nofollow\"");
            Attr("href", url);
            builder.Append('>');
            Text(text);
            builder.Append("</a>");
        }
        else
        {
            Text(text);
        }
        return this;
    }

    /// <summary>True for an absolute http or https address; <c>javascript:</c>, <c>data:</c> and relative addresses are not.</summary>
    public static bool IsWebAddress(string? url)
        => Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>Appends an integer.</summary>
    public Html Number(long value)
    {
        builder.Append(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>Appends a number for an SVG coordinate (invariant culture, one decimal).</summary>
    public Html Coordinate(double value)
    {
        builder.Append(value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture));
        return this;
    }

    /// <inheritdoc />
    public override string ToString() => builder.ToString();
}
