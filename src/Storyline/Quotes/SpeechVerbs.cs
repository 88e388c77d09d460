using System.Collections.Frozen;

namespace Storyline.Quotes;

/// <summary>Verbs that introduce or attribute a quotation ("said", "wrote", "captioned"), in the forms news uses.</summary>
internal static class SpeechVerbs
{
    private static readonly string[] Words =
    [
        "say", "says", "said", "tell", "tells", "told", "add", "adds", "added", "write", "writes", "wrote",
        "explain", "explains", "explained", "continue", "continues", "continued", "share", "shares", "shared",
        "caption", "captions", "captioned", "comment", "comments", "commented", "state", "states", "stated",
        "note", "notes", "noted", "recall", "recalls", "recalled", "ask", "asks", "asked", "reply", "replies", "replied",
        "insist", "insists", "insisted", "admit", "admits", "admitted", "reveal", "reveals", "revealed",
        "announce", "announces", "announced", "declare", "declares", "declared", "tweet", "tweets", "tweeted",
        "post", "posts", "posted", "pen", "pens", "penned", "joke", "jokes", "joked", "quip", "quips", "quipped",
        "conclude", "concludes", "concluded", "claim", "claims", "claimed", "argue", "argues", "argued",
        "warn", "warns", "warned", "urge", "urges", "urged", "acknowledge", "acknowledges", "acknowledged",
        "confirm", "confirms", "confirmed", "gush", "gushes", "gushed", "recount", "recounts", "recounted",
        "reflect", "reflects", "reflected", "respond", "responds", "responded", "answer", "answers", "answered",
        "exclaim", "exclaims", "exclaimed", "muse", "mused", "whisper", "whispered", "shout", "shouted",
        "scream", "screamed", "cry", "cried", "sob", "sobbed", "laugh", "laughed", "add", "report", "reports", "reported",
        "describe", "describes", "described", "testify", "testified", "predict", "predicted", "promise", "promised",
        "vow", "vowed", "plead", "pleaded", "beg", "begged", "demand", "demanded", "complain", "complained",
        "boast", "boasted", "observe", "observed", "remark", "remarked", "suggest", "suggested", "agree", "agreed",
        "assure", "assured", "concede", "conceded", "contend", "contended", "counter", "countered", "deny", "denied",
        "emphasize", "emphasized", "emphasised", "explain", "maintain", "maintained", "point", "pointed",
        "retort", "retorted", "stress", "stressed", "tell", "thank", "thanked", "wonder", "wondered", "gushed",
        "captioned", "message", "messaged", "texted", "blog", "blogged", "speak", "spoke", "speaks", "recalled",
        "saying", "telling", "adding", "writing", "stating", "noting", "explaining", "insisting", "asking", "replying",
        "apologize", "apologized", "apologizes", "apologise", "apologised", "testifies", "testifying", "screaming", "shouting",
        "opine", "opined", "sigh", "sighed", "snap", "snapped", "fume", "fumed", "rave", "raved", "dish", "dished",
    ];

    private static readonly FrozenSet<string> Set = Words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Spans = Set.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> Nouns = new[]
    {
        "post", "caption", "note", "comment", "tweet", "message", "blog", "report", "answer", "claim", "state", "pen",
        "share", "promise", "reply", "vow", "plea", "demand", "statement", "remark", "counter", "point", "stress", "text",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NounSpans = Nouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the word, as written, is also a noun ("the post", "her caption").</summary>
    public static bool IsAlsoNoun(ReadOnlySpan<char> word) => NounSpans.Contains(word);

    /// <summary>Whether the word is a speech verb.</summary>
    public static bool Contains(ReadOnlySpan<char> word) => Spans.Contains(word);
}
