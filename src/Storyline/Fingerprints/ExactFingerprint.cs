using System.Globalization;

namespace Storyline.Fingerprints;

/// <summary>
/// The hash of a text's case-folded word sequence: texts that differ only in whitespace, punctuation,
/// letter case or apostrophe style get the same value, so they count as <see cref="DuplicateKind.Duplicate"/>.
/// Unlike <see cref="Articles.ContentHash"/>, which hashes the raw bytes, this survives re-encoding and re-wrapping.
/// </summary>
/// <param name="Value">The 64-bit hash.</param>
public readonly record struct ExactFingerprint(ulong Value)
{
    /// <summary>The fingerprint of <paramref name="text"/>.</summary>
    public static ExactFingerprint Of(ReadOnlySpan<char> text) => new(Shingler.Shingle(text, 1, []).ExactHash);

    /// <summary>Sixteen lowercase hex digits.</summary>
    public override string ToString() => Value.ToString("x16", CultureInfo.InvariantCulture);
}
