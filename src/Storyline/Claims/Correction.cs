namespace Storyline.Claims;

/// <summary>A statement in an article that corrects, denies or retracts something said before.</summary>
/// <param name="ArticleId">The article that states it.</param>
/// <param name="Kind"><c>correction</c> or <c>denial</c>.</param>
/// <param name="Sentence">The sentence.</param>
/// <param name="SentenceStart">Offset of the sentence in the article text.</param>
/// <param name="CorrectedTerm">The term or value now said to be wrong ("miscarriage", "54"), or the content words of a denied statement; null when the sentence does not say.</param>
/// <param name="CorrectTerm">The term or value said to be right ("abortion", "45"), or null.</param>
/// <param name="Subject">Whom it is about: the canonical name of the sentence's subject entity, or null.</param>
/// <param name="SubjectEntityIndex">Index of that entity in the article's entities, or null.</param>
public sealed record Correction(
    string ArticleId,
    string Kind,
    string Sentence,
    int SentenceStart,
    string? CorrectedTerm,
    string? CorrectTerm,
    string? Subject,
    int? SubjectEntityIndex);

/// <summary>Sentences that support a <see cref="Conflict"/>.</summary>
/// <param name="Article">The article id.</param>
/// <param name="Sentence">The sentence.</param>
public sealed record Evidence(string Article, string Sentence);

/// <summary>A disagreement between articles of a storyline.</summary>
/// <param name="Kind"><c>correction</c>, <c>numeric</c> or <c>date</c>.</param>
/// <param name="Subject">Whom or what it is about.</param>
/// <param name="Articles">The articles involved: for a correction, the correcting article first.</param>
/// <param name="Evidence">The sentences that show it: for a correction, the correcting sentence first.</param>
/// <param name="Detail">A short explanation ("miscarriage → abortion", "35 as of 2021-09-29 means born by …").</param>
public sealed record Conflict(string Kind, string Subject, IReadOnlyList<string> Articles, IReadOnlyList<Evidence> Evidence, string Detail);

/// <summary>Conflict kinds as the export writes them.</summary>
public static class ConflictKinds
{
    /// <summary>A later statement corrects a term or value other articles used.</summary>
    public const string Correction = "correction";
    /// <summary>Ages or counts that cannot both hold.</summary>
    public const string Numeric = "numeric";
    /// <summary>Dates of one happening that cannot both hold.</summary>
    public const string Date = "date";
}
