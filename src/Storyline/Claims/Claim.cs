using Storyline.Time;

namespace Storyline.Claims;

/// <summary>
/// One attribute claim an article makes about a subject: an age, a count, the date of a happening.
/// </summary>
/// <param name="Subject">The subject: its canonical entity name when resolved, else the words that name it.</param>
/// <param name="SubjectEntityIndex">Index of the subject in the article's <see cref="Entities.DocumentEntities.Entities"/>, or null.</param>
/// <param name="Attribute">What is claimed: <c>age</c>, <c>count:followers</c>, <c>date:lose:jack</c> (event lemma stem and object stem).</param>
/// <param name="Value">The value as normalized text: <c>35</c>, <c>35.4 million</c>, <c>2020-09-30</c>.</param>
/// <param name="Number">The numeric value of an age or a count; null for dates.</param>
/// <param name="AsOf">The date the claim holds at: a stated date, else the article's published date; null when unknown.</param>
/// <param name="ArticleId">The article that makes the claim.</param>
/// <param name="Sentence">The sentence that states it.</param>
/// <param name="SentenceStart">Offset of that sentence in the article text.</param>
public sealed record Claim(
    string Subject,
    int? SubjectEntityIndex,
    string Attribute,
    string Value,
    double? Number,
    PartialDate? AsOf,
    string ArticleId,
    string Sentence,
    int SentenceStart)
{
    /// <summary>The attribute family: the part before the first ':' (<c>age</c>, <c>count</c>, <c>date</c>).</summary>
    public string Family => Attribute.IndexOf(':', StringComparison.Ordinal) is var i and >= 0 ? Attribute[..i] : Attribute;

    /// <summary>The claimed date for a <c>date:</c> claim, parsed from <see cref="Value"/>.</summary>
    public PartialDate? Date => Family == ClaimAttributes.Date && PartialDate.TryParse(Value, out var d) ? d : null;
}

/// <summary>Attribute names and prefixes used by <see cref="Claim.Attribute"/>.</summary>
public static class ClaimAttributes
{
    /// <summary>A person's age in years.</summary>
    public const string Age = "age";
    /// <summary>Prefix family of counts: <c>count:&lt;unit noun&gt;</c>.</summary>
    public const string Count = "count";
    /// <summary>Prefix family of happening dates: <c>date:&lt;event&gt;[:&lt;object&gt;]</c>.</summary>
    public const string Date = "date";
}
