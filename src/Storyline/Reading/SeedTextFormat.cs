using System.Text.RegularExpressions;
using Storyline.Articles;
using Storyline.Time;

namespace Storyline.Reading;

/// <summary>
/// Parses the plain-text article format: the first non-empty line is a title, or
/// <c>date YYYY-MM-DD dek</c>; a title may be followed by a one-line dek; the body follows,
/// paragraphs separated by blank lines.
/// </summary>
public static partial class SeedTextFormat
{
    /// <summary>A second block longer than this is body text, not a dek.</summary>
    public const int MaxDekLength = 300;

    /// <summary>Parses decoded <paramref name="text"/> into an article with the given id.</summary>
    public static ReadResult Parse(string id, string text, string contentHash, string origin)
    {
        var blocks = SplitBlocks(text);
        if (blocks.Count == 0) return ReadResult.Fail(origin, "no text (only whitespace)");

        string? title = null, dek = null;
        PartialDate? published = null;
        var bodyStart = 0;
        var firstLine = FirstLine(blocks[0]);
        var dateLine = DateLine().Match(firstLine);
        if (dateLine.Success && PartialDate.TryParse(dateLine.Groups["date"].ValueSpan, out var date))
        {
            published = date;
            dek = NullIfEmpty(dateLine.Groups["dek"].Value.Trim());
            blocks[0] = blocks[0][firstLine.Length..].Trim();
            bodyStart = blocks[0].Length == 0 ? 1 : 0;
        }
        else if (blocks.Count > 1 && !blocks[0].Contains('\n'))
        {
            title = blocks[0];
            bodyStart = 1;
            if (blocks.Count > 2 && blocks[1].Length <= MaxDekLength && !blocks[1].Contains('\n'))
            {
                dek = blocks[1];
                bodyStart = 2;
            }
        }

        var body = string.Join("\n\n", blocks.Skip(bodyStart));
        if (body.Length == 0 && title is null && dek is null) return ReadResult.Fail(origin, "no article text after the header");
        return ReadResult.Success(new Article(id, title, dek, null, null, body, published,
            published is null ? null : PublishedBasis.Header, contentHash) { Origin = origin });
    }

    private static List<string> SplitBlocks(string text)
    {
        var blocks = new List<string>();
        var lines = new List<string>();
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.Trim().Length == 0)
            {
                if (lines.Count > 0) { blocks.Add(string.Join('\n', lines)); lines.Clear(); }
                continue;
            }
            lines.Add(lines.Count == 0 && blocks.Count == 0 ? line.TrimStart() : line);
        }
        if (lines.Count > 0) blocks.Add(string.Join('\n', lines));
        return blocks;
    }

    private static string FirstLine(string block)
    {
        var newline = block.IndexOf('\n');
        return newline < 0 ? block : block[..newline];
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    [GeneratedRegex(@"^\s*date\s+(?<date>\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:\s+(?<dek>.*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex DateLine();
}
