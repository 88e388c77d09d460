namespace Storyline.Web;

/// <summary>The style sheet and script of the pages. Kept in code so the app needs no files beside it and no build step.</summary>
internal static partial class StaticAssets
{
    public const string StyleSheetName = "storyline.css";
    public const string ScriptName = "storyline.js";

    /// <summary>The asset named <paramref name="name"/> with its content type, or null: only these names exist, nothing is read from disk.</summary>
    public static (string Content, string ContentType)? Find(string name) => name switch
    {
        StyleSheetName => (StyleSheet, "text/css; charset=utf-8"),
        ScriptName => (Script, "text/javascript; charset=utf-8"),
        _ => null,
    };
}
