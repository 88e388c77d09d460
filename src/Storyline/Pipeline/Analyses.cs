namespace Storyline.Pipeline;

/// <summary>
/// The analyses an ingest runs beyond events, copies and the full-text index, which always run. A user who
/// only needs to group and deduplicate a large feed leaves the rest out and ingests about twice as fast.
/// </summary>
[Flags]
public enum Analyses
{
    /// <summary>Events, duplicates and near-duplicates only.</summary>
    None = 0,

    /// <summary>Publication dates inferred from the text, and the dated facts of timelines.</summary>
    Dates = 1,

    /// <summary>Entities, quotes, and claims compared across articles.</summary>
    Entities = 2,

    /// <summary>
    /// Storylines with their timelines and follow-ups, and the conflicts (corrections, disagreements) found within each;
    /// needs dates and entities, so it brings them.
    /// </summary>
    Storylines = 4,

    /// <summary>Everything.</summary>
    All = Dates | Entities | Storylines,
}

/// <summary>Parsing and naming <see cref="Analyses"/> for the command line.</summary>
public static class AnalysesNames
{
    /// <summary>The names a user may give, comma-separated: <c>events</c>, <c>dates</c>, <c>entities</c>, <c>storylines</c>, <c>all</c>.</summary>
    public const string Help = "events, dates, entities, storylines or all";

    /// <summary>Parses a comma-separated list; null with a reason when a name is unknown.</summary>
    public static Analyses? TryParse(string text, out string? error)
    {
        var result = Analyses.None;
        error = null;
        foreach (var raw in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            switch (raw.ToLowerInvariant())
            {
                case "events": break;
                case "dates": result |= Analyses.Dates; break;
                case "entities": result |= Analyses.Entities; break;
                case "storylines": result |= Analyses.Storylines; break;
                case "all": result |= Analyses.All; break;
                default:
                    error = $"unknown analysis '{raw}' (known: {Help})";
                    return null;
            }
        }
        return WithPrerequisites(result);
    }

    /// <summary>The set with what its members need: storylines bring dates and entities.</summary>
    public static Analyses WithPrerequisites(Analyses analyses)
        => analyses.HasFlag(Analyses.Storylines) ? analyses | Analyses.Dates | Analyses.Entities : analyses;
}
