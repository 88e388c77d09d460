using System.Globalization;
using System.Text;

namespace Storyline.Html.Evaluation;

/// <summary>
/// The article-extraction-benchmark metric: 4-gram token shingles compared as multisets,
/// normalised per document so every page weighs the same.
/// </summary>
internal static class ShingleMetric
{
    private const int ShingleSize = 4;

    /// <summary>Tokens as Python's Unicode <c>\w+</c> sees them: letters, numbers and underscore.</summary>
    public static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var start = -1;
        var i = 0;
        while (i < text.Length)
        {
            var width = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            var isWord = IsWordChar(text, i);
            if (isWord && start < 0) start = i;
            else if (!isWord && start >= 0)
            {
                tokens.Add(text[start..i]);
                start = -1;
            }
            i += width;
        }
        if (start >= 0) tokens.Add(text[start..]);
        return tokens;
    }

    private static bool IsWordChar(string text, int index)
    {
        if (text[index] == '_') return true;
        var category = CharUnicodeInfo.GetUnicodeCategory(text, index);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
    }

    /// <summary>Counted shingles; fewer than four tokens make one shorter shingle, none make none.</summary>
    public static Dictionary<string, int> Shingles(List<string> tokens)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count == 0) return counts;
        var count = Math.Max(1, tokens.Count - ShingleSize + 1);
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            builder.Clear();
            for (var j = i; j < Math.Min(tokens.Count, i + ShingleSize); j++)
                builder.Append(tokens[j]).Append('\u0001');
            var key = builder.ToString();
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts;
    }

    /// <summary>Normalised true/false positive and false negative mass of one document.</summary>
    public static (double Tp, double Fp, double Fn) Compare(string truth, string predicted)
    {
        var t = Shingles(Tokenize(truth));
        var p = Shingles(Tokenize(predicted));
        double tp = 0, fp = 0, fn = 0;
        foreach (var (key, ct) in t)
        {
            var cp = p.GetValueOrDefault(key);
            tp += Math.Min(ct, cp);
            fn += Math.Max(0, ct - cp);
        }
        foreach (var (key, cp) in p)
            fp += Math.Max(0, cp - t.GetValueOrDefault(key));
        var sum = tp + fp + fn;
        return sum > 0 ? (tp / sum, fp / sum, fn / sum) : (0, 0, 0);
    }

    /// <summary>Whether both texts have exactly the same token sequence.</summary>
    public static bool SameTokens(string truth, string predicted) => Tokenize(truth).SequenceEqual(Tokenize(predicted), StringComparer.Ordinal);
}
