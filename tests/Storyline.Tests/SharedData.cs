namespace Storyline.Tests;

/// <summary>Finds the read-only evaluation data in <c>../shared/data</c>, wherever the tests run from.</summary>
internal static class SharedData
{
    /// <summary>The shared data folder, or null when this checkout has none beside it.</summary>
    public static string? Root { get; } = Find();

    /// <summary>Full path of a file under the shared data folder, or null when absent.</summary>
    public static string? PathOf(string relative)
    {
        if (Root is null) return null;
        var path = Path.Combine(Root, relative);
        return File.Exists(path) || Directory.Exists(path) ? path : null;
    }

    private static string? Find()
    {
        var env = Environment.GetEnvironmentVariable("STORYLINE_SHARED_DATA");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}

/// <summary>A fact that runs only when a file of the shared evaluation data is present, and says why it skipped otherwise.</summary>
internal sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string relativePath)
    {
        if (SharedData.PathOf(relativePath) is null)
            Skip = $"shared data '{relativePath}' is absent (looked for ../shared/data/ above the test folder, or STORYLINE_SHARED_DATA)";
    }
}

/// <summary>The repository root (the folder with Storyline.slnx), for tests that read bundled samples and specs.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Storyline.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Storyline.slnx not found above " + AppContext.BaseDirectory);
    }
}
