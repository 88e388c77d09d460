namespace Storyline.Tests.Web;

/// <summary>Articles written to break out of HTML: script tags, event handlers, javascript: links, quotes that end attributes.</summary>
internal static class HostileArticles
{
    public const string Marker = "__storyline_xss";

    public static readonly (string Id, string Text)[] All =
    [
        ("evil-script", $"<script>window.{Marker}=1</script> Mayor <b>resigns</b>\n\n" +
            $"The mayor of Springfield resigned on Monday. <script>window.{Marker}=2;alert(1)</script> Officials said the council will meet.\n\n" +
            $"A statement read \"</p><img src=x onerror=\"window.{Marker}=3\">\" and nothing more."),
        ("evil-attr", $"Mayor \" onmouseover=\"window.{Marker}=4\" x=\" resigns in Springfield\n\n" +
            $"The mayor of Springfield resigned on Monday, officials said. ' onfocus='window.{Marker}=5' autofocus=' " +
            $"<a href=\"javascript:window.{Marker}=6\">read more</a> <svg onload=\"window.{Marker}=7\"></svg>\n\n" +
            $"<iframe src=\"javascript:parent.{Marker}=8\"></iframe> The council will meet on Tuesday."),
        ("evil/../../etc/passwd", $"<img src=x onerror=window.{Marker}=9> Springfield council meets\n\nThe council of Springfield met on Tuesday after the mayor resigned on Monday. ]]></x> --> <!--"),
    ];

    /// <summary>A JSON Lines article whose url is a javascript: link.</summary>
    public static string JavascriptUrlLine => "{\"id\":\"evil-url\",\"title\":\"Springfield mayor quits <script>x</script>\",\"url\":\"javascript:window." + Marker + "=10\",\"source\":\"<b onclick=x>Daily</b>\",\"text\":\"The Springfield mayor resigned on Monday.\"}\n";
}
