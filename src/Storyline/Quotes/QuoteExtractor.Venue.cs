using System.Runtime.CompilerServices;
using System.Collections.Frozen;
using Storyline.Entities;
using Storyline.Text;

namespace Storyline.Quotes;

public sealed partial class QuoteExtractor
{
    private static readonly string[] VenueNouns =
    [
        "post", "interview", "statement", "summit", "conference", "podcast", "speech", "video", "tweet", "caption",
        "episode", "broadcast", "essay", "op-ed", "letter", "memoir", "documentary", "panel", "hearing", "rally",
        "livestream", "story", "blog", "newsletter", "appearance", "briefing", "address", "sermon", "lecture",
    ];

    private static readonly string[] Platforms =
        ["Instagram", "Twitter", "Facebook", "TikTok", "YouTube", "Snapchat", "Threads", "Reddit", "LinkedIn", "Weibo", "Telegram", "WhatsApp"];

    private static readonly string[] VenuePrepositions = ["in", "on", "during", "at", "with", "via", "through"];
    private static readonly string[] Determiners = ["a", "an", "the", "her", "his", "their", "its", "my", "our", "this", "that"];

    // The same lists as sets, for the per-token tests of VenueIn (every token of two clauses per quotation).
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VenueNounSet = SpanSet(VenueNouns);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlatformSet = SpanSet(Platforms);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VenuePrepositionSet = SpanSet(VenuePrepositions);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DeterminerSet = SpanSet(Determiners);

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpanSet(string[] words)
        => words.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Where the words were said, from the quotation's own sentence: a venue noun with its
    /// phrase ("during Propper Daley's … summit", "in an Instagram post"), a platform, or the
    /// outlet someone "told".
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string? FindVenue(Doc doc, QuoteSpan span, Attribution a)
    {
        var venue = VenueIn(doc, a.AfterStart, a.AfterEnd) ?? VenueIn(doc, a.BeforeStart, a.BeforeEnd);
        if (venue is null || !IsOneOf(venue, PlatformNouns, StringComparison.Ordinal)) return venue;
        if (LastPlatform(doc.Text, span.Open, Options.PlatformLookbackChars) is { } known) return known + " " + venue;
        return venue;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string? LastPlatform(string text, int open, int lookback)
    {
        // A bare "post" takes the platform the article last named: "took to Instagram … captioned the post".
        var from = Math.Max(0, open - lookback);
        var before = text.AsSpan(from, open - from);
        string? platform = null;
        var last = -1;
        foreach (var p in Platforms)
        {
            var at = before.LastIndexOf(p, StringComparison.Ordinal);
            if (at > last) { last = at; platform = p; }
        }
        return platform;
    }

    private static readonly string[] PlatformNouns = ["post", "story", "video", "caption", "livestream"];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string? VenueIn(Doc doc, int start, int end)
    {
        if (end <= start) return null;
        var text = doc.Text;
        var tokens = doc.ClauseTokens(start, end, 3);
        string? platform = null;
        string? toldOutlet = null;
        for (var k = 0; k < tokens.Count; k++)
        {
            var at = tokens[k].Start;
            var w = text.AsSpan(at, tokens[k].Length);
            if (PlatformSet.Contains(w)) { platform ??= w.ToString(); continue; }
            if (w is "told" && k + 1 < tokens.Count) toldOutlet ??= OutletAt(doc, tokens[k + 1].Start);
            if (!char.IsLower(w[0]) || !VenueNounSet.Contains(w) || doc.InsideQuote(at)) continue;
            var nounEnd = at + tokens[k].Length;
            for (var p = k - 1; p >= 0 && p >= k - Options.VenuePhraseTokens; p--)
            {
                var pw = text.AsSpan(tokens[p].Start, tokens[p].Length);
                if (!VenuePrepositionSet.Contains(pw)) continue;
                var q = p + 1;
                while (q < k && DeterminerSet.Contains(text.AsSpan(tokens[q].Start, tokens[q].Length))) q++;
                return text[(tokens[q].Start)..nounEnd];
            }
            if (k > 0 && PlatformSet.Contains(text.AsSpan(tokens[k - 1].Start, tokens[k - 1].Length)))
                return text[(tokens[k - 1].Start)..nounEnd];
            return platform is null ? w.ToString() : platform + " " + w.ToString();
        }
        return platform ?? toldOutlet;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static string? OutletAt(Doc doc, int offset)
    {
        var mentions = doc.Entities.Mentions;
        var i = doc.Entities.FirstMentionEndingAfter(offset);
        if (i < mentions.Count && mentions[i].Start == offset && mentions[i].Type == EntityType.Organization && mentions[i].EntityIndex >= 0)
            return doc.Entities.Entities[mentions[i].EntityIndex].Name;
        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsOneOf(ReadOnlySpan<char> w, string[] words, StringComparison comparison)
    {
        foreach (var x in words) if (w.Equals(x, comparison)) return true;
        return false;
    }
}
