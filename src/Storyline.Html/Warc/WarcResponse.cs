namespace Storyline.Html.Warc;

/// <summary>An HTML response record of a WARC archive.</summary>
/// <param name="Offset">Byte offset of the record in the (decompressed) archive.</param>
/// <param name="TargetUri">WARC-Target-URI: the page URL.</param>
/// <param name="Date">WARC-Date as written (the crawl time, not the publication date).</param>
/// <param name="RecordId">WARC-Record-ID.</param>
/// <param name="ContentType">The HTTP Content-Type of the page.</param>
/// <param name="Charset">The charset of the HTTP Content-Type, when given.</param>
/// <param name="Body">The HTTP body: the page bytes.</param>
public sealed record WarcResponse(long Offset, string TargetUri, string? Date, string? RecordId, string? ContentType, string? Charset, byte[] Body);

/// <summary>A response record, or why the record at <paramref name="Offset"/> could not be read.</summary>
/// <param name="Response">The record, on success.</param>
/// <param name="Offset">Byte offset of the record in the decompressed archive.</param>
/// <param name="Error">Why the record was skipped, on failure.</param>
public sealed record WarcRecordResult(WarcResponse? Response, long Offset, string? Error);

/// <summary>Limits of the WARC reader, all defaults in one place.</summary>
public sealed record WarcReaderOptions
{
    /// <summary>The defaults.</summary>
    public static WarcReaderOptions Default { get; } = new();

    /// <summary>Records with a larger block are skipped with an error rather than loaded.</summary>
    public long MaxRecordBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>Longest header line accepted (bytes).</summary>
    public int MaxHeaderLineBytes { get; init; } = 64 * 1024;

    /// <summary>Most header lines accepted in one WARC or HTTP header block.</summary>
    public int MaxHeaderLines { get; init; } = 512;
}
