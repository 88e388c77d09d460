using System.Globalization;
using System.Text.RegularExpressions;
using Storyline.Time;

namespace Storyline.Tests.Entities;

/// <summary>One bundled seed article: id, header date when the file has one, and its full text.</summary>
internal sealed record SeedArticle(string Id, PartialDate? Published, string Text);

/// <summary>Reads samples/seeds in the seed text format (a " date YYYY-MM-DD dek" line, or a title line).</summary>
internal static partial class SeedArticles
{
    public static IReadOnlyList<SeedArticle> Load()
    {
        var dir = Path.Combine(Repo.Root, "samples", "seeds");
        return Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal).Select(Read).ToArray();
    }

    public static SeedArticle Get(string prefix) => Load().Single(a => a.Id.StartsWith(prefix, StringComparison.Ordinal));

    private static SeedArticle Read(string path)
    {
        var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\n');
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        var first = newline < 0 ? text : text[..newline];
        var header = DateLine().Match(first);
        PartialDate? published = null;
        if (header.Success)
        {
            var d = DateOnly.ParseExact(header.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            published = PartialDate.FromDateOnly(d);
            text = header.Groups[2].Value + (newline < 0 ? "" : text[newline..]);
        }
        return new SeedArticle(Path.GetFileNameWithoutExtension(path), published, text);
    }

    [GeneratedRegex(@"^\s*date (\d{4}-\d{2}-\d{2}) ?(.*)$")]
    private static partial Regex DateLine();
}
