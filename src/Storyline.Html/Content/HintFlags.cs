namespace Storyline.Html.Content;

/// <summary>What an element's class/id/role says about it, classified once per distinct hint string.</summary>
[Flags]
internal enum HintFlags
{
    None = 0,
    Positive = 1,
    Negative = 2,
    Unlikely = 4,
    MaybeCandidate = 8,
}

/// <summary>Classifies hint strings, caching per page because templates repeat the same classes many times.</summary>
internal sealed class HintClassifier
{
    private readonly Dictionary<string, HintFlags> _cache = new(StringComparer.Ordinal);

    public HintFlags Classify(string hint)
    {
        if (hint.Length == 0) return HintFlags.None;
        if (_cache.TryGetValue(hint, out var flags)) return flags;
        if (ContentHints.Positive().IsMatch(hint)) flags |= HintFlags.Positive;
        if (ContentHints.Negative().IsMatch(hint)) flags |= HintFlags.Negative;
        if (ContentHints.Unlikely().IsMatch(hint)) flags |= HintFlags.Unlikely;
        if (ContentHints.MaybeCandidate().IsMatch(hint)) flags |= HintFlags.MaybeCandidate;
        _cache[hint] = flags;
        return flags;
    }
}
