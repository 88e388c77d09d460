using Storyline.Sqlite;

namespace Storyline.Tests.Sqlite;

public class SearchExcerptTests
{
    [Fact]
    public void Excerpt_marks_the_first_matching_word_with_context()
    {
        var body = string.Concat(Enumerable.Repeat("Nothing to see here. ", 50)) + "Protesters filled the square on Friday." + string.Concat(Enumerable.Repeat(" More filler text.", 50));
        var excerpt = SearchExcerpt.Around(body, "\"protest\" square");
        Assert.StartsWith("…", excerpt, StringComparison.Ordinal);
        Assert.EndsWith("…", excerpt, StringComparison.Ordinal);
        Assert.Contains("[Protesters] filled the [square]", excerpt, StringComparison.Ordinal);
        Assert.True(excerpt.Length < 220, excerpt);
    }

    [Fact]
    public void Excerpt_without_a_match_starts_at_the_beginning()
        => Assert.StartsWith("Nothing to see", SearchExcerpt.Around("Nothing to see here, " + new string('x', 500), "absent"), StringComparison.Ordinal);
}
