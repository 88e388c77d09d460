namespace Storyline.Web;

/// <summary>How the web layer serves a store; every default lives here.</summary>
public sealed record StorylineWebOptions
{
    /// <summary>The default address: loopback only, so nothing is exposed to the network unless asked.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5170";

    /// <summary>Addresses Kestrel listens on (semicolon-separated).</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>Whether <c>POST /api/articles</c> may write to the store; off by default (read-only server).</summary>
    public bool AllowIngest { get; init; }

    /// <summary>Largest request body accepted, in bytes; larger bodies get 413.</summary>
    public long MaxRequestBodyBytes { get; init; } = 8 * 1024 * 1024;

    /// <summary>Longest search query accepted, in characters.</summary>
    public int MaxQueryLength { get; init; } = 500;

    /// <summary>Page size when a list request names none.</summary>
    public int DefaultPageSize { get; init; } = 50;

    /// <summary>Largest page size a list request may ask for.</summary>
    public int MaxPageSize { get; init; } = 500;

    /// <summary>Articles an event page shows side by side in full; the rest are listed.</summary>
    public int SideBySideArticles { get; init; } = 4;

    /// <summary>Events with at most this many articles list them all, earliest first; larger events are paged in id order.</summary>
    public int SortedEventLimit { get; init; } = 100;

    /// <summary>Related articles an article page lists, most similar first.</summary>
    public int RelatedArticles { get; init; } = 50;

    /// <summary>Store connections kept open for concurrent readers (SQLite in WAL mode reads in parallel).</summary>
    public int ReadConnections { get; init; } = Math.Max(2, Environment.ProcessorCount);

    /// <summary>The value of the Content-Security-Policy header on every response: scripts and styles from this origin only.</summary>
    public string ContentSecurityPolicy { get; init; } =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
}
