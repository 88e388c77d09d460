using System.Text;

namespace Storyline.Sqlite;

/// <summary>
/// Turns what a user types into a safe FTS5 query: words become quoted terms (so FTS5 syntax
/// characters in the input cannot break the query), "quoted phrases" stay phrases, and
/// OR between terms is kept.
/// </summary>
internal static class FtsQuery
{
    public static string From(string input)
    {
        var parts = new List<string>();
        var i = 0;
        while (i < input.Length)
        {
            if (char.IsWhiteSpace(input[i])) { i++; continue; }
            if (input[i] == '"')
            {
                var end = input.IndexOf('"', i + 1);
                if (end < 0) end = input.Length;
                var phrase = Words(input[(i + 1)..end]);
                if (phrase.Length > 0) parts.Add($"\"{phrase}\"");
                i = end + 1;
                continue;
            }
            var start = i;
            while (i < input.Length && !char.IsWhiteSpace(input[i]) && input[i] != '"') i++;
            var token = input[start..i];
            if (token == "OR" && parts.Count > 0) { parts.Add("OR"); continue; }
            var words = Words(token);
            if (words.Length > 0) parts.Add($"\"{words}\"");
        }
        while (parts.Count > 0 && parts[^1] == "OR") parts.RemoveAt(parts.Count - 1);
        return string.Join(' ', parts);
    }

    private static string Words(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text)
            sb.Append(char.IsLetterOrDigit(c) ? c : ' ');
        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
