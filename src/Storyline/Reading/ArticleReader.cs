using System.IO.Compression;

namespace Storyline.Reading;

/// <summary>
/// Reads articles from paths: files, directories (recursively, in ordinal path order so every
/// run sees the same order), <c>.gz</c> files, and <c>-</c> for standard input. Each input
/// goes to the first registered format that accepts it. Problems become failures naming
/// the file and the reason; the reader never throws for bad input.
/// </summary>
public sealed class ArticleReader
{
    private const int SniffLength = 2048;
    private readonly IReadOnlyList<IArticleFormat> formats;
    private readonly Func<Stream> openStdin;

    /// <summary>A reader trying <paramref name="formats"/> in order; the last should accept anything.</summary>
    public ArticleReader(IReadOnlyList<IArticleFormat> formats, Func<Stream>? openStdin = null)
    {
        if (formats.Count == 0) throw new ArgumentException("at least one format is needed", nameof(formats));
        this.formats = formats;
        this.openStdin = openStdin ?? Console.OpenStandardInput;
    }

    /// <summary>The built-in formats: JSON Lines, then the seed text format.</summary>
    public static IReadOnlyList<IArticleFormat> DefaultFormats(JsonFieldMap? fields = null)
        => [new JsonLinesFormat(fields ?? new JsonFieldMap()), new SeedTextFileFormat()];

    /// <summary>Reads every article under <paramref name="paths"/>.</summary>
    public IEnumerable<ReadResult> Read(IEnumerable<string> paths)
    {
        foreach (var path in paths)
            foreach (var result in ReadPath(path))
                yield return result;
    }

    private IEnumerable<ReadResult> ReadPath(string path)
    {
        if (path == "-")
        {
            byte[] bytes;
            using (var stdin = openStdin())
            using (var buffer = new MemoryStream())
            {
                stdin.CopyTo(buffer);
                bytes = buffer.ToArray();
            }
            foreach (var r in ReadInput(new ArticleInput("<stdin>", "stdin", "stdin", () => new MemoryStream(bytes, writable: false))))
                yield return r;
            yield break;
        }
        if (Directory.Exists(path))
        {
            foreach (var file in EnumerateFiles(path))
                foreach (var r in ReadFile(file))
                    yield return r;
            yield break;
        }
        if (!File.Exists(path))
        {
            yield return ReadResult.Fail(path, "no such file or directory");
            yield break;
        }
        foreach (var r in ReadFile(path))
            yield return r;
    }

    private static IEnumerable<string> EnumerateFiles(string directory)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        return Directory.EnumerateFiles(directory, "*", options)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal);
    }

    private IEnumerable<ReadResult> ReadFile(string path)
    {
        var name = Path.GetFileName(path);
        var gzipped = name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
        var innerName = gzipped ? name[..^3] : name;
        var id = StripExtensions(innerName);
        Func<Stream> open = gzipped
            ? () => new GZipStream(File.OpenRead(path), CompressionMode.Decompress)
            : () => File.OpenRead(path);
        return ReadInput(new ArticleInput(path, innerName, id, open));
    }

    private IEnumerable<ReadResult> ReadInput(ArticleInput input)
    {
        byte[] head;
        IArticleFormat format;
        try
        {
            head = Sniff(input);
            format = formats.FirstOrDefault(f => f.Accepts(input.FileName, head)) ?? formats[^1];
        }
        catch (Exception e) when (IsInputError(e))
        {
            return [ReadResult.Fail(input.Origin, Describe(e))];
        }
        if (head.Length == 0) return [ReadResult.Fail(input.Origin, "empty file")];
        return Guarded(format.Read(input), input.Origin);
    }

    // A format may fail part-way (a truncated .gz): keep what was read, then report the reason.
    private static IEnumerable<ReadResult> Guarded(IEnumerable<ReadResult> results, string origin)
    {
        using var e = results.GetEnumerator();
        while (true)
        {
            ReadResult? failure = null;
            try
            {
                if (!e.MoveNext()) yield break;
            }
            catch (Exception ex) when (IsInputError(ex))
            {
                failure = ReadResult.Fail(origin, Describe(ex));
            }
            if (failure is { } f)
            {
                yield return f;
                yield break;
            }
            yield return e.Current;
        }
    }

    private static byte[] Sniff(ArticleInput input)
    {
        using var stream = input.Open();
        var buffer = new byte[SniffLength];
        var total = 0;
        int n;
        while (total < buffer.Length && (n = stream.Read(buffer, total, buffer.Length - total)) > 0) total += n;
        return buffer[..total];
    }

    private static string StripExtensions(string name)
    {
        var ext = Path.GetExtension(name);
        return ext.Length is > 1 and <= 8 && !ext.Skip(1).All(char.IsDigit) ? name[..^ext.Length] : name;
    }

    private static bool IsInputError(Exception e)
        => e is IOException or UnauthorizedAccessException or InvalidDataException or System.Text.DecoderFallbackException or NotSupportedException;

    private static string Describe(Exception e) => e switch
    {
        InvalidDataException => "corrupt compressed data (" + e.Message.TrimEnd('.') + ")",
        UnauthorizedAccessException => "permission denied",
        FileNotFoundException or DirectoryNotFoundException => "no such file or directory",
        _ => e.Message.TrimEnd('.'),
    };
}
