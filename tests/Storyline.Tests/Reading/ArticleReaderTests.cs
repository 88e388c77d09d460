using System.IO.Compression;
using System.Text;
using Storyline.Reading;

namespace Storyline.Tests.Reading;

public class ArticleReaderTests
{
    private static ArticleReader Reader(Func<Stream>? stdin = null) => new(ArticleReader.DefaultFormats(), stdin);

    [Fact]
    public void Seeds_are_read_with_titles_deks_and_header_dates()
    {
        var articles = Reader().Read([Seeds.Folder]).Select(r => r.Article!).ToDictionary(a => a.Id);
        Assert.Equal(4, articles.Count);
        Assert.Equal("2023-12-03", articles[Seeds.Birthday].Published.ToString());
        Assert.Equal("2021-09-29", articles[Seeds.Tribute].Published.ToString());
        Assert.Equal("Chrissy Teigen Opens Up About Ketamine Therapy on Her Birthday", articles[Seeds.BirthdayRewrite].Title);
        Assert.Equal("The model suffered a pregnancy loss in Sept. 2020.", articles[Seeds.Ceremony].Dek);
        Assert.StartsWith("The model and TV personality shares", articles[Seeds.BirthdayRewrite].Dek, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_files_are_named_with_reasons_and_the_rest_is_read()
    {
        using var dir = new TempFolder();
        foreach (var seed in Directory.GetFiles(Seeds.Folder)) File.Copy(seed, dir.File(Path.GetFileName(seed)));
        dir.Write("empty.txt", "");
        var random = new byte[4096];
        new Random(7).NextBytes(random);
        dir.Write("random.bin", random);
        dir.Write("latin1.txt", Encoding.Latin1.GetBytes("Café owner says prices rose\n\nThe café in Zürich raised prices by 5 % — «too much», clients said."));

        var results = Reader().Read([dir.Path]).ToList();

        var ok = results.Where(r => r.IsSuccess).Select(r => r.Article!).ToList();
        Assert.Equal(5, ok.Count);
        var latin = Assert.Single(ok, a => a.Id == "latin1");
        Assert.Contains("Zürich", latin.Body, StringComparison.Ordinal);
        Assert.Contains(latin.Notes, n => n.Contains("Windows-1252", StringComparison.Ordinal));
        var failures = results.Where(r => !r.IsSuccess).Select(r => r.Failure!).ToDictionary(f => Path.GetFileName(f.Origin));
        Assert.Equal(["empty.txt", "random.bin"], failures.Keys.Order());
        Assert.Contains("empty", failures["empty.txt"].Reason, StringComparison.Ordinal);
        Assert.Contains("binary", failures["random.bin"].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Directories_are_read_recursively_in_path_order_and_gz_is_unpacked()
    {
        using var dir = new TempFolder();
        dir.Write("b/two.txt", "Second\n\nBody two.");
        dir.Write("a/one.txt", "First\n\nBody one.");
        using (var gz = new GZipStream(File.Create(dir.File("c/three.jsonl.gz").EnsureFolder()), CompressionLevel.Fastest))
            gz.Write(Encoding.UTF8.GetBytes("{\"id\":\"j1\",\"text\":\"Line one.\"}\n{\"id\":\"j2\",\"text\":\"Line two.\"}\n"));
        var ids = Reader().Read([dir.Path]).Select(r => r.Article!.Id).ToArray();
        Assert.Equal(["one", "two", "j1", "j2"], ids);
    }

    [Fact]
    public void Standard_input_is_read_for_a_dash()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"id\":\"s1\",\"text\":\"From a pipe.\"}\n");
        var article = Assert.Single(Reader(() => new MemoryStream(bytes)).Read(["-"])).Article!;
        Assert.Equal("s1", article.Id);
    }

    [Fact]
    public void A_missing_path_and_a_corrupt_gz_are_failures_not_exceptions()
    {
        using var dir = new TempFolder();
        dir.Write("bad.txt.gz", [0x1f, 0x8b, 8, 0, 1, 2, 3]);
        var results = Reader().Read([dir.File("nope"), dir.File("bad.txt.gz")]).ToList();
        Assert.All(results, r => Assert.False(r.IsSuccess));
        Assert.Contains("no such file", results[0].Failure!.Reason, StringComparison.Ordinal);
        Assert.Equal(dir.File("bad.txt.gz"), results[1].Failure!.Origin);
    }
}

internal static class PathExtensions
{
    public static string EnsureFolder(this string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
