using System.Globalization;
using Storyline.Articles;
using Storyline.Pipeline;

namespace Storyline.Evaluation;

/// <summary>
/// Runs the whole analysis on a labelled file whose topics each hold different events of one
/// kind (as ECB+ does) and counts how often storylines join events of different gold labels:
/// such events share a kind of happening, not a story, and must stay apart.
/// </summary>
public static class StorylineEvaluation
{
    /// <summary>Result of one run.</summary>
    /// <param name="Articles">Articles analyzed.</param>
    /// <param name="Storylines">Storylines of more than one event.</param>
    /// <param name="Topics">Topics in the file.</param>
    /// <param name="JoinedTopics">Topics whose different gold events share a storyline.</param>
    /// <param name="JoinedLabels">Pairs of different gold labels joined in some storyline.</param>
    /// <param name="Joins">Each join: the two labels and the storyline's title.</param>
    public sealed record Report(int Articles, int Storylines, int Topics, int JoinedTopics, int JoinedLabels, IReadOnlyList<string> Joins)
    {
        /// <summary>Lines to print; the last ends with the number of joined topics.</summary>
        public IEnumerable<string> FormatLines()
        {
            yield return F($"articles {Articles}, storylines of several events {Storylines}, topics {Topics}");
            foreach (var join in Joins) yield return "  joined: " + join;
            yield return F($"gold-label pairs joined in one storyline {JoinedLabels}; topics whose events were joined: {JoinedTopics}");
        }

        private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Analyzes <paramref name="path"/>; gold event label under <paramref name="labelKey"/>, topic under <paramref name="topicKey"/>.</summary>
    public static Report Run(string path, string labelKey, string topicKey)
    {
        var data = LabelledArticles.Read(path, [labelKey, topicKey]);
        var label = data.Labels[labelKey];
        var topic = data.Labels[topicKey];
        var articles = data.Articles.Select(ArticleNormalization.Normalize).ToArray();
        var analysis = new CorpusAnalyzer().Analyze(articles);
        var events = analysis.Events.ToDictionary(e => e.Id);
        var joinedPairs = new HashSet<(string, string)>();
        var joins = new List<string>();
        foreach (var story in analysis.Storylines.Where(s => s.Events.Count > 1))
        {
            var labels = story.Events.SelectMany(e => events[e].ArticleIds).Select(id => label[id]).Distinct().Order(StringComparer.Ordinal).ToArray();
            for (var i = 0; i < labels.Length; i++)
                for (var j = i + 1; j < labels.Length; j++)
                    if (joinedPairs.Add((labels[i], labels[j]))) joins.Add($"{labels[i]} + {labels[j]} in \"{story.Title}\"");
        }
        var topicOfLabel = label.GroupBy(p => p.Value).ToDictionary(g => g.Key, g => topic[g.First().Key]);
        var joinedTopics = joinedPairs.Where(p => topicOfLabel[p.Item1] == topicOfLabel[p.Item2]).Select(p => topicOfLabel[p.Item1]).Distinct().Count();
        return new Report(articles.Length, analysis.Storylines.Count(s => s.Events.Count > 1), topic.Values.Distinct().Count(), joinedTopics, joinedPairs.Count, joins);
    }
}
