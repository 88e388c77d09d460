namespace Storyline.Stories;

/// <summary>Settings of storyline linking; defaults in one place.</summary>
public sealed record StorylineLinkOptions
{
    /// <summary>Mean salience over an event's articles at or above which an entity is central to the event.</summary>
    public double CentralSalience { get; init; } = 0.15;

    /// <summary>Most central entities kept per event.</summary>
    public int MaxCentralEntities { get; init; } = 4;

    /// <summary>Article pairs recorded as <c>follow-up</c> per pair of linked events (the most central articles first).</summary>
    public int MaxFollowUpPairsPerLink { get; init; } = 25;
}
