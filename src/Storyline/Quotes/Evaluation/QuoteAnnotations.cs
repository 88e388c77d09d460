using System.Text;
using Storyline.Evaluation;

namespace Storyline.Quotes.Evaluation;

/// <summary>A gold quotation: the offset of its closing mark and who said it.</summary>
/// <param name="Close">Offset of the closing quotation mark in the plain text.</param>
/// <param name="Speaker">The speaker's full name as the text gives it, or "-" when no named person or organization said it.</param>
public readonly record struct GoldQuote(int Close, string Speaker);

/// <summary>A text with its gold quotations.</summary>
/// <param name="Id">Document id.</param>
/// <param name="Text">Plain text, annotations removed.</param>
/// <param name="Quotes">Gold quotations in text order.</param>
public sealed record QuoteDocument(string Id, string Text, IReadOnlyList<GoldQuote> Quotes);

/// <summary>
/// Reads the quote annotation format: <c>## id</c> opens a document, <c>"# "</c> lines are comments,
/// and <c>{Speaker Name}</c> right after a closing quotation mark gives that quotation's
/// speaker (<c>{-}</c>: nobody named). Problems are returned, not thrown.
/// </summary>
public static class QuoteAnnotations
{
    /// <summary>The documents of an annotation file's content, and any problems found.</summary>
    public static (IReadOnlyList<QuoteDocument> Documents, IReadOnlyList<string> Problems) Parse(string content)
    {
        var docs = new List<QuoteDocument>();
        var problems = new List<string>();
        foreach (var (id, annotated) in AnnotatedSections.Split(content))
        {
            var sb = new StringBuilder(annotated.Length);
            var quotes = new List<GoldQuote>();
            for (var i = 0; i < annotated.Length; i++)
            {
                var c = annotated[i];
                if (c == '{' && sb.Length > 0 && sb[^1] is '"' or '”')
                {
                    var close = annotated.IndexOf('}', i);
                    if (close < 0) { problems.Add($"{id}: unclosed speaker at {i}"); break; }
                    quotes.Add(new GoldQuote(sb.Length - 1, annotated[(i + 1)..close].Trim()));
                    i = close;
                    continue;
                }
                sb.Append(c);
            }
            docs.Add(new QuoteDocument(id, sb.ToString(), quotes));
        }
        return (docs, problems);
    }
}
