using System.Globalization;
using System.Text;
using Storyline.Text;

namespace Storyline.Tests.Text;

/// <summary>Checks the embedded NFC tables against Specs/nfc.tsv, generated from Python's unicodedata.</summary>
public class TextNormalizerNfcTests
{
    [Fact]
    public void Normalizer_composes_like_the_reference_NFC_on_every_golden_case()
    {
        var lines = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Specs", "nfc.tsv")).Where(l => l.Length > 0 && l[0] != '#').ToList();
        Assert.True(lines.Count >= 400, $"only {lines.Count} NFC cases");
        var failures = new List<string>();
        foreach (var line in lines)
        {
            var fields = line.Split('\t');
            var input = FromHex(fields[0]);
            var expected = FromHex(fields[1]);
            var actual = TextNormalizer.Normalize(input);
            if (actual != expected) failures.Add($"{fields[0]}: expected {fields[1]}, got {ToHex(actual)}");
        }
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(20)));
    }

    private static string FromHex(string codes)
    {
        var sb = new StringBuilder();
        foreach (var code in codes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            sb.Append(char.ConvertFromUtf32(int.Parse(code, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
        return sb.ToString();
    }

    private static string ToHex(string s) => string.Join(' ', s.EnumerateRunes().Select(r => r.Value.ToString("X4", CultureInfo.InvariantCulture)));
}
