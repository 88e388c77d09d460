using System.CommandLine;
using Storyline.Pipeline;

namespace Storyline.Cli;

/// <summary>The <c>--analyses</c> option of <c>ingest</c> and <c>bench ingest</c>.</summary>
internal static class AnalysesOption
{
    public static Option<string> Create() => new("--analyses")
    {
        Description = $"Analyses to run, comma-separated: {AnalysesNames.Help}. Events and copies always run; storylines bring dates and entities.",
        DefaultValueFactory = _ => "all",
    };

    /// <summary>An analyzer running the analyses named in <paramref name="value"/>.</summary>
    public static CorpusAnalyzer Analyzer(string? value)
    {
        var analyses = AnalysesNames.TryParse(value ?? "all", out var error) ?? throw new UserErrorException($"--analyses: {error}");
        return new CorpusAnalyzer(new StorylineOptions { Analyses = analyses });
    }
}
