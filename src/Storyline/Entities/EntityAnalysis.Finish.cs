using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
namespace Storyline.Entities;

internal sealed partial class EntityAnalysis
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private DocumentEntities Finish(string articleId, List<NameRun> runs, List<Cluster> clusters)
    {
        for (var i = 0; i < clusters.Count; i++) clusters[i].Index = i;
        CountPronouns(runs);
        ScoreSalience(clusters);
        var descriptions = FindDescriptions(runs, clusters);

        foreach (var d in descriptions) if (d.Referent is { } c) c.Descriptions++;
        var mentions = MentionsInOrder(runs, descriptions);

        var entities = new DocumentEntity[clusters.Count];
        foreach (var c in clusters)
            entities[c.Index] = new DocumentEntity(c.Index, CanonicalName(c), c.Type, Aliases(c), c.Runs.Count + c.Descriptions,
                Math.Round(c.Salience, 4), c.FirstOffset, c.Type == EntityType.Person ? c.Gender : Gender.Unknown);
        return new DocumentEntities(articleId, mentions, entities).WithQuoteSpans(text, quotes);
    }

    /// <summary>
    /// The name and description mentions by start offset. Each list is in text order already, so they are merged; should
    /// a name and a description start at the same offset, they are sorted as one list, runs first, which orders such a tie
    /// as it always has.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<Mention> MentionsInOrder(List<NameRun> runs, List<Description> descriptions)
    {
        var mentions = new List<Mention>(runs.Count + descriptions.Count);
        int r = 0, d = 0;
        while (r < runs.Count || d < descriptions.Count)
        {
            if (r < runs.Count && d < descriptions.Count && runs[r].Start == descriptions[d].Start)
            {
                mentions.Clear();
                foreach (var run in runs) mentions.Add(NameMention(run));
                foreach (var description in descriptions) mentions.Add(DescriptionMention(description));
                mentions.Sort(static (a, b) => a.Start.CompareTo(b.Start));
                return mentions;
            }
            if (d == descriptions.Count || (r < runs.Count && runs[r].Start < descriptions[d].Start)) mentions.Add(NameMention(runs[r++]));
            else mentions.Add(DescriptionMention(descriptions[d++]));
        }
        return mentions;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Mention NameMention(NameRun r) => new(r.Start, r.End - r.Start, r.Text, r.Cluster!.Type, r.Cluster.Index, MentionKind.Name);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Mention DescriptionMention(Description d) =>
        new(d.Start, d.End - d.Start, text[d.Start..d.End], EntityType.Person, d.Referent?.Index ?? -1, MentionKind.Description);

    /// <summary>The fullest form: most words, then most used, then first used.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string CanonicalName(Cluster c)
    {
        if (c.Runs.Count <= SmallCluster) return CollapseSpaces(FullestOfFew(c.Runs).Text);
        var uses = scratch.KeyUses;
        foreach (var r in c.Runs) CollectionsMarshal.GetValueRefOrAddDefault(uses, r.Key, out _)++;
        NameRun? best = null;
        var bestUses = 0;
        foreach (var r in c.Runs)
        {
            var u = uses[r.Key];
            if (best is null || r.TokenCount > best.TokenCount || (r.TokenCount == best.TokenCount && u > bestUses))
            { best = r; bestUses = u; }
        }
        uses.Clear();
        return CollapseSpaces(best!.Text);
    }

    // Most clusters have a few mentions; comparing them pairwise is cheaper than building a table.
    private const int SmallCluster = 8;

    /// <summary><see cref="CanonicalName"/>'s choice among a few runs, with uses counted pairwise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static NameRun FullestOfFew(List<NameRun> runs)
    {
        NameRun? best = null;
        var bestUses = 0;
        foreach (var r in runs)
        {
            if (best is not null && r.TokenCount < best.TokenCount) continue;
            var u = 0;
            foreach (var other in runs) if (other.Key.Equals(r.Key, StringComparison.OrdinalIgnoreCase)) u++;
            if (best is null || r.TokenCount > best.TokenCount || (r.TokenCount == best.TokenCount && u > bestUses))
            { best = r; bestUses = u; }
        }
        return best!;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string CollapseSpaces(string s)
    {
        if (!s.AsSpan().ContainsAny("\n\t\u00A0") && !s.Contains("  ", StringComparison.Ordinal)) return s;
        return string.Join(' ', s.Split([' ', '\n', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The first spelling of each key (ignoring case), in ordinal order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string[] Aliases(Cluster c)
    {
        var runs = c.Runs;
        if (runs.Count == 1) return [runs[0].Key];
        var keys = scratch.AliasKeys;
        keys.Clear();
        if (runs.Count <= SmallCluster)
        {
            foreach (var r in runs)
            {
                var seen = false;
                foreach (var k in keys) if (k.Equals(r.Key, StringComparison.OrdinalIgnoreCase)) { seen = true; break; }
                if (!seen) keys.Add(r.Key);
            }
        }
        else
        {
            var seen = scratch.SeenKeys;
            foreach (var r in runs) if (seen.Add(r.Key)) keys.Add(r.Key);
            seen.Clear();
        }
        var aliases = keys.ToArray();
        // Distinct keys have one ordinal order, whatever sorts them: a few are insertion-sorted, without a comparer.
        if (aliases.Length <= SmallCluster)
        {
            for (var i = 1; i < aliases.Length; i++)
            {
                var key = aliases[i];
                var j = i;
                for (; j > 0 && string.CompareOrdinal(aliases[j - 1], key) > 0; j--) aliases[j] = aliases[j - 1];
                aliases[j] = key;
            }
        }
        else Array.Sort(aliases, StringComparer.Ordinal);
        return aliases;
    }

    /// <summary>
    /// Mentions weigh 1 each, headline mentions more, and an early first mention adds up to
    /// <see cref="EntityRecognizerOptions.EarlyMentionBonus"/>; the top entity gets salience 1.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ScoreSalience(List<Cluster> clusters)
    {
        var max = 0.0;
        foreach (var c in clusters)
        {
            var score = 0.0;
            foreach (var r in c.Runs) score += 1 + (toks[r.First].Line == 0 ? options.HeadlineMentionBonus : 0);
            score += options.EarlyMentionBonus * (1 - (double)c.FirstOffset / text.Length);
            c.Salience = score;
            if (score > max) max = score;
        }
        if (max > 0) foreach (var c in clusters) c.Salience /= max;
    }

    /// <summary>
    /// In a sentence that names exactly one person (outside quotes), the third-person pronouns
    /// it uses tell that person's gender. Only sentences with pronouns (noted by the tokenizer) are visited.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CountPronouns(List<NameRun> runs)
    {
        var pronouns = scratch.Pronouns;
        var r = 0;
        var p = 0;
        while (p < pronouns.Count)
        {
            var sentence = toks[pronouns[p]].Sentence;
            int female = 0, male = 0;
            for (; p < pronouns.Count && toks[pronouns[p]].Sentence == sentence; p++)
                if (toks[pronouns[p]].Has(TokFlags.FemalePronoun)) female++; else male++;
            while (r < runs.Count && toks[runs[r].First].Sentence < sentence) r++;
            Cluster? only = null;
            var several = false;
            for (; r < runs.Count && toks[runs[r].First].Sentence == sentence; r++)
            {
                if (toks[runs[r].First].Has(TokFlags.InQuote) || runs[r].Cluster is not { } c || c.Type != EntityType.Person) continue;
                if (only is null) only = c; else if (only != c) several = true;
            }
            if (only is null || several) continue;
            only.PronounFemale += female;
            only.PronounMale += male;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // its first test rules out most words: not worth a call
    internal static Gender Pronoun(ReadOnlySpan<char> w)
    {
        const int shortest = 2, longest = 7; // "he" … "herself"
        // Every pronoun starts with an h or an s: most words are ruled out by their first letter. A non-ASCII letter
        // is left to the case-insensitive comparisons, which may match it.
        if (w.Length is < shortest or > longest || (w[0] < 0x80 && (w[0] | 0x20) is not ('h' or 's'))) return Gender.Unknown;
        return PronounOfShortWord(w);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Gender PronounOfShortWord(ReadOnlySpan<char> w) => w.Length switch
    {
        2 when w.Equals("he", StringComparison.OrdinalIgnoreCase) => Gender.Male,
        3 when w.Equals("she", StringComparison.OrdinalIgnoreCase) || w.Equals("her", StringComparison.OrdinalIgnoreCase) => Gender.Female,
        3 when w.Equals("him", StringComparison.OrdinalIgnoreCase) || w.Equals("his", StringComparison.OrdinalIgnoreCase) => Gender.Male,
        4 when w.Equals("hers", StringComparison.OrdinalIgnoreCase) => Gender.Female,
        7 when w.Equals("herself", StringComparison.OrdinalIgnoreCase) => Gender.Female,
        7 when w.Equals("himself", StringComparison.OrdinalIgnoreCase) => Gender.Male,
        _ => Gender.Unknown,
    };
}
