namespace Storyline.Time;

/// <summary>The TIMEX3 type of a temporal expression.</summary>
public enum TimexType
{
    /// <summary>A calendar date or period at some granularity ("Sept. 27, 2020", "2020", "last week", "now").</summary>
    Date,
    /// <summary>A time of day ("4:30 p.m.", "Friday night").</summary>
    Time,
    /// <summary>A length of time ("10 days", "the past three months").</summary>
    Duration,
    /// <summary>A recurring time ("every year", "daily").</summary>
    Set,
}
