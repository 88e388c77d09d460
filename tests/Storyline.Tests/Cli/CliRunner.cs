using Storyline.Cli;

namespace Storyline.Tests.Cli;

/// <summary>Runs the <c>storyline</c> command in-process and captures what it prints.</summary>
internal static class CliRunner
{
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = StorylineCli.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
