namespace Storyline.Text;

/// <summary>
/// Gives a shouted line ("CHRISSY TEIGEN SHARES A PHOTO OF HER SON") the case the rest of the text writes its
/// words in ("Chrissy Teigen shares a photo of her son"), so that stages which find names by their capitals
/// can read it. A word the rest of the text never writes is lowercased (the line's first word capitalized).
/// Only letter case changes: every offset of the result is an offset of the input. Thread-safe.
/// </summary>
public static class HeadlineCasing
{
    // A line is shouted when at least this share of its letters are capitals...
    private const double MinCapitalShare = 0.9;

    // ...over at least this many words of two or more letters: "BREAKING NEWS" or a dateline alone says too little.
    private const int MinShoutedWords = 3;

    /// <summary>
    /// <paramref name="text"/> with every shouted line recased from the other lines; the same instance when no
    /// line is shouted or no other line is there to learn case from.
    /// </summary>
    public static string Restore(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        List<TokenSpan>? shouted = null;
        var lines = 0;
        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            if (end > start)
            {
                lines++;
                if (IsShouted(text.AsSpan(start, end - start))) (shouted ??= []).Add(new TokenSpan(start, end - start));
            }
            start = end + 1;
        }
        if (shouted is null || shouted.Count == lines) return text;
        var forms = WrittenForms(text, shouted);
        var result = text.ToCharArray();
        foreach (var line in shouted) Recase(text, line, forms, result);
        return new string(result);
    }

    /// <summary>Whether <paramref name="line"/> is written in capitals throughout, as a shouted headline is.</summary>
    public static bool IsShouted(ReadOnlySpan<char> line)
    {
        // Most lines have lowercase letters to spare: two early counts settle them without tokenizing.
        var lowercase = 0;
        foreach (var c in line)
            if (char.IsLower(c) && ++lowercase > (1 - MinCapitalShare) * line.Length) return false;
        int letters = 0, capitals = 0, words = 0, position = 0;
        while (Tokenizer.Next(line, ref position, out var token))
        {
            var wordLetters = 0;
            foreach (var c in line.Slice(token.Start, token.Length))
            {
                if (!char.IsLetter(c)) continue;
                wordLetters++;
                if (char.IsUpper(c)) capitals++;
            }
            letters += wordLetters;
            if (wordLetters >= 2) words++;
        }
        return words >= MinShoutedWords && capitals >= MinCapitalShare * letters;
    }

    // How the unshouted lines write the words of the shouted ones, by lowercase form: the most frequent writing,
    // ties to the ordinal first. Only those words are counted, so a long text costs one scan and few strings. A
    // capitalized word opening a sentence may only be capitalized for that reason, so there it counts only for
    // words that are not stopwords ("The" says nothing; "Teigen" does).
    private static Dictionary<string, string> WrittenForms(string text, List<TokenSpan> shouted)
    {
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in shouted)
        {
            var span = text.AsSpan(line.Start, line.Length);
            var position = 0;
            while (Tokenizer.Next(span, ref position, out var token))
                counts.TryAdd(span.Slice(token.Start, token.Length).ToString().ToLowerInvariant(), new(StringComparer.Ordinal));
        }
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        var next = 0;
        for (var start = 0; start < text.Length; start = next + 1)
        {
            next = text.IndexOf('\n', start);
            if (next < 0) next = text.Length;
            if (next > start && shouted.BinarySearch(new TokenSpan(start, next - start), LineOrder) >= 0) continue;
            var span = text.AsSpan(start, next - start);
            var position = 0;
            while (Tokenizer.Next(span, ref position, out var token))
            {
                var word = span.Slice(token.Start, token.Length);
                if (!lookup.TryGetValue(word, out var written)) continue;
                if (SentenceSplitter.OpensSentence(span, token.Start) && Stopwords.IsStopword(word.ToString().ToLowerInvariant())) continue;
                var form = word.ToString();
                written[form] = written.GetValueOrDefault(form) + 1;
            }
        }
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (lower, written) in counts)
            if (written.Count > 0 && written.Keys.All(f => f.Length == lower.Length))
                forms[lower] = written.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key;
        return forms;
    }

    private static readonly Comparer<TokenSpan> LineOrder = Comparer<TokenSpan>.Create(static (a, b) => a.Start.CompareTo(b.Start));

    private static void Recase(string text, TokenSpan line, Dictionary<string, string> forms, char[] result)
    {
        var span = text.AsSpan(line.Start, line.Length);
        var position = 0;
        var first = true;
        while (Tokenizer.Next(span, ref position, out var token))
        {
            var word = span.Slice(token.Start, token.Length);
            var at = line.Start + token.Start;
            var lower = word.ToString().ToLowerInvariant();
            if (forms.TryGetValue(lower, out var form) && form.Length == word.Length) form.CopyTo(result.AsSpan(at));
            else if (lower.Length == word.Length) lower.CopyTo(result.AsSpan(at));
            if (first) result[at] = char.ToUpperInvariant(result[at]);
            first = false;
        }
    }
}
