using Storyline.Text;

namespace Storyline.Tests.Text;

/// <summary>Runs every case of Specs/sentences.txt (format described at the top of that file).</summary>
public class SentenceSplitterSpecTests
{
    private const string Separator = " | ";

    public static TheoryData<int, string, string> Cases()
    {
        var data = new TheoryData<int, string, string>();
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Specs", "sentences.txt"));
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line[0] == '#') continue;
            if (line.StartsWith("=> ", StringComparison.Ordinal))
                throw new InvalidDataException($"sentences.txt line {i + 1}: expectation without an input line");
            if (i + 1 >= lines.Length || !lines[i + 1].StartsWith("=> ", StringComparison.Ordinal))
                throw new InvalidDataException($"sentences.txt line {i + 1}: input without a '=> ' line after it");
            data.Add(i + 1, Unescape(line), Unescape(lines[i + 1][3..]));
            i++;
        }
        return data;
    }

    [Fact]
    public void Sentence_spec_holds_at_least_120_cases() => Assert.True(Cases().Count >= 120);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Splitter_matches_the_sentence_spec(int line, string input, string expected)
    {
        var actual = string.Join(Separator, SentenceSplitter.Split(input).Select(s => input.Substring(s.Start, s.Length)));
        Assert.True(expected == actual, $"sentences.txt line {line}\n  expected: {expected}\n  actual:   {actual}");
    }

    private static string Unescape(string s) => s.Replace("\\n", "\n", StringComparison.Ordinal)
        .Replace("\\r", "\r", StringComparison.Ordinal).Replace("\\t", "\t", StringComparison.Ordinal);
}
