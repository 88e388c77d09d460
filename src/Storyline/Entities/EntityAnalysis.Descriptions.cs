using System.Runtime.CompilerServices;
namespace Storyline.Entities;

internal sealed partial class EntityAnalysis
{
    /// <summary>A description mention and the cluster it refers to, if resolved.</summary>
    private sealed class Description(int start, int end, Cluster? referent)
    {
        public readonly int Start = start;
        public readonly int End = end;
        public readonly Cluster? Referent = referent;
    }

    /// <summary>
    /// "the singer", "the 35-year-old model", "The Cravings author": a definite description of a
    /// person, outside quotes and not an apposition ("the singer John Legend" is a name mention).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<Description> FindDescriptions(List<NameRun> runs, List<Cluster> clusters)
    {
        var found = scratch.Descriptions;
        var resume = 0; // a description's words open none of their own
        foreach (var i in TheTokens)
        {
            if (i < resume) continue;
            for (var j = i + 1; j < count && j <= i + 1 + options.MaxDescriptionModifiers; j++)
            {
                if (!CanJoin(j - 1, j)) break;
                var w = Core(j);
                if (toks[j].Has(TokFlags.Lower) && Is(j, WordClass.RoleNoun))
                {
                    var g = Word(j).RoleGender;
                    if (Is(j, WordClass.KinNoun) || (j + 1 < count && CanJoin(j, j + 1) && Capable(j + 1))) break;
                    found.Add(new Description(toks[i].Start, toks[j].End, Resolve(i, g, w, runs, clusters)));
                    resume = j + 1;
                    break;
                }
                if (toks[j].Has(TokFlags.Possessive) || toks[j].Has(TokFlags.NonName) || Is(j, WordClass.NonName)) break;
            }
        }
        return found;
    }

    private const int TheLength = 3;

    // The "the"s outside quotes, in text order, noted by the tokenizer.
    private List<int> TheTokens => scratch.TheTokens;

    // The first letter rules out most three-letter words before the comparison (one that is not ASCII is compared).
    private static bool IsThe(ReadOnlySpan<char> w) =>
        (w[0] >= 0x80 || (w[0] | 0x20) == 't') && w.Equals("the", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The referent of a description: the person an apposition gave that role, else the first
    /// person named in the nearest preceding sentence (a subject, usually), else the most salient
    /// person when it clearly leads.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Cluster? Resolve(int at, Gender roleGender, ReadOnlySpan<char> role, List<NameRun> runs, List<Cluster> clusters)
    {
        foreach (var r in runs)
            if (r.RoleBefore is { } bound && role.Equals(bound, StringComparison.OrdinalIgnoreCase) && Fits(r.Cluster!, roleGender))
                return r.Cluster;

        var position = toks[at].Start;
        var sentence = toks[at].Sentence;
        for (var s = sentence; s >= sentence - options.DescriptionSentenceWindow && s >= 0; s--)
        {
            foreach (var r in runs)
            {
                if (r.Start >= position) break;
                if (toks[r.First].Sentence != s || toks[r.First].Has(TokFlags.InQuote)) continue;
                var c = r.Cluster!;
                if (c.Type == EntityType.Person && Fits(c, roleGender) && !IsAddressee(r)) return c;
            }
        }
        return MostSalientPerson(clusters, roleGender);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Cluster? MostSalientPerson(List<Cluster> clusters, Gender gender)
    {
        Cluster? first = null, second = null;
        foreach (var c in clusters)
        {
            if (c.Type != EntityType.Person) continue;
            if (first is null || c.Salience > first.Salience) { second = first; first = c; }
            else if (second is null || c.Salience > second.Salience) second = c;
        }
        if (first is null || !Fits(first, gender)) return null;
        return second is null || first.Salience >= options.UnambiguousSalienceRatio * second.Salience ? first : null;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Fits(Cluster c, Gender g) => g == Gender.Unknown || c.Gender == Gender.Unknown || c.Gender == g;

    /// <summary>"told ET's Kevin Frazier": the person spoken to is not the one speaking.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsAddressee(NameRun r)
    {
        var p = r.First - 1;
        if (p >= 0 && toks[p].Has(TokFlags.Possessive) && toks[p].Has(TokFlags.Cap)) p--;
        if (p < 0) return false;
        var w = Core(p);
        return w is "told" or "tells" or "telling" or "tell" or "asked" or "thanked" or "interviewed";
    }
}
