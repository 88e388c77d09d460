using System.Text.RegularExpressions;

namespace Storyline.Tests.Cli;

public partial class ReadMeTests
{
    // Commands that read or write a store get the test's own store.
    private static readonly HashSet<string> StoreCommands = ["ingest", "events", "search", "export", "timeline", "entities", "quotes", "claims", "conflicts", "storylines", "story"];

    [Fact]
    public void The_readme_tour_runs_on_the_bundled_sample()
    {
        var readme = File.ReadAllText(Path.Combine(Repo.Root, "README.md"));
        var block = TourBlock().Match(readme);
        Assert.True(block.Success, "README has a ```sh tour block");
        using var dir = new TempFolder();
        var commands = block.Groups[1].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.NotEmpty(commands);
        foreach (var line in commands)
        {
            var args = Words(line).ToList();
            Assert.Equal("storyline", args[0]);
            args.RemoveAt(0);
            for (var i = 0; i < args.Count; i++)
            {
                if (args[i] == "samples/seeds") args[i] = Seeds.Folder;
                if (args[i - (i > 0 ? 1 : 0)] == "--out") args[i] = dir.File(args[i]);
            }
            if (StoreCommands.Contains(args[0])) args.AddRange(["--db", dir.File("tour.db")]);
            var (exit, stdout, stderr) = CliRunner.Run([.. args]);
            Assert.True(exit == 0, $"'{line}' exited {exit}: {stderr}");
            Assert.True(stdout.Length > 0 || stderr.Length > 0, $"'{line}' printed nothing");
        }
    }

    private static IEnumerable<string> Words(string line)
    {
        foreach (Match m in WordPattern().Matches(line))
            yield return m.Groups[1].Success ? m.Groups[1].Value : m.Value;
    }

    [GeneratedRegex("```sh tour\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex TourBlock();

    [GeneratedRegex("\"([^\"]*)\"|\\S+")]
    private static partial Regex WordPattern();
}
