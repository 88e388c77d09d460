using System.CommandLine;

namespace Storyline.Cli.Commands;

internal static class EventsCommand
{
    public static Command Create(CliContext context) => new("events");
}
