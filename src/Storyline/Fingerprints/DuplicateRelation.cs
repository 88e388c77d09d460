namespace Storyline.Fingerprints;

/// <summary>How two texts are copies of one another.</summary>
public enum DuplicateKind
{
    /// <summary>The same words in the same order (whitespace, punctuation and case aside); export name <c>duplicate</c>.</summary>
    Duplicate,
    /// <summary>A copy with small edits: the estimated shingle Jaccard reaches the threshold; export name <c>near-duplicate</c>.</summary>
    NearDuplicate,
}

/// <summary>A copy relation between two articles, with <see cref="A"/> ordinally before <see cref="B"/> whatever the input order.</summary>
/// <param name="A">Id of the ordinally smaller article.</param>
/// <param name="B">Id of the ordinally larger article.</param>
/// <param name="Relation">Duplicate or near-duplicate.</param>
/// <param name="Similarity">Estimated Jaccard similarity of the shingle sets (1 for a duplicate).</param>
public sealed record DuplicateRelation(string A, string B, DuplicateKind Relation, double Similarity)
{
    /// <summary>The relation's name in the export format: <c>duplicate</c> or <c>near-duplicate</c>.</summary>
    public string RelationName => Relation == DuplicateKind.Duplicate ? "duplicate" : "near-duplicate";

    /// <summary>The relation between <paramref name="x"/> and <paramref name="y"/> with the ids put in ordinal order.</summary>
    public static DuplicateRelation Between(string x, string y, DuplicateKind relation, double similarity)
        => string.CompareOrdinal(x, y) <= 0 ? new(x, y, relation, similarity) : new(y, x, relation, similarity);

    /// <summary>Orders relations by <see cref="A"/>, then <see cref="B"/> (ordinal).</summary>
    public static int Compare(DuplicateRelation x, DuplicateRelation y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var c = string.CompareOrdinal(x.A, y.A);
        return c != 0 ? c : string.CompareOrdinal(x.B, y.B);
    }
}
