using System.Collections.Frozen;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Storyline.Articles;

namespace Storyline.Html.Metadata;

/// <summary>Reads title, dek, published date, author, outlet, canonical URL and language from a parsed page.</summary>
internal static partial class MetadataReader
{
    private const int MaxBylineLength = 200;
    private const int MaxSiteNameWords = 5;
    private const int MaxBylineChildren = 3;

    [GeneratedRegex(@"publi|posted|veröffentlicht|pubblicato|gepubliceerd|updated|aktualisiert", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PublishingWord();

    /// <summary>Meta names and properties that carry the published date, most specific first.</summary>
    private static readonly string[] DateMetaNames =
    [
        "article:published_time", "og:article:published_time", "og:published_time", "datepublished", "article.published",
        "parsely-pub-date", "sailthru.date", "pubdate", "publishdate", "publish-date", "publish_date", "published_time",
        "published-date", "publication_date", "date.release", "displaydate", "dc.date.issued", "dcterms.issued",
        "dc.date", "dcterms.date", "dcterms.created", "dc.date.created", "date", "pdate", "original-publish-date",
        "originalpublicationdate", "cxenseparse:recs:publishtime", "article_date_original", "citation_publication_date",
    ];

    private static readonly FrozenDictionary<string, int> DateMetaRank =
        DateMetaNames.Select((n, i) => (n, i)).ToFrozenDictionary(p => p.n, p => p.i, StringComparer.Ordinal);

    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})[/-](?<m>\d{1,2})(?:[/-](?<d>\d{1,2}))?(?:[/-]|$)|/(?<y>(?:19|20)\d{2})(?<m>[01]\d)(?<d>[0-3]\d)(?:[/-]|$)|[-_](?<y>(?:19|20)\d{2})-?(?<m>[01]\d)-?(?<d>[0-3]\d)(?:[-_./]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex UrlDate();

    [GeneratedRegex(@"date|time|publi|posted|byline|dateline|(^|[\s_-])meta|info|author", RegexOptions.CultureInvariant)]
    private static partial Regex BylineHint();

    [GeneratedRegex(@"\s+(?:\||-|–|—|::|·|»|•|/)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex TitleSeparator();

    public static PageMetadata Read(IDocument doc, string? url)
    {
        var page = PageElements.Collect(doc);
        var metas = CollectMeta(page.Metas);
        var jsonLd = JsonLdData.Read(page.JsonLd.Select(s => s.TextContent));
        var canonical = Absolute(page.Canonical?.GetAttribute("href"), url)
            ?? Absolute(Meta(metas, "og:url"), url) ?? url;
        var outlet = Meta(metas, "og:site_name") ?? jsonLd.Publisher ?? Meta(metas, "application-name") ?? HostOf(canonical);
        if (outlet is not null && outlet.StartsWith("http", StringComparison.OrdinalIgnoreCase)) outlet = HostOf(outlet) ?? outlet;
        var title = ChooseTitle(doc, page.FirstH1, metas, jsonLd, outlet, HostOf(canonical));
        var dek = Meta(metas, "og:description") ?? Meta(metas, "description") ?? Meta(metas, "twitter:description");
        var author = CleanAuthor(jsonLd.Author ?? Meta(metas, "author") ?? NonUrl(Meta(metas, "article:author"))
            ?? Meta(metas, "byl") ?? Meta(metas, "parsely-author") ?? Meta(metas, "sailthru.author")
            ?? page.RelAuthor?.TextContent);
        var language = doc.DocumentElement?.GetAttribute("lang") ?? Meta(metas, "content-language") ?? Meta(metas, "language")
            ?? Meta(metas, "og:locale")?.Replace('_', '-') ?? jsonLd.Language;
        return new PageMetadata(title, dek, FindDate(doc, page, metas, jsonLd, url ?? canonical), author, outlet, canonical,
            string.IsNullOrWhiteSpace(language) ? null : language.Trim());
    }

    /// <summary>All meta values by lower-case name, property, itemprop or http-equiv; the first value of a name wins.</summary>
    private static Dictionary<string, string> CollectMeta(List<IElement> metaElements)
    {
        var metas = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var meta in metaElements)
        {
            var content = meta.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content)) continue;
            foreach (var attribute in (ReadOnlySpan<string>)["property", "name", "itemprop", "http-equiv"])
            {
                var key = meta.GetAttribute(attribute);
                if (!string.IsNullOrWhiteSpace(key)) metas.TryAdd(key.Trim().ToLowerInvariant(), content.Trim());
            }
        }
        return metas;
    }

    private static string? Meta(Dictionary<string, string> metas, string name) => metas.GetValueOrDefault(name);

    private static ExtractedDate? FindDate(IDocument doc, PageElements page, Dictionary<string, string> metas, JsonLdData jsonLd, string? url)
    {
        var fromUrl = DateInUrl(url);
        var found = FindMarkupDate(doc, page, metas, jsonLd) ?? fromUrl ?? FindBylineDate(doc);
        // A timestamp converted to UTC can fall on the next or previous day; the URL keeps the newsroom's own date.
        if (found is { Basis: PublishedBasis.Metadata, Date.Day: not null } && fromUrl is { Date.Day: not null }
            && Math.Abs(found.Date.Start.DayNumber - fromUrl.Date.Start.DayNumber) == 1)
            return found with { Date = fromUrl.Date };
        return found;
    }

