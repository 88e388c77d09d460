namespace Storyline.Fingerprints;

/// <summary>Everything the near-duplicate detector needs to know about one text.</summary>
/// <param name="Exact">Hash of the case-folded word sequence.</param>
/// <param name="Signature">MinHash signature of the case-folded shingles.</param>
/// <param name="Words">Word tokens in the text.</param>
public sealed record Fingerprint(ExactFingerprint Exact, MinHashSignature Signature, int Words);
