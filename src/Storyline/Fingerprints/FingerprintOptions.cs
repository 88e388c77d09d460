namespace Storyline.Fingerprints;

/// <summary>
/// Every tunable of the fingerprint stage, with its default. The defaults are chosen together:
/// <list type="bullet">
/// <item><description><see cref="ShingleWords"/> = 5: five-word shingles are the usual choice for
/// news near-duplicates (Broder; Henzinger 2006): a single edited word changes at most five shingles,
/// while two independent reports of one event share almost none, even when they quote the same sentence.</description></item>
/// <item><description><see cref="Permutations"/> = 128: the standard error of the Jaccard estimate is
/// sqrt(J(1−J)/128), at most 0.044 (0.035 at J = 0.8).</description></item>
/// <item><description><see cref="Bands"/> × <see cref="RowsPerBand"/> = 32 × 4: a pair with Jaccard s
/// becomes a candidate with probability 1 − (1 − s⁴)³². That S-curve rises at (1/32)^(1/4) ≈ 0.42 and gives
/// s = 0.2 → 5 %, 0.4 → 57 %, 0.5 → 87 %, 0.6 → 98.8 %, 0.7 → 99.98 %, 0.8 → 1 − 10⁻¹⁰:
/// every pair at or above <see cref="NearDuplicateThreshold"/> is found, and only a few unrelated pairs
/// (verified and discarded in 128 comparisons) come up.</description></item>
/// <item><description><see cref="NearDuplicateThreshold"/> = 0.7: a syndicated copy with a new headline and a few
/// edited sentences keeps 75–95 % of its shingles; a rewrite that shares only quotes keeps well under 30 %.</description></item>
/// </list>
/// </summary>
public sealed record FingerprintOptions
{
    /// <summary>The default options.</summary>
    public static FingerprintOptions Default { get; } = new();

    /// <summary>Words per shingle. A text with fewer words gets one shingle of all its words.</summary>
    public int ShingleWords { get; init; } = 5;

    /// <summary>MinHash permutations, i.e. signature length; must equal <see cref="Bands"/> × <see cref="RowsPerBand"/> and be a multiple of 16.</summary>
    public int Permutations { get; init; } = 128;

    /// <summary>LSH bands; more bands find lower similarities (and more false candidates).</summary>
    public int Bands { get; init; } = 32;

    /// <summary>Signature values per LSH band; more rows make a band stricter.</summary>
    public int RowsPerBand { get; init; } = 4;

    /// <summary>Smallest Jaccard estimate for a <see cref="DuplicateKind.NearDuplicate"/> relation.</summary>
    public double NearDuplicateThreshold { get; init; } = 0.7;

    /// <summary>Texts with fewer words take part in no relation: an empty or near-empty body says nothing about copying.</summary>
    public int MinimumWords { get; init; } = 1;

    /// <summary>Seed of the permutation coefficients; signatures are comparable only between equal seeds and options.</summary>
    public ulong Seed { get; init; } = 0x5EED_0F_5709_11E5UL;

    /// <summary>A reason the options are unusable, or null when they are valid.</summary>
    public string? Validate()
    {
        if (ShingleWords is < 1 or > MaxShingleWords) return $"ShingleWords must be between 1 and {MaxShingleWords}, not {ShingleWords}";
        if (Permutations < PermutationMultiple || Permutations % PermutationMultiple != 0) return $"Permutations must be a positive multiple of {PermutationMultiple}, not {Permutations}";
        if (Bands < 1 || RowsPerBand < 1 || Bands * RowsPerBand != Permutations) return $"Bands × RowsPerBand ({Bands} × {RowsPerBand}) must equal Permutations ({Permutations})";
        if (!(NearDuplicateThreshold is > 0 and <= 1)) return $"NearDuplicateThreshold must be in (0, 1], not {NearDuplicateThreshold}";
        if (MinimumWords < 0) return $"MinimumWords must not be negative, not {MinimumWords}";
        return null;
    }

    /// <summary>Throws when <see cref="Validate"/> finds a problem: options are code, not input data.</summary>
    internal FingerprintOptions EnsureValid()
    {
        var problem = Validate();
        return problem is null ? this : throw new ArgumentException(problem, "options");
    }

    /// <summary>Largest shingle size; the shingler keeps the last words in a stack buffer of this size.</summary>
    internal const int MaxShingleWords = 32;

    /// <summary>Signature lengths are whole 512-bit vectors so the SIMD kernels need no tail loop.</summary>
    internal const int PermutationMultiple = 16;
}
