namespace Storyline.Stories;

/// <summary>What timeline to make: how many dates, how many sentences per date, and the span the dates must fall in.</summary>
/// <param name="MaxDates">Most dates the timeline has (T).</param>
/// <param name="SentencesPerDate">Most sentences per date (N).</param>
/// <param name="Start">First allowed date, or null for no lower bound.</param>
/// <param name="End">Last allowed date, or null for no upper bound.</param>
public sealed record TimelineRequest(int MaxDates, int SentencesPerDate, DateOnly? Start = null, DateOnly? End = null)
{
    /// <summary>True when <paramref name="date"/> lies within <see cref="Start"/>..<see cref="End"/>.</summary>
    public bool Contains(DateOnly date) => (Start is not { } s || date >= s) && (End is not { } e || date <= e);
}
