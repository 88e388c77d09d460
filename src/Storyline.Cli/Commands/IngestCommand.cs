using System.CommandLine;

namespace Storyline.Cli.Commands;

internal static class IngestCommand
{
    public static Command Create(CliContext context) => new("ingest");
}
