using System.CommandLine;
using Storyline.Cli.Commands;

namespace Storyline.Cli;

/// <summary>The <c>storyline</c> command line; runs in-process so tests drive it exactly as users do.</summary>
public static class StorylineCli
{
    /// <summary>Exit code: success.</summary>
    public const int ExitOk = 0;
    /// <summary>Exit code: the command ran, but some inputs were skipped (named on standard error).</summary>
    public const int ExitSkipped = 2;
    /// <summary>Exit code: the command could not run (bad arguments, unreadable store, missing file).</summary>
    public const int ExitError = 1;

    /// <summary>Exit code: an internal error (a bug), reported in one line.</summary>
    public const int ExitInternal = 70;

    /// <summary>Parses <paramref name="args"/> and runs the command, writing to the given streams.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var context = new CliContext(output, error);
        var root = new RootCommand("Storyline: news articles into events, timelines and storylines.");
        foreach (var command in Commands(context)) root.Add(command);
        var config = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return root.Parse(args).Invoke(config);
        }
        catch (Exception e) when (e is UserErrorException or Storyline.Sqlite.StoreException)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitError;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug of ours, not the user's: one line that says so, and the details only on request.
            error.WriteLine($"error: internal error ({e.GetType().Name}: {e.Message}); set STORYLINE_DEBUG=1 for details, and please report it");
            if (Environment.GetEnvironmentVariable("STORYLINE_DEBUG") == "1") error.WriteLine(e);
            return ExitInternal;
        }
    }

    private static IEnumerable<Command> Commands(CliContext context) =>
    [
        IngestCommand.Create(context),
        EventsCommand.Create(context),
        SearchCommand.Create(context),
        ExportCommand.Create(context),
        EntitiesCommand.Create(context),
        EntitiesCommand.CreateQuotes(context),
        ConflictsCommand.Create(context),
        ConflictsCommand.CreateClaims(context),
        StorylinesCommand.Create(context),
        StorylinesCommand.CreateStory(context),
        TimelineCommand.Create(context),
        DatesCommand.Create(context),
        ExtractCommand.Create(context),
        EvalCommand.Create(context),
        BenchCommand.Create(context),
        ServeCommand.Create(context), ReportCommand.Create(context),
    ];
}

/// <summary>Where a command writes; passed in so that nothing below the CLI touches the console.</summary>
/// <param name="Output">Standard output.</param>
/// <param name="Error">Standard error: progress, warnings, skipped inputs.</param>
public sealed record CliContext(TextWriter Output, TextWriter Error);

/// <summary>A mistake of the user's (missing file, bad option value): reported as one line, no stack trace.</summary>
public sealed class UserErrorException(string message) : Exception(message);
