using System.Security.Cryptography;
using System.Text;

namespace Storyline.Web.Pages;

/// <summary>Where the pages point: routes of the server, or files of the static report.</summary>
internal abstract class Links
{
    public abstract string Home { get; }
    public string Storylines => StorylinesAt(1);
    public abstract string StorylinesAt(int page);
    public abstract string Storyline(string id);
    public abstract string Events(int page);
    public abstract string Event(string id);
    public abstract string Article(string id);
    public abstract string Asset(string name);

    /// <summary>The search page address, or null when there is no search (the static report).</summary>
    public abstract string? Search(string? query);
}

/// <summary>Links of the running server. Ids go in the path, each segment escaped (T17 ids contain slashes).</summary>
internal sealed class ServerLinks : Links
{
    public static ServerLinks Instance { get; } = new();

    public override string Home => "/";
    public override string StorylinesAt(int page) => page <= 1 ? "/storylines" : "/storylines?page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture);
    public override string Storyline(string id) => ByPath("/storylines", id);
    public override string Events(int page) => page <= 1 ? "/events" : "/events?page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture);
    public override string Event(string id) => ByPath("/events", id);
    public override string Article(string id) => ByPath("/articles", id);
    public override string Asset(string name) => "/static/" + name;
    public override string? Search(string? query) => string.IsNullOrEmpty(query) ? "/search" : "/search?q=" + Uri.EscapeDataString(query);

    /// <summary>
    /// The address of an item: the id as path segments, or as <c>?id=</c> when a segment is empty, "." or ".."
    /// (clients and servers collapse those, so such an id cannot travel in a path).
    /// </summary>
    public static string ByPath(string root, string id)
        => id.Length == 0 || id.Split('/').Any(s => s is "" or "." or "..")
            ? root + "?id=" + Uri.EscapeDataString(id)
            : root + "/" + Escape(id);

    /// <summary>Escapes every path segment of an id (so a catch-all route gets the id back), including dot segments.</summary>
    public static string Escape(string id)
        => string.Join('/', id.Split('/').Select(Uri.EscapeDataString));
}

/// <summary>
/// Links of the static report: every page is a file in one folder. File names come from ids through
/// <see cref="FileName"/>, which keeps only safe characters, so no id can reach outside the folder.
/// </summary>
internal sealed class ReportLinks : Links
{
    public static ReportLinks Instance { get; } = new();

    private const int MaxStem = 60;

    public override string Home => "index.html";
    public override string StorylinesAt(int page) => page <= 1 ? "storylines.html" : $"storylines-{page}.html";
    public override string Storyline(string id) => FileName("storyline", id);
    public override string Events(int page) => page <= 1 ? "events.html" : $"events-{page}.html";
    public override string Event(string id) => FileName("event", id);
    public override string Article(string id) => FileName("article", id);
    public override string Asset(string name) => "static/" + name;
    public override string? Search(string? query) => null;

    /// <summary>
    /// A file name for an id: the kind, the id's letters, digits, '-' and '_' (others become '_', at most
    /// <see cref="MaxStem"/>), and a hash of the whole id so that distinct ids never share a file.
    /// </summary>
    public static string FileName(string kind, string id)
    {
        var stem = new StringBuilder(kind.Length + MaxStem + 20).Append(kind).Append('-');
        foreach (var c in id.Length > MaxStem ? id[..MaxStem] : id)
            stem.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_');
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(id));
        return stem.Append('-').Append(Convert.ToHexStringLower(hash, 0, 4)).Append(".html").ToString();
    }
}
