using System.CommandLine;

namespace Storyline.Cli.Commands;

internal static class SearchCommand
{
    public static Command Create(CliContext context) => new("search");
}
