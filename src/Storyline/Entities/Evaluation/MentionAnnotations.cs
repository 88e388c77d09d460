using System.Text;
using Storyline.Evaluation;

namespace Storyline.Entities.Evaluation;

/// <summary>A gold mention: a span of an annotated text and its type.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Type">Its type.</param>
public readonly record struct GoldMention(int Start, int Length, EntityType Type);

/// <summary>A text with its gold mentions.</summary>
/// <param name="Id">Document id (the source article and excerpt).</param>
/// <param name="Text">The plain text, annotations removed.</param>
/// <param name="Mentions">Gold mentions in text order.</param>
public sealed record AnnotatedDocument(string Id, string Text, IReadOnlyList<GoldMention> Mentions);

/// <summary>
/// Reads the inline annotation format: <c>## id</c> opens a document, <c>"# "</c> lines are comments,
/// <c>[Tara Reid|person] checked into [Promises Treatment Center|organization]</c> marks mentions
/// (types: person, organization, place, other). Parse problems are returned, not thrown.
/// </summary>
public static class MentionAnnotations
{
    /// <summary>The documents of an annotation file's content, and any problems found.</summary>
    public static (IReadOnlyList<AnnotatedDocument> Documents, IReadOnlyList<string> Problems) Parse(string content)
    {
        var docs = new List<AnnotatedDocument>();
        var problems = new List<string>();
        foreach (var (id, annotated) in AnnotatedSections.Split(content))
        {
            var (text, mentions, problem) = Strip(annotated);
            if (problem is not null) problems.Add($"{id}: {problem}");
            docs.Add(new AnnotatedDocument(id, text, mentions));
        }
        return (docs, problems);
    }

    private static (string, List<GoldMention>, string?) Strip(string annotated)
    {
        var sb = new StringBuilder(annotated.Length);
        var mentions = new List<GoldMention>();
        var i = 0;
        while (i < annotated.Length)
        {
            var c = annotated[i];
            if (c != '[') { sb.Append(c); i++; continue; }
            var bar = annotated.IndexOf('|', i);
            var close = annotated.IndexOf(']', i);
            if (bar < 0 || close < bar) return (sb.ToString(), mentions, $"unclosed annotation at {i}");
            var type = ParseType(annotated.AsSpan(bar + 1, close - bar - 1).Trim());
            if (type is null) return (sb.ToString(), mentions, $"unknown type '{annotated[(bar + 1)..close]}'");
            var start = sb.Length;
            sb.Append(annotated, i + 1, bar - i - 1);
            mentions.Add(new GoldMention(start, bar - i - 1, type.Value));
            i = close + 1;
        }
        return (sb.ToString(), mentions, null);
    }

    /// <summary>The type named in an annotation ("person", "org", "place", "loc", "other").</summary>
    public static EntityType? ParseType(ReadOnlySpan<char> name) => name switch
    {
        "person" or "per" => EntityType.Person,
        "organization" or "org" => EntityType.Organization,
        "place" or "loc" => EntityType.Place,
        "other" or "misc" => EntityType.Other,
        _ => null,
    };
}