    private static ExtractedDate? DateInUrl(string? url)
    {
        if (url is null) return null;
        var match = UrlDate().Match(url);
        return match.Success && DateText.TryMake(match.Groups["y"].Value, match.Groups["m"].Value, match.Groups["d"].Value, out var date)
            ? new ExtractedDate(date, match.Value, "url", PublishedBasis.Metadata)
            : null;
    }

    private static ExtractedDate? FindMarkupDate(IDocument doc, PageElements page, Dictionary<string, string> metas, JsonLdData jsonLd)
    {
        if (Dated(jsonLd.DatePublished, "json-ld") is { } fromJsonLd) return fromJsonLd;
        foreach (var (key, value) in metas.Where(p => DateMetaRank.ContainsKey(p.Key)).OrderBy(p => DateMetaRank[p.Key]))
            if (Dated(value, "meta:" + key) is { } fromMeta) return fromMeta;
        foreach (var element in page.ItempropDates)
        {
            var value = element.GetAttribute("content") ?? element.GetAttribute("datetime") ?? element.TextContent;
            if (Dated(value, "itemprop") is { } fromItemprop) return fromItemprop;
        }
        var times = page.Times;
        var preferred = times.Where(t => t.HasAttribute("pubdate") || (t.ClassName ?? "").Contains("publish", StringComparison.OrdinalIgnoreCase)).Concat(times);
        foreach (var time in preferred)
            if (Dated(time.GetAttribute("datetime"), "time") is { } fromTime) return fromTime;
        return Dated(jsonLd.DateCreated, "json-ld:dateCreated");
    }

    private static ExtractedDate? FindBylineDate(IDocument doc)
    {
        if (doc.Body is null) return null;
        foreach (var element in doc.Body.QuerySelectorAll("[class],[id],small,time"))
        {
            var hint = ((element.ClassName ?? "") + " " + element.Id).ToLowerInvariant();
            var named = BylineHint().IsMatch(hint);
            if (!named && element.LocalName is not ("small" or "time") && element.ChildElementCount > MaxBylineChildren) continue;
            var text = element.TextContent;
            if (text.Length > MaxBylineLength || text.Length < 6) continue;
            if (!named && element.LocalName is not ("small" or "time") && !PublishingWord().IsMatch(text)) continue;
            if (DateText.TryParseHuman(text, out var date)) return new ExtractedDate(date, text.Trim(), "text", PublishedBasis.Text);
        }
        return null;
    }

    private static ExtractedDate? Dated(string? raw, string source) =>
        DateText.TryParse(raw, out var date) ? new ExtractedDate(date, raw!.Trim(), source, PublishedBasis.Metadata) : null;

    private static string? ChooseTitle(IDocument doc, IElement? firstH1, Dictionary<string, string> metas, JsonLdData jsonLd, string? outlet, string? host)
    {
        var h1 = Normalize(firstH1?.TextContent);
        var og = Normalize(Meta(metas, "og:title") ?? Meta(metas, "twitter:title"));
        var titleTag = Normalize(doc.Title);
        // The h1 is the cleanest headline when the page's own title confirms it.
        if (h1 is { Length: > 0 } && ((titleTag?.Contains(h1, StringComparison.OrdinalIgnoreCase) ?? false) || (og?.Contains(h1, StringComparison.OrdinalIgnoreCase) ?? false)))
            return h1;
        foreach (var candidate in new[] { og, Normalize(jsonLd.Headline), titleTag, h1 })
            if (!string.IsNullOrEmpty(candidate)) return StripSiteName(candidate, outlet, host);
        return null;
    }

    /// <summary>Removes a site name at either end of a title ("Headline | Site", "Site - Headline").</summary>
    internal static string StripSiteName(string title, string? outlet, string? host)
    {
        var parts = TitleSeparator().Split(title);
        if (parts.Length < 2) return title;
        bool IsSite(string part)
        {
            var p = part.Trim();
            if (outlet is not null && (p.Equals(outlet, StringComparison.OrdinalIgnoreCase) || outlet.Contains(p, StringComparison.OrdinalIgnoreCase) && p.Length > 2)) return true;
            var compact = p.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
            return host is not null && compact.Length > 2 && host.Replace(".", "", StringComparison.Ordinal).Contains(compact, StringComparison.Ordinal);
        }
        var start = 0;
        var end = parts.Length;
        while (end - start > 1 && IsSite(parts[end - 1])) end--;
        while (end - start > 1 && IsSite(parts[start])) start++;
        if (end - start == parts.Length && parts[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxSiteNameWords
            && parts[^1].Length < parts[..^1].Sum(p => p.Length))
            end--;
        var separators = TitleSeparator().Matches(title);
        // Rebuild from the original text so separators inside the headline itself survive.
        var from = start == 0 ? 0 : separators[start - 1].Index + separators[start - 1].Length;
        var to = end == parts.Length ? title.Length : separators[end - 1].Index;
        return title[from..to].Trim();
    }

    private static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static string? CleanAuthor(string? author)
    {
        author = Normalize(author);
        if (author is null) return null;
        if (author.StartsWith("by ", StringComparison.OrdinalIgnoreCase)) author = author[3..].Trim();
        return author.Length == 0 ? null : author;
    }

    private static string? NonUrl(string? value) => value is not null && value.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? null : value;

    private static string? Absolute(string? href, string? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(href)) return null;
        if (Uri.TryCreate(href.Trim(), UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https") return absolute.ToString();
        if (baseUrl is not null && Uri.TryCreate(baseUrl, UriKind.Absolute, out var b) && Uri.TryCreate(b, href.Trim(), out var resolved)) return resolved.ToString();
        return null;
    }

    private static string? HostOf(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host)) return null;
        var host = uri.Host;
        return host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
    }
}
