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
    /// How far back and ahead of the reference date (in days) a day without a year ("Sept. 30") may fall when the tense
    /// is unknown; the year is chosen to put it in this window. News mostly reports the recent past and the near future.
    /// </summary>
    public (int Before, int After) DefaultWindowDays { get; init; } = (270, 95);

    /// <summary>The window of <see cref="DefaultWindowDays"/> in past-tense sentences.</summary>
    public (int Before, int After) PastTenseWindowDays { get; init; } = (300, 60);

    /// <summary>The window of <see cref="DefaultWindowDays"/> in future-tense sentences.</summary>
    public (int Before, int After) FutureTenseWindowDays { get; init; } = (30, 330);

    /// <summary>The window, in months, for a month without a year ("in April") when the tense is unknown.</summary>
    public (int Before, int After) DefaultWindowMonths { get; init; } = (9, 2);

    /// <summary>The month window in past-tense sentences.</summary>
    public (int Before, int After) PastTenseWindowMonths { get; init; } = (10, 1);

    /// <summary>The month window in future-tense sentences.</summary>
    public (int Before, int After) FutureTenseWindowMonths { get; init; } = (1, 10);

    /// <summary>
    /// A day or month without a year takes the year of the last date written with a (different) year when that date
    /// ended at most this many tokens before it (about two sentences).
    /// </summary>
    public int NarrativeYearTokens { get; init; } = 60;
}
