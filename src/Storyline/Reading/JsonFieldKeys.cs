using System.Text;
using System.Text.Json;

namespace Storyline.Reading;

/// <summary>
/// A <see cref="JsonFieldMap"/> prepared for a streaming read: every distinct key once, as UTF-8, and for each
/// article field the indices of its keys in the order they are tried.
/// </summary>
internal sealed class JsonFieldKeys
{
    /// <summary>Field slots, in the order of <see cref="Fields"/>.</summary>
    public const int Id = 0, Title = 1, Dek = 2, Text = 3, Date = 4, Url = 5, Source = 6;

    public JsonFieldKeys(JsonFieldMap map)
    {
        IReadOnlyList<string>[] lists = [map.Id, map.Title, map.Dek, map.Text, map.Date, map.Url, map.Source];
        var keys = new List<string>();
        Fields = new int[lists.Length][];
        for (var f = 0; f < lists.Length; f++)
        {
            Fields[f] = new int[lists[f].Count];
            for (var k = 0; k < lists[f].Count; k++)
            {
                var index = keys.IndexOf(lists[f][k]);
                if (index < 0)
                {
                    index = keys.Count;
                    keys.Add(lists[f][k]);
                }
                Fields[f][k] = index;
            }
        }
        Utf8 = keys.Select(Encoding.UTF8.GetBytes).ToArray();
    }

    /// <summary>The distinct keys as UTF-8.</summary>
    public byte[][] Utf8 { get; }

    /// <summary>For each field slot, the indices into <see cref="Utf8"/> of its keys, first tried first.</summary>
    public int[][] Fields { get; }

    /// <summary>The key equal to the unescaped property name <paramref name="name"/>, or -1.</summary>
    public int Match(ReadOnlySpan<byte> name)
    {
        for (var i = 0; i < Utf8.Length; i++)
            if (name.SequenceEqual(Utf8[i])) return i;
        return -1;
    }

    /// <summary>The key that the property name under <paramref name="reader"/> equals, or -1.</summary>
    public int Match(ref Utf8JsonReader reader)
    {
        var escaped = reader.ValueIsEscaped;
        var name = reader.ValueSpan;
        for (var i = 0; i < Utf8.Length; i++)
        {
            // An escaped name must be unescaped to compare; an unescaped one is compared as it stands.
            if (escaped ? reader.ValueTextEquals(Utf8[i]) : name.SequenceEqual(Utf8[i])) return i;
        }
        return -1;
    }
}
