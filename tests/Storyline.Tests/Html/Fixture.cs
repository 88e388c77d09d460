namespace Storyline.Tests.Html;

/// <summary>The hand-written pages, feeds and archives under Html/Fixtures.</summary>
internal static class Fixture
{
    public static string PathOf(string name) => Path.Combine(Repo.Root, "tests", "Storyline.Tests", "Html", "Fixtures", name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    public static string Text(string name) => File.ReadAllText(PathOf(name));
}
