using Storyline.Html;
using Storyline.Html.Evaluation;

namespace Storyline.Tests.Html;

public class ExtractionMetricTests
{
    [Fact]
    public void Tokens_are_letters_numbers_and_underscore_runs_as_in_python()
    {
        Assert.Equal(["café", "snake_case", "½", "x2"], ShingleMetric.Tokenize("café, snake_case — ½ x2!"));
        // A combining mark is not a word character for Python's \w, so it splits the token.
        Assert.Equal(["e", "x"], ShingleMetric.Tokenize("e\u0301x"));
    }

    [Fact]
    public void Short_texts_make_one_shorter_shingle_and_empty_texts_none()
    {
        Assert.Single(ShingleMetric.Shingles(["a", "b"]));
        Assert.Empty(ShingleMetric.Shingles([]));
        var counts = ShingleMetric.Shingles(["a", "b", "c", "d", "a", "b", "c", "d"]);
        Assert.Equal(4, counts.Count);
        Assert.Equal(2, counts.Values.Max());
    }

    [Fact]
    public void Corpus_figures_are_macro_means_with_empty_docs_left_out_of_precision()
    {
        var truth = new Dictionary<string, string> { ["one"] = "a b c d e", ["two"] = "x y" };
        var predicted = new Dictionary<string, string> { ["one"] = "a b c d" };
        var score = ExtractionScore.Compute(truth, predicted);
        // one: tp 1, fn 1 → P 1, R 0.5; two: nothing predicted → R 0 and no precision term.
        Assert.Equal(1.0, score.Precision, 9);
        Assert.Equal(0.25, score.Recall, 9);
        Assert.Equal(0.4, score.F1, 9);
        Assert.Equal(0.0, score.Accuracy, 9);
    }

    [Fact]
    public void Identical_bodies_score_one_everywhere()
    {
        var truth = new Dictionary<string, string> { ["a"] = "Some text here, long enough.", ["b"] = "Other words entirely" };
        var score = ExtractionScore.Compute(truth, truth);
        Assert.Equal((1.0, 1.0, 1.0, 1.0), (score.Precision, score.Recall, score.F1, score.Accuracy));
    }

    [Fact]
    public void Report_ends_with_the_f1_figure()
    {
        var truth = new Dictionary<string, string> { ["a"] = "a b c d e" };
        var report = new ExtractionReport("test", ExtractionScore.Compute(truth, new Dictionary<string, string> { ["a"] = "a b c d" }));
        Assert.EndsWith(report.Score.F1.ToString("F3", System.Globalization.CultureInfo.InvariantCulture), report.FormatLines()[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Prediction_files_are_read_plain_or_wrapped_in_output()
    {
        var dir = Directory.CreateTempSubdirectory("storyline-eval").FullName;
        try
        {
            var truth = Path.Combine(dir, "truth.json");
            var predictions = Path.Combine(dir, "predictions.json");
            File.WriteAllText(truth, "{\"a\": {\"articleBody\": \"one two three four five\", \"url\": \"x\"}, \"b\": {\"articleBody\": \"six seven\"}}");
            File.WriteAllText(predictions, "{\"version\": \"1\", \"output\": {\"a\": {\"articleBody\": \"one two three four five\"}}}");
            var (report, error) = ExtractionEvaluator.EvaluatePredictions(truth, predictions);
            Assert.Null(error);
            Assert.Equal(1.0, report!.Score.Precision, 9);
            Assert.Equal(0.5, report.Score.Recall, 9);
            Assert.Equal(0.5, report.Score.Accuracy, 9);
            var (missing, reason) = ExtractionEvaluator.EvaluatePredictions(truth, Path.Combine(dir, "absent.json"));
            Assert.Null(missing);
            Assert.Contains("absent.json", reason, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [SharedDataFact("extraction/zyte/reference-output/trafilatura.json")]
    public void Metric_reproduces_the_published_trafilatura_figures()
    {
        var (report, error) = ExtractionEvaluator.EvaluatePredictions(
            SharedData.PathOf("extraction/zyte/ground-truth.json")!, SharedData.PathOf("extraction/zyte/reference-output/trafilatura.json")!);
        Assert.Null(error);
        var s = report!.Score;
        Assert.Equal((0.958, 0.938, 0.978, 0.293), (Math.Round(s.F1, 3), Math.Round(s.Precision, 3), Math.Round(s.Recall, 3), Math.Round(s.Accuracy, 3)));
    }
}
