using System.Text;
using Storyline.Html;

namespace Storyline.Tests.Html;

public class CharsetTests
{
    private static readonly HtmlArticleExtractor Extractor = new();

    static CharsetTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static byte[] Page(string head, string body, Encoding encoding) =>
        encoding.GetBytes($"<html><head>{head}<title>{body}</title></head><body><p>{body}</p></body></html>");

    [Fact]
    public void Windows_1252_declared_in_meta_is_decoded()
    {
        var bytes = Page("<meta charset=\"windows-1252\">", "Caf\u00e9 \u201cquotes\u201d cost \u20ac5", Encoding.GetEncoding(1252));
        var result = Extractor.Extract(bytes);
        Assert.Equal("Caf\u00e9 \u201cquotes\u201d cost \u20ac5", result.Title);
        Assert.Equal("windows-1252", result.Encoding);
    }

    [Fact]
    public void Latin1_declared_in_http_equiv_is_read_as_windows_1252_like_browsers_do()
    {
        var bytes = Page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">", "\u20ac and na\u00efve", Encoding.GetEncoding(1252));
        Assert.Equal("\u20ac and na\u00efve", Extractor.Extract(bytes).Title);
    }

    [Fact]
    public void Other_code_pages_are_decoded()
    {
        var bytes = Page("<meta charset=\"windows-1251\">", "\u041d\u043e\u0432\u043e\u0441\u0442\u0438", Encoding.GetEncoding(1251));
        Assert.Equal("\u041d\u043e\u0432\u043e\u0441\u0442\u0438", Extractor.Extract(bytes).Title);
    }

    [Fact]
    public void Byte_order_marks_win_over_declarations()
    {
        var utf8 = Encoding.UTF8.GetPreamble().Concat(Page("<meta charset=\"windows-1252\">", "Z\u00fcrich", new UTF8Encoding(false))).ToArray();
        Assert.Equal("Z\u00fcrich", Extractor.Extract(utf8).Title);
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Page("", "Z\u00fcrich", Encoding.Unicode)).ToArray();
        Assert.Equal("Z\u00fcrich", Extractor.Extract(utf16).Title);
    }

    [Fact]
    public void Undeclared_invalid_utf8_falls_back_to_windows_1252()
    {
        var bytes = Page("", "Caf\u00e9", Encoding.GetEncoding(1252));
        var result = Extractor.Extract(bytes);
        Assert.Equal("Caf\u00e9", result.Title);
        Assert.NotEmpty(result.Notes);
    }

    [Fact]
    public void An_http_charset_wins_over_the_page()
    {
        var bytes = Page("<meta charset=\"utf-8\">", "Caf\u00e9", Encoding.GetEncoding(1252));
        Assert.Equal("Caf\u00e9", Extractor.Extract(bytes, declaredCharset: "windows-1252").Title);
    }
}
