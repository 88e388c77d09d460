using System.Runtime.CompilerServices;
namespace Storyline.Entities;

internal sealed partial class EntityAnalysis
{
    // Nouns that say the name right after them (or set off by a comma) is an organization: "cable operator, Seacom,",
    // "the drugmaker Pfizer", "retailer Walmart".
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OrganizationNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "company", "firm", "operator", "carrier", "bank", "lender", "insurer", "retailer", "manufacturer", "maker",
        "drugmaker", "automaker", "carmaker", "chipmaker", "airline", "broadcaster", "network", "publisher", "newspaper",
        "agency", "conglomerate", "startup", "start-up", "supplier", "distributor", "developer", "provider", "charity",
        "subsidiary", "brand", "chain", "club", "band", "franchise", "outfit", "giant", "group", "party", "union",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Type cues a name takes from its neighbours rather than from itself: a noun before it that names a kind of
    /// organization, and the names it is listed with ("the villages of Tonban, Gavarzin and Khaledi": one cue types
    /// all three). Runs must be in text order.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void VoteContextTypes(List<NameRun> runs)
    {
        foreach (var r in runs)
            if (FollowsOrganizationNoun(r)) r.Votes[(int)EntityType.Organization] += options.StrongTypeVote;
        ShareTypesInLists(runs);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool FollowsOrganizationNoun(NameRun r)
    {
        var p = r.First - 1;
        if (p < 0 || toks[p].Sentence != toks[r.First].Sentence || !toks[p].Has(TokFlags.Lower)) return false;
        var gap = text.AsSpan(toks[p].FullEnd, toks[r.First].Start - toks[p].FullEnd);
        return gap is " " or ", " && OrganizationNouns.Contains(Core(p));
    }

    // Names a list needs before its members share a type: two names ("organized by Obama, Iran and the
    // Brotherhood") are as often of two kinds as of one.
    private const int MinListNames = 3;

    // In a list of names ("A, B and C"), a name with no cue of its own takes the type its listed neighbours'
    // cues agree on: lists in news name things of one kind.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ShareTypesInLists(List<NameRun> runs)
    {
        var start = 0;
        while (start < runs.Count)
        {
            var end = start;
            while (end + 1 < runs.Count && Listed(runs[end], runs[end + 1])) end++;
            if (end - start + 1 >= MinListNames) ShareType(runs, start, end);
            start = end + 1;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Listed(NameRun a, NameRun b)
    {
        if (toks[a.Last].Sentence != toks[b.First].Sentence || b.First != a.Last + 1 && b.First != a.Last + 2) return false;
        if (b.First == a.Last + 2)
        {
            var joiner = Core(a.Last + 1);
            if (!toks[a.Last + 1].Has(TokFlags.Lower) || joiner is not ("and" or "or")) return false;
            var before = text.AsSpan(toks[a.Last].FullEnd, toks[a.Last + 1].Start - toks[a.Last].FullEnd);
            var after = text.AsSpan(toks[a.Last + 1].FullEnd, toks[b.First].Start - toks[a.Last + 1].FullEnd);
            return before is " " or ", " && after is " ";
        }
        return text.AsSpan(toks[a.Last].FullEnd, toks[b.First].Start - toks[a.Last].FullEnd) is ", ";
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ShareType(List<NameRun> runs, int first, int last)
    {
        var votes = new TypeVotes();
        var cued = 0;
        for (var k = first; k <= last; k++)
        {
            if (!HasCue(runs[k])) continue;
            cued++;
            for (var t = 0; t < TypeVotes.Length; t++) votes[t] += runs[k].Votes[t];
        }
        if (cued == 0) return;
        var best = 0;
        for (var t = 1; t < TypeVotes.Length; t++) if (votes[t] > votes[best]) best = t;
        for (var k = first; k <= last; k++)
            if (!HasCue(runs[k])) runs[k].Votes[best] += options.WeakTypeVote;
    }

    // Whether anything beyond the default vote speaks for a type.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool HasCue(NameRun r)
    {
        for (var t = 0; t < TypeVotes.Length; t++)
            if (r.Votes[t] > (t == (int)TypeWithoutCue ? options.DefaultTypeVote : 0)) return true;
        return false;
    }
}
