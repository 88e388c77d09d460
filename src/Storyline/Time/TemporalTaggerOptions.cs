namespace Storyline.Time;

/// <summary>Settings of the <see cref="TemporalTagger"/>; every default lives here.</summary>
public sealed record TemporalTaggerOptions
{
    /// <summary>The defaults.</summary>
    public static TemporalTaggerOptions Default { get; } = new();

    /// <summary>
    /// Resolve "later"/"earlier"/"the previous day" against the last date the text mentioned
    /// (TimeML anchoring) rather than the reference date.
    /// </summary>
    public bool AnchorToLastMentionedDate { get; init; } = true;

    /// <summary>Tag vague references ("now", "recently", "the future") as PRESENT_REF, PAST_REF, FUTURE_REF.</summary>
    public bool TagVagueReferences { get; init; } = true;

    /// <summary>Tag bare plural units ("for years", "weeks") as vague durations (PXY, PXW).</summary>
    public bool TagBarePluralDurations { get; init; } = true;

    /// <summary>How many tokens on each side of an expression, within its sentence, are read to guess the tense.</summary>
    public int TenseWindowTokens { get; init; } = 10;

    /// <summary>Smallest number read as a bare year ("1066" needs a cue such as "in"; this bound is for bare numbers).</summary>
    public int MinBareYear { get; init; } = 1900;

    /// <summary>Largest number read as a year.</summary>
    public int MaxYear { get; init; } = 2099;

    /// <summary>Smallest number read as a year when a cue word ("in", "since", "fiscal") precedes it.</summary>
    public int MinCuedYear { get; init; } = 1000;

    /// <summary>
    /// A date without a year that falls this many days or fewer after the reference date still counts as past
    /// in past-tense text (a story dated just before an event it reports is usually written the day before).
    /// </summary>
    public int PastToleranceDays { get; init; } = 1;
}
