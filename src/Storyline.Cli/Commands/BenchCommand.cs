using System.CommandLine;

namespace Storyline.Cli.Commands;

internal static class BenchCommand
{
    public static Command Create(CliContext context) => new("bench");
}
