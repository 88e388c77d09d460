using System.Buffers;

namespace Storyline.Sqlite;

/// <summary>
/// Writes a list of strings as a JSON array exactly as <see cref="System.Text.Json.JsonSerializer"/>'s default does.
/// A save writes two such lists for each of tens of thousands of entities, and almost all their strings (ids, names)
/// need no escaping: those are copied as they are, in one allocation; any other list goes through the serializer.
/// </summary>
internal static class JsonStringList
{
    // Printable ASCII the default encoder escapes: the quote and backslash, and the characters it treats as HTML-sensitive.
    private static readonly SearchValues<char> EscapedPrintable = SearchValues.Create("\"\\&'+<>`");

    public static string Write(IReadOnlyList<string> items)
    {
        var length = 2 + Math.Max(0, items.Count - 1);
        foreach (var item in items)
        {
            if (!IsPlain(item)) return System.Text.Json.JsonSerializer.Serialize(items, StoreJson.Default.IReadOnlyListString);
            length += item.Length + 2;
        }
        return string.Create(length, items, static (span, list) =>
        {
            var at = 0;
            span[at++] = '[';
            for (var i = 0; i < list.Count; i++)
            {
                if (i > 0) span[at++] = ',';
                span[at++] = '"';
                list[i].CopyTo(span[at..]);
                at += list[i].Length;
                span[at++] = '"';
            }
            span[at] = ']';
        });
    }

    private static bool IsPlain(string item)
        => item.AsSpan().IndexOfAnyExceptInRange(' ', '~') < 0 && item.AsSpan().IndexOfAny(EscapedPrintable) < 0;
}
