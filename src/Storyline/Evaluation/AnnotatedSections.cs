namespace Storyline.Evaluation;

/// <summary>
/// Splits a hand-annotation file into its documents: <c>## id</c> opens a document, <c>"# "</c> lines are
/// comments, and a document's text is its lines with blank lines trimmed at both ends. The inline markup of
/// each text is left to the annotation format that reads it.
/// </summary>
public static class AnnotatedSections
{
    /// <summary>The (id, annotated text) pairs of <paramref name="content"/>, in file order.</summary>
    public static IReadOnlyList<(string Id, string Text)> Split(string? content)
    {
        var sections = new List<(string, string)>();
        string? id = null;
        var lines = new List<string>();
        foreach (var raw in (content ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (raw.StartsWith("## ", StringComparison.Ordinal))
            {
                Flush();
                id = raw[3..].Trim();
                continue;
            }
            if (raw.StartsWith("# ", StringComparison.Ordinal) || raw == "#") continue;
            if (id is not null) lines.Add(raw);
        }
        Flush();
        return sections;

        void Flush()
        {
            if (id is null) return;
            while (lines.Count > 0 && lines[^1].Trim().Length == 0) lines.RemoveAt(lines.Count - 1);
            while (lines.Count > 0 && lines[0].Trim().Length == 0) lines.RemoveAt(0);
            sections.Add((id, string.Join('\n', lines)));
            lines.Clear();
        }
    }
}
