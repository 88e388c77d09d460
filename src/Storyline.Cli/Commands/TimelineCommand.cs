using System.CommandLine;

namespace Storyline.Cli.Commands;

internal static class TimelineCommand
{
    public static Command Create(CliContext context) => new("timeline") { Hidden = true };
}
