namespace Storyline.Facts;

/// <summary>Settings of <see cref="PublicationDateInference"/>; every default lives here.</summary>
public sealed record PublicationDateOptions
{
    /// <summary>The defaults.</summary>
    public static PublicationDateOptions Default { get; } = new();

    /// <summary>A dateline is looked for in this many leading characters of the body.</summary>
    public int DatelineSearchChars { get; init; } = 400;

    /// <summary>
    /// A line holding a full date is a dateline when, besides the date, it has at most this many words
    /// ("Updated:", "Published on", "By Jane Doe |").
    /// </summary>
    public int DatelineMaxOtherWords { get; init; } = 6;

    /// <summary>
    /// Reports of one event are published within this many days of each other: the window around the siblings' dates.
    /// Three days on each side make a week, so a weekday names exactly one day of it.
    /// </summary>
    public int SiblingWindowDays { get; init; } = 3;

    /// <summary>Siblings whose dates spread over more than this many days say too little to place a report.</summary>
    public int MaxSiblingSpreadDays { get; init; } = 31;

    /// <summary>A weekday clue is looked for in this many leading sentences of the body (the lead states the news peg).</summary>
    public int WeekdayClueSentences { get; init; } = 4;

    /// <summary>Confidence of a date stated in a dateline.</summary>
    public double DatelineConfidence { get; init; } = 0.9;

    /// <summary>Confidence of a day pinned by a weekday clue inside the siblings' window.</summary>
    public double SiblingWeekdayConfidence { get; init; } = 0.7;

    /// <summary>Confidence of a month (or year) given by the siblings' dates alone.</summary>
    public double SiblingConfidence { get; init; } = 0.5;

    /// <summary>Confidence of a month given only by the latest full date the text reports (a lower bound).</summary>
    public double LowerBoundConfidence { get; init; } = 0.25;

    /// <summary>Confidence lost per day of spread between the siblings' dates.</summary>
    public double SpreadPenaltyPerDay { get; init; } = 0.01;

    /// <summary>How many siblings the evidence text names before it says "and N more".</summary>
    public int EvidenceSiblings { get; init; } = 5;
}
