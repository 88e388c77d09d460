using Storyline.Time;

namespace Storyline.Stories;

/// <summary>Settings of storyline linking; defaults in one place.</summary>
public sealed record StorylineLinkOptions
{
    /// <summary>Mean salience over an event's articles at or above which an entity is central to the event.</summary>
    public double CentralSalience { get; init; } = 0.15;

    /// <summary>Most central entities kept per event.</summary>
    public int MaxCentralEntities { get; init; } = 4;

    /// <summary>Most entities in a storyline's core: the heaviest central entities over all its events.</summary>
    public int MaxCoreEntities { get; init; } = 6;

    /// <summary>
    /// Least weighted overlap (sum over entities of the smaller share, 0..1) between an event's central
    /// entities and a storyline's core for the event to join it: it must agree with what the story is
    /// about, not merely with one member.
    /// </summary>
    public double MinCoreAgreement { get; init; } = 0.4;

    /// <summary>
    /// Least precision of a date that refers back to an earlier event: a bare year is shared by too many
    /// unrelated happenings to show that one report follows another.
    /// </summary>
    public DatePrecision MinReferencePrecision { get; init; } = DatePrecision.Year;

    /// <summary>
    /// Least share of an event's articles that must refer back to a storyline for the event to join it: one
    /// background sentence ("he beat him in 2008") in one report of many does not make a rematch a follow-up.
    /// </summary>
    public double MinReferringShare { get; init; } = 0.3;

    /// <summary>
    /// Least number of words (terms, besides the entity's name and numbers) two sentences must share when they agree
    /// only on a year, so that "in 2004" meets "in 2004" only when both tell the same happening.
    /// </summary>
    public int MinSharedTermsForYearReference { get; init; } = 2;

    /// <summary>Longest event span, in months, that serves as a target of back-references (longer ones are too vague).</summary>
    public int MaxAnchorSpanMonths { get; init; } = 3;

    /// <summary>Articles of the later event (most central first) recorded as <c>follow-up</c> of the earlier event, per link.</summary>
    public int MaxFollowUpArticlesPerLink { get; init; } = 3;
}
