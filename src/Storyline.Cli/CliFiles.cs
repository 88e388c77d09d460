namespace Storyline.Cli;

/// <summary>Checks of user-given paths, failing with a one-line message.</summary>
internal static class CliFiles
{
    public static string RequireFile(FileInfo file)
        => file.Exists ? file.FullName : throw new UserErrorException($"{file.FullName}: no such file");
}
