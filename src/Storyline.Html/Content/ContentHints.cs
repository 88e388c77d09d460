using System.Text.RegularExpressions;

namespace Storyline.Html.Content;

/// <summary>Class/id vocabulary of article pages: what marks the story, what marks site furniture and widgets.</summary>
internal static partial class ContentHints
{
    /// <summary>Names that usually wrap the article text.</summary>
    [GeneratedRegex(@"article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|articlebody|prose|rich-?text|embed|tweet", RegexOptions.CultureInvariant)]
    public static partial Regex Positive();

    /// <summary>Names that usually wrap something other than the article.</summary>
    [GeneratedRegex(@"(^|[\s_-])(ad|ads|hid|hidden)($|[\s_-])|advert|banner|combx|comment|contact|foot|gdpr|masthead|outbrain|taboola|promo|related|scroll|share|sharing|shoutbox|sidebar|skyscraper|sponsor|shopping|widget|newsletter|subscri|signup|sign-up|social|recommend|popular|trending|breadcrumb|caption|credit|byline|author|dateline|timestamp|toolbar|print|modal|popup|cookie|login|navigation|(^|[\s_-])nav|menu|pagination|pager|tags|topics|keywords|disqus|copyright|more-stories|read-more|readmore|jump|gallery|slideshow|inline-?ad|dfp|teaser|rail|livefyre|feedback|rating|disclaimer", RegexOptions.CultureInvariant)]
    public static partial Regex Negative();

    /// <summary>Names so clearly non-article that the element is dropped before scoring (unless it holds most of the page).</summary>
    [GeneratedRegex(@"(^|[\s_-])(ad|ads)($|[\s_-])|advert|banner|breadcrumb|combx|comment|community|disqus|footer|gdpr|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|newsletter|subscribe|signup|sign-up|share|sharing|outbrain|taboola|recommend|trending|most-popular|cookie|modal|(^|[\s_-])nav($|[\s_-])|navbar|navigation|toolbar|more-stories|read-more|readmore|tags|caption|credit|byline|author|timestamp|dateline|print|widget|promo|teaser|(^|[\s_-])rail|hidden|rollover|tooltip|hovercard", RegexOptions.CultureInvariant)]
    public static partial Regex Unlikely();

    /// <summary>Names that rescue an unlikely-looking element: it may be the article wrapper.</summary>
    [GeneratedRegex(@"and|article|body|column|content|main|shadow|story|entry|post-|text|embed|tweet", RegexOptions.CultureInvariant)]
    public static partial Regex MaybeCandidate();

    /// <summary>Short paragraphs that are calls to action, not article text.</summary>
    [GeneratedRegex(@"^(advertisement|advert|ad|advertisement\s*-\s*continue reading below|story continues below( advertisement)?|continue reading|read more|read more:.*|related:.*|related articles?|related stories|more from .*|share (this|on).*|sign up.*|subscribe.*|click here.*|follow us.*|you may also like.*|recommended.*|image:.*|photo:.*|\(?(photo|image|picture) (by|credit|courtesy).*|getty images|ap photo.*|reuters|copyright .*|©.*|all rights reserved.*|loading\.*|please enable javascript.*|we use cookies.*|listen to (this )?article.*|print|email|comments?|skip to .*|the post .* appeared first on .*|most (popular|read|viewed|shared)|tags:?.*|video|learn more|this slideshow requires javascript.*|tell us what you think.*|.*\bclick here\b.*|have a tip\?.*|get the latest .* (in|to) your inbox.*|.*\bnewsletters?\b.*|follow (us|@?\w+) on .*|(share|tweet|email) this( article| story)?|related (posts|content|coverage)|you might also like.*|trending( now)?|sponsored( content)?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex BoilerplatePhrase();
}
