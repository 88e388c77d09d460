using System.CommandLine;

namespace Storyline.Cli.Commands;

internal static class ExportCommand
{
    public static Command Create(CliContext context) => new("export");
}
