using System.Globalization;
using Storyline.Time;

namespace Storyline.Tests.Time;

/// <summary>The golden cases of Specs/temporal.tsv: general news phrasing with its TIMEX3 type and value.</summary>
public class TemporalSpecTests
{
    private static readonly TemporalTagger Tagger = new();

    public static TheoryData<string, string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string, string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Specs", "temporal.tsv")))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            data.Add(f[0], f[1], f[2], f[3], f[4]);
        }
        return data;
    }

    [Fact]
    public void Spec_file_has_at_least_200_cases() => Assert.True(Cases().Count >= 200);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Tagger_gives_the_spec_type_and_value(string sentence, string expression, string reference, string type, string value)
    {
        DateOnly? dct = reference == "-" ? null : DateOnly.ParseExact(reference, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var found = Tagger.Tag(sentence, dct);
        var start = sentence.IndexOf(expression, StringComparison.Ordinal);
        var hit = found.FirstOrDefault(e => e.Start == start && e.Length == expression.Length);
        Assert.True(hit is not null, $"'{expression}' not tagged with that extent; found: {string.Join("; ", found.Select(e => $"[{e.Text}] {e.TypeName} {e.Value}"))}");
        Assert.Equal(type, hit.TypeName);
        Assert.Equal(value, hit.Value);
    }
}
