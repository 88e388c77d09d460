using Storyline.Web.Data;
using Storyline.Web.Pages;

namespace Storyline.Web.Report;

/// <summary>What <see cref="StaticReport.Write"/> wrote.</summary>
/// <param name="Folder">The output folder.</param>
/// <param name="Files">Files written.</param>
public sealed record ReportSummary(string Folder, int Files);

/// <summary>
/// Writes the pages the server shows as static files in one folder (no search: it needs the server).
/// File names are made from ids by keeping only safe characters plus a hash, so no id reaches outside the folder.
/// </summary>
public static class StaticReport
{
    /// <summary>Writes the report of <paramref name="access"/> into <paramref name="folder"/> (created when absent).</summary>
    public static ReportSummary Write(StoreAccess access, string folder, StorylineWebOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(access);
        var pages = new PageRenderer(access, options ?? new StorylineWebOptions(), ReportLinks.Instance);
        var root = Path.GetFullPath(folder);
        Directory.CreateDirectory(Path.Combine(root, "static"));
        var files = 0;
        void Save(string name, string? html)
        {
            if (html is null) return;
            var path = Path.GetFullPath(Path.Combine(root, name));
            // Names come from ReportLinks only; this guards the invariant rather than trusting it.
            if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                throw new InvalidOperationException($"report file name escapes the folder: {name}");
            File.WriteAllText(path, html);
            files++;
        }
        foreach (var name in new[] { StaticAssets.StyleSheetName, StaticAssets.ScriptName })
            Save("static/" + name, StaticAssets.Find(name)!.Value.Content);
        Save(ReportLinks.Instance.Home, pages.Home());
        for (var p = 1; p <= pages.StorylinePages(); p++) Save(ReportLinks.Instance.StorylinesAt(p), pages.Storylines(p));
        var model = access.Model();
        foreach (var s in model.Storylines ?? []) Save(ReportLinks.Instance.Storyline(s.Id), pages.Storyline(s.Id));
        for (var p = 1; p <= pages.EventPages(); p++) Save(ReportLinks.Instance.Events(p), pages.Events(p));
        foreach (var e in model.Events) Save(ReportLinks.Instance.Event(e.Id), pages.Event(e.Id));
        foreach (var id in access.Read(store => store.Articles().Select(a => a.Id).ToArray()))
            Save(ReportLinks.Instance.Article(id), pages.Article(id));
        return new ReportSummary(root, files);
    }
}
