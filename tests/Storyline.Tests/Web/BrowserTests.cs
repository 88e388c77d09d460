using System.Diagnostics;
using Xunit.Abstractions;

namespace Storyline.Tests.Web;

/// <summary>
/// Runs tests/browser/run-tests.mjs in headless Chromium against two live servers: the seeds with their storyline,
/// and articles written to break out of HTML. Skips when Chromium, node or playwright-core is missing, unless
/// STORYLINE_BROWSER_TESTS=1 (set by tests/browser/run.sh, which installs them) makes that a failure.
/// </summary>
public sealed class BrowserTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    [BrowserFact]
    public async Task Readers_see_the_storyline_follow_it_to_an_event_and_no_article_script_runs()
    {
        Assert.True(BrowserFactAttribute.MissingReason() is null, BrowserFactAttribute.MissingReason());
        await using var seeds = await WebTestHost.StartAsync([WebTestHost.SeedsFolder], kestrel: true);
        var hostileDir = WebTestHost.WriteArticles(HostileArticles.All.Select(a => (a.Id.Replace('/', '_'), a.Text)).ToArray());
        File.WriteAllText(Path.Combine(hostileDir, "url.jsonl"), HostileArticles.JavascriptUrlLine
            + System.Text.Json.JsonSerializer.Serialize(new { id = HostileArticles.All[2].Id, text = HostileArticles.All[2].Text }) + "\n");
        await using var hostile = await WebTestHost.StartAsync([hostileDir], kestrel: true);
        var screenshot = Environment.GetEnvironmentVariable("STORYLINE_SCREENSHOT") is { Length: > 0 } s
            ? s : Path.Combine(Path.GetTempPath(), "storyline-browser", "storyline.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);

        var start = new ProcessStartInfo("node", [Path.Combine(BrowserFactAttribute.Folder, "run-tests.mjs")])
        {
            WorkingDirectory = BrowserFactAttribute.Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["STORYLINE_URL"] = seeds.BaseAddress;
        start.Environment["STORYLINE_XSS_URL"] = hostile.BaseAddress;
        start.Environment["STORYLINE_SCREENSHOT"] = screenshot;
        using var node = Process.Start(start)!;
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(Timeout);
        await node.WaitForExitAsync(cancel.Token);
        var text = await stdout;
        output.WriteLine(text);
        output.WriteLine(await stderr);
        output.WriteLine($"screenshot: {screenshot}");
        Assert.Contains("browser: ", text);
        Assert.Equal(0, node.ExitCode);
        Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot is missing or empty");
    }
}

/// <summary>A fact that needs Chromium, node and tests/browser/node_modules/playwright-core.</summary>
internal sealed class BrowserFactAttribute : FactAttribute
{
    public static string Folder => Path.Combine(Repo.Root, "tests", "browser");

    private static string Chromium => Environment.GetEnvironmentVariable("STORYLINE_CHROMIUM") is { Length: > 0 } c ? c : "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("STORYLINE_BROWSER_TESTS") == "1") return; // must run: a missing part fails the test
        if (MissingReason() is { } reason) Skip = reason + " (tests/browser/run.sh installs what is missing and runs this test)";
    }

    public static string? MissingReason()
    {
        if (!File.Exists(Chromium)) return $"no Chromium at {Chromium}";
        if (!Directory.Exists(Path.Combine(Folder, "node_modules", "playwright-core"))) return "playwright-core is not installed in tests/browser";
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        if (!path.Split(Path.PathSeparator).Any(d => File.Exists(Path.Combine(d, "node")))) return "node is not on PATH";
        return null;
    }
}
