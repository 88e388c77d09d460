using System.Text.Json;

namespace Storyline.Tests.Cli;

/// <summary>DESIGN.md's "What Storyline must make of the seeds", checked on the export of a real ingest.</summary>
public sealed class SeedExpectationsTests : IDisposable
{
    private readonly TempFolder dir = new();
    private readonly JsonDocument export;

    public SeedExpectationsTests()
    {
        var db = dir.File("s.db");
        Assert.Equal(0, CliRunner.Run("ingest", Seeds.Folder, "--db", db).Exit);
        export = JsonDocument.Parse(CliRunner.Run("export", "--db", db).Out);
    }

    private JsonElement Root => export.RootElement;

    private static string[] Ids(JsonElement array) => array.EnumerateArray().Select(a => a.GetString()![..3]).Order().ToArray();

    [Fact]
    public void Undated_seeds_get_inferred_dates_near_their_siblings()
    {
        var articles = Root.GetProperty("articles").EnumerateArray().ToDictionary(a => a.GetProperty("id").GetString()![..3]);
        Assert.Equal(("2023-12", "inferred"), (articles["001"].GetProperty("published").GetString(), articles["001"].GetProperty("publishedBasis").GetString()));
        Assert.Equal(("2021-09-30", "inferred"), (articles["002"].GetProperty("published").GetString(), articles["002"].GetProperty("publishedBasis").GetString()));
    }

    [Fact]
    public void Both_events_form_one_storyline_whose_timeline_carries_its_sources()
    {
        var story = Assert.Single(Root.GetProperty("storylines").EnumerateArray(), s => s.GetProperty("events").GetArrayLength() > 1);
        Assert.Equal(2, story.GetProperty("events").GetArrayLength());
        var timeline = story.GetProperty("timeline").EnumerateArray().ToDictionary(e => e.GetProperty("date").GetString()!, e => Ids(e.GetProperty("articles")));
        Assert.Contains("003", timeline["2020-09-27"]);
        Assert.Contains("003", timeline["2020-09-30"]);
        Assert.Equal(["002", "003"], timeline["2021-09-28"]);
        Assert.Equal(["002"], timeline["2021-09-30"]);
        Assert.Equal(["000"], timeline["2022"]);
        Assert.Equal(["000"], timeline["2023-12-02"]);
        Assert.Contains(Root.GetProperty("duplicates").EnumerateArray(), r => r.GetProperty("relation").GetString() == "follow-up");
    }

    [Fact]
    public void Tribute_quotes_are_matched_across_outlets_and_attributed_to_Chrissy_Teigen()
    {
        var quotes = Root.GetProperty("quotes").EnumerateArray().ToArray();
        foreach (var opening in new[] { "to the son we almost had", "to our jack" })
        {
            var q = Assert.Single(quotes, q => q.GetProperty("text").GetString()!.ToLowerInvariant().Contains(opening, StringComparison.Ordinal));
            Assert.Equal("Chrissy Teigen", q.GetProperty("speaker").GetString());
            Assert.Equal(["002", "003"], Ids(q.GetProperty("articles")));
        }
    }

    [Fact]
    public void Teigen_alone_resolves_to_Chrissy_not_to_her_mother()
    {
        var entities = Root.GetProperty("entities").EnumerateArray().ToDictionary(e => e.GetProperty("name").GetString()!);
        var aliases = entities["Chrissy Teigen"].GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).ToArray();
        Assert.Contains("Teigen", aliases);
        Assert.Contains("Chrissy", aliases);
        Assert.DoesNotContain("Teigen", entities["Vilailuck Teigen"].GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains("Legend", entities["John Legend"].GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        foreach (var name in new[] { "Jack", "Luna", "Miles", "Vilailuck Teigen" })
            Assert.Equal("person", entities[name].GetProperty("type").GetString());
    }

    [Fact]
    public void The_later_report_of_an_abortion_is_a_correction_of_the_earlier_miscarriage()
    {
        var c = Assert.Single(Root.GetProperty("conflicts").EnumerateArray(), c => c.GetProperty("kind").GetString() == "correction");
        Assert.Equal(["000", "003"], Ids(c.GetProperty("articles")));
        var evidence = c.GetProperty("evidence").EnumerateArray().Select(e => (e.GetProperty("article").GetString()![..3], e.GetProperty("sentence").GetString()!)).ToArray();
        Assert.Contains(evidence, e => e.Item1 == "000" && e.Item2.Contains("not a miscarriage", StringComparison.Ordinal));
        Assert.Contains(evidence, e => e.Item1 == "003" && e.Item2.Contains("miscarriage", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        export.Dispose();
        dir.Dispose();
    }
}
