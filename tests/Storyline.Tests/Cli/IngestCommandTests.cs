using System.Text;
using System.Text.Json;

namespace Storyline.Tests.Cli;

public class IngestCommandTests
{
    [Fact]
    public void Ingest_names_unreadable_files_keeps_the_rest_and_exits_with_2()
    {
        using var dir = new TempFolder();
        var input = Path.Combine(dir.Path, "in");
        Directory.CreateDirectory(input);
        foreach (var seed in Directory.GetFiles(Seeds.Folder)) File.Copy(seed, Path.Combine(input, Path.GetFileName(seed)));
        File.WriteAllText(Path.Combine(input, "empty.txt"), "");
        var noise = new byte[2048];
        new Random(1).NextBytes(noise);
        File.WriteAllBytes(Path.Combine(input, "noise.dat"), noise);
        File.WriteAllBytes(Path.Combine(input, "latin.txt"), Encoding.Latin1.GetBytes("Déjà vu in Montréal\n\nThe mayor of Montréal said the café would reopen."));

        var (exit, stdout, stderr) = CliRunner.Run("ingest", input, "--db", dir.File("s.db"));

        Assert.Equal(2, exit);
        Assert.Contains("read 5, new 5", stdout, StringComparison.Ordinal);
        Assert.Contains("skipped 2", stdout, StringComparison.Ordinal);
        Assert.Contains("empty.txt: empty file", stderr, StringComparison.Ordinal);
        Assert.Contains("noise.dat: binary content", stderr, StringComparison.Ordinal);
        Assert.Contains("latin.txt: not valid UTF-8", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_has_the_design_format_for_the_seeds()
    {
        using var dir = new TempFolder();
        var db = dir.File("s.db");
        Assert.Equal(0, CliRunner.Run("ingest", Seeds.Folder, "--db", db).Exit);
        var (exit, json, _) = CliRunner.Run("export", "--db", db);
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(json);
        var articles = doc.RootElement.GetProperty("articles").EnumerateArray().ToDictionary(a => a.GetProperty("id").GetString()!);
        Assert.Equal(4, articles.Count);
        Assert.Equal("2023-12-03", articles[Seeds.Birthday].GetProperty("published").GetString());
        Assert.Equal("header", articles[Seeds.Tribute].GetProperty("publishedBasis").GetString());
        foreach (var key in new[] { "id", "title", "dek", "source", "url", "published", "publishedBasis", "contentHash" })
            Assert.True(articles[Seeds.Ceremony].TryGetProperty(key, out _), key);
        var events = doc.RootElement.GetProperty("events").EnumerateArray()
            .Select(e => string.Join(",", e.GetProperty("articles").EnumerateArray().Select(a => a.GetString()))).Order().ToArray();
        Assert.Equal([$"{Seeds.Birthday},{Seeds.BirthdayRewrite}", $"{Seeds.Ceremony},{Seeds.Tribute}"], events);
        Assert.All(doc.RootElement.GetProperty("duplicates").EnumerateArray(),
            r => Assert.Contains(r.GetProperty("relation").GetString(), new[] { "duplicate", "near-duplicate", "same-event", "follow-up" }));
    }

    [Fact]
    public void Commands_on_a_missing_or_foreign_store_fail_with_one_line()
    {
        using var dir = new TempFolder();
        var (exit, _, err) = CliRunner.Run("events", "--db", dir.File("none.db"));
        Assert.Equal(1, exit);
        Assert.StartsWith("error: ", err, StringComparison.Ordinal);
        var text = dir.Write("text.db", new string('x', 4096));
        (exit, _, err) = CliRunner.Run("ingest", Seeds.Folder, "--db", text);
        Assert.Equal(1, exit);
        Assert.Contains("text.db", err, StringComparison.Ordinal);
        Assert.Single(err.Trim().Split('\n'));
    }

    [Fact]
    public void A_bad_field_mapping_is_a_user_error()
    {
        using var dir = new TempFolder();
        var (exit, _, err) = CliRunner.Run("ingest", Seeds.Folder, "--db", dir.File("s.db"), "--field", "author=by");
        Assert.Equal(1, exit);
        Assert.Contains("unknown field 'author'", err, StringComparison.Ordinal);
    }
}
