using Storyline.Web;
using Storyline.Web.Pages;
using Storyline.Web.Report;

namespace Storyline.Tests.Web;

public sealed class StaticReportTests
{
    [Fact]
    public async Task The_report_writes_every_page_into_one_folder_with_relative_links_that_resolve()
    {
        await using var host = await WebTestHost.StartAsync([WebTestHost.SeedsFolder], analysis: _ => new SeedsAnalysis());
        var folder = Path.Combine(Path.GetTempPath(), "storyline-report-" + Guid.NewGuid().ToString("N"));
        try
        {
            var summary = StaticReport.Write(host.Access, folder);
            // index, storylines, 1 storyline, events, 2 events, 4 articles, css, js
            Assert.Equal(12, summary.Files);
            foreach (var file in Directory.GetFiles(folder, "*.html"))
            {
                var html = File.ReadAllText(file);
                foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(html, "(?:href|src)=\"([^\"#]+)"))
                {
                    var target = System.Net.WebUtility.HtmlDecode(m.Groups[1].Value);
                    if (target.StartsWith("http", StringComparison.Ordinal) || target.StartsWith("data:", StringComparison.Ordinal)) continue;
                    Assert.True(File.Exists(Path.Combine(folder, target)), $"{Path.GetFileName(file)} links to missing {target}");
                }
                Assert.DoesNotContain("/search", html);
            }
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("..\\..\\windows")]
    [InlineData("/absolute/path")]
    [InlineData("a:b*c?d<e>f|g\"h")]
    [InlineData("")]
    public void Report_file_names_stay_inside_the_folder_whatever_the_id(string id)
    {
        var name = ReportLinks.FileName("article", id);
        Assert.Matches("^article-[A-Za-z0-9_-]*-[0-9a-f]{8}\\.html$", name);
        Assert.NotEqual(name, ReportLinks.FileName("article", id + "x"));
    }

    [Fact]
    public void Ids_that_differ_only_in_unsafe_characters_get_different_files()
        => Assert.NotEqual(ReportLinks.FileName("article", "a/b"), ReportLinks.FileName("article", "a?b"));
}
