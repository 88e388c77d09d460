namespace Storyline.Reading;

/// <summary>
/// One input format (seed text, JSON Lines, HTML, feeds, WARC, ...). The reader asks each
/// registered format in turn whether it accepts an input, so new formats plug in without
/// the reader knowing them.
/// </summary>
public interface IArticleFormat
{
    /// <summary>A short name for messages, e.g. <c>jsonl</c>.</summary>
    string Name { get; }

    /// <summary>
    /// True when this format reads an input of this name (the inner name for a <c>.gz</c>)
    /// whose content starts with <paramref name="head"/>.
    /// </summary>
    bool Accepts(string fileName, ReadOnlySpan<byte> head);

    /// <summary>Reads the input's articles; never throws for bad content, yields failures instead.</summary>
    IEnumerable<ReadResult> Read(ArticleInput input);
}

/// <summary>One input to read: a file, a decompressed <c>.gz</c>, or standard input.</summary>
/// <param name="Origin">Path for messages (the real file path).</param>
/// <param name="FileName">The name that decides the format: a <c>.gz</c> without its suffix.</param>
/// <param name="DefaultId">The article id for one-article formats: the file name without extensions.</param>
/// <param name="Open">Opens the (decompressed) content; each call returns a new stream.</param>
public sealed record ArticleInput(string Origin, string FileName, string DefaultId, Func<Stream> Open)
{
    /// <summary>Reads the whole content into memory; for one-article formats whose files are small.</summary>
    public byte[] ReadAllBytes()
    {
        using var stream = Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
