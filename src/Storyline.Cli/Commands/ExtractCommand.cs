using System.CommandLine;
using Storyline.Html;

namespace Storyline.Cli.Commands;

/// <summary><c>storyline extract FILE.html</c>: the main text (and metadata) of a saved web page.</summary>
internal static class ExtractCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A saved HTML page (.html, .htm, optionally .gz)." };
        var url = new Option<string?>("--url") { Description = "The page's URL, when known (helps dates and the outlet)." };
        var json = new Option<bool>("--json") { Description = "Print metadata and text as JSON." };
        var command = new Command("extract", "Extract the article text and metadata from an HTML page.") { file, url, json };
        command.SetAction(parse =>
        {
            var path = CliFiles.RequireFile(parse.GetValue(file)!);
            byte[] bytes;
            try
            {
                bytes = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
                    ? ReadGzip(path)
                    : File.ReadAllBytes(path);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                throw new UserErrorException($"{path}: {e.Message.TrimEnd('.')}");
            }
            var x = new HtmlArticleExtractor().Extract(bytes, parse.GetValue(url));
            if (parse.GetValue(json))
            {
                Json.Write(context.Output, new
                {
                    title = x.Title, dek = x.Dek, published = x.Published?.Date.ToString(), publishedSource = x.Published?.Source,
                    author = x.Author, outlet = x.Outlet, url = x.CanonicalUrl, language = x.Language, encoding = x.Encoding,
                    notes = x.Notes, text = x.Body,
                });
                return StorylineCli.ExitOk;
            }
            if (x.Title is not null) context.Output.WriteLine(x.Title + "\n");
            context.Output.WriteLine(x.Body);
            foreach (var note in x.Notes) context.Error.WriteLine($"note: {note}");
            return x.Body.Length == 0 ? StorylineCli.ExitSkipped : StorylineCli.ExitOk;
        });
        return command;
    }

    private static byte[] ReadGzip(string path)
    {
        using var gz = new System.IO.Compression.GZipStream(File.OpenRead(path), System.IO.Compression.CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gz.CopyTo(buffer);
        return buffer.ToArray();
    }
}
