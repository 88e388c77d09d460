using System.Globalization;
using Storyline.Storage;
using Storyline.Time;
using Storyline.Web.Data;

namespace Storyline.Web.Pages;

/// <summary>Sizes of the timeline picture, in SVG units.</summary>
internal sealed record TimelineLayout
{
    public double Width { get; init; } = 960;
    public double Margin { get; init; } = 24;
    public double AxisY { get; init; } = 28;
    public double BandTop { get; init; } = 48;
    public double BandHeight { get; init; } = 22;
    public double BandGap { get; init; } = 8;
    public double MinBandWidth { get; init; } = 8;
    public double FactLaneHeight { get; init; } = 22;
    public double MarkRadius { get; init; } = 6;
    public double MarkSpacing { get; init; } = 16;
    public int MaxTicks { get; init; } = 10;
    public int LabelLength { get; init; } = 48;
    public double PaddingFraction { get; init; } = 0.04;
}

/// <summary>
/// Draws a storyline as an SVG: a date axis, its events as bands over their time span, and its dated facts
/// as marks (a dot at the date; a faint bar over the month or year when the date is less precise). Each mark
/// links to the fact in the list below the picture and carries its text and sources as a tooltip.
/// </summary>
internal static class TimelineSvg
{
    private static readonly TimelineLayout Layout = new();

    public static void Write(Html html, StorylineView storyline, IReadOnlyList<StoredEvent> events, Links links, Func<string, string> factAnchor)
    {
        var facts = storyline.Timeline
            .Select((t, i) => (Index: i, Entry: t, Date: PartialDate.TryParse(t.Date, out var d) ? d : (PartialDate?)null))
            .Where(f => f.Date is not null).Select(f => (f.Index, f.Entry, Date: f.Date!.Value)).ToArray();
        var spans = events
            .Select(e => (Event: e, Start: Parse(e.Start), End: Parse(e.End ?? e.Start)))
            .Where(e => e.Start is not null).Select(e => (e.Event, Start: e.Start!.Value, End: e.End ?? e.Start!.Value)).ToArray();
        if (facts.Length == 0 && spans.Length == 0)
        {
            html.Raw("<p class=\"notice\">No dated facts or events to draw.</p>");
            return;
        }
        var first = facts.Select(f => f.Date.Start).Concat(spans.Select(s => s.Start.Start)).Min().DayNumber;
        var last = facts.Select(f => f.Date.End).Concat(spans.Select(s => s.End.End)).Max().DayNumber;
        var pad = Math.Max(15, (last - first) * Layout.PaddingFraction);
        // Facts can lie near the ends of the calendar ("in the year 1"); the padding must not leave it.
        var from = Math.Max(DateOnly.MinValue.DayNumber, first - pad);
        var to = Math.Min(DateOnly.MaxValue.DayNumber, last + pad);
        var plot = Layout.Width - 2 * Layout.Margin;
        double X(double day) => Layout.Margin + (day - from) / (to - from) * plot;

        var lanes = AssignLanes(facts.Select(f => X(Mid(f.Date))).ToArray());
        var laneCount = lanes.Length == 0 ? 1 : lanes.Max() + 1;
        var factsTop = Layout.BandTop + spans.Length * (Layout.BandHeight + Layout.BandGap) + 12;
        var height = factsTop + laneCount * Layout.FactLaneHeight + 16;

        html.Raw("<figure class=\"timeline-figure\"><svg class=\"timeline\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
            .Coordinate(Layout.Width).Raw(" ").Coordinate(height).Raw("\" aria-labelledby=\"timeline-title\"><title id=\"timeline-title\">")
            .Text($"Timeline of {storyline.Title}").Raw("</title>");
        Axis(html, from, to, X, height);

        foreach (var (e, start, end, row) in spans.Select((s, i) => (s.Event, s.Start, s.End, i)))
        {
            var y = Layout.BandTop + row * (Layout.BandHeight + Layout.BandGap);
            var x0 = X(start.Start.DayNumber);
            var x1 = Math.Max(x0 + Layout.MinBandWidth, X(end.End.DayNumber + 1));
            var label = Shorten(e.Title ?? e.Id);
            var rightRoom = Layout.Width - Layout.Margin - x1;
            html.Raw("<a class=\"band\"").Attr("href", links.Event(e.Id)).Raw("><title>")
                .Text($"Event: {e.Title} ({Span(e.Start, e.End)}, {e.ArticleIds.Count} articles)").Raw("</title>")
                .Raw("<rect rx=\"4\" x=\"").Coordinate(x0).Raw("\" y=\"").Coordinate(y).Raw("\" width=\"").Coordinate(x1 - x0)
                .Raw("\" height=\"").Coordinate(Layout.BandHeight).Raw("\"/>");
            // Labels go on the side with more room, so they stay inside the picture.
            var leftSide = rightRoom < (Layout.Width / 3) && x0 > rightRoom;
            html.Raw("<text class=\"band-label\" y=\"").Coordinate(y + Layout.BandHeight * 0.7).Raw("\" x=\"")
                .Coordinate(leftSide ? x0 - 6 : x1 + 6).Raw(leftSide ? "\" text-anchor=\"end\">" : "\">").Text(label).Raw("</text></a>");
        }

        for (var i = 0; i < facts.Length; i++)
        {
            var (index, entry, date) = facts[i];
            var cy = factsTop + lanes[i] * Layout.FactLaneHeight + Layout.FactLaneHeight / 2;
            var anchor = factAnchor(index.ToString(CultureInfo.InvariantCulture));
            html.Raw("<a class=\"fact-mark\"").Attr("href", "#" + anchor).Attr("data-fact", anchor).Raw("><title>")
                .Text($"{entry.Date}: {entry.Text} — sources: {string.Join(", ", entry.Articles)}").Raw("</title>");
            if (date.Precision != DatePrecision.Day)
            {
                var x0 = X(date.Start.DayNumber);
                var x1 = X(date.End.DayNumber + 1);
                html.Raw("<rect class=\"extent\" x=\"").Coordinate(x0).Raw("\" y=\"").Coordinate(cy - 3).Raw("\" width=\"")
                    .Coordinate(Math.Max(2, x1 - x0)).Raw("\" height=\"6\" rx=\"3\"/>");
            }
            html.Raw("<circle cx=\"").Coordinate(X(Mid(date))).Raw("\" cy=\"").Coordinate(cy).Raw("\" r=\"").Coordinate(Layout.MarkRadius)
                .Raw(date.Precision == DatePrecision.Day ? "\"/>" : "\" class=\"imprecise\"/>").Raw("</a>");
        }
        html.Raw("</svg><figcaption>Bands are events over the dates of their articles; dots are dated facts (a faint bar when only the month or year is known). Hover or select a dot for its sources.</figcaption></figure>");
    }

    private static void Axis(Html html, double from, double to, Func<double, double> x, double height)
    {
        html.Raw("<line class=\"axis\" x1=\"").Coordinate(Layout.Margin).Raw("\" x2=\"").Coordinate(Layout.Width - Layout.Margin)
            .Raw("\" y1=\"").Coordinate(Layout.AxisY).Raw("\" y2=\"").Coordinate(Layout.AxisY).Raw("\"/>");
        foreach (var (day, label) in Ticks(DateOnly.FromDayNumber((int)Math.Ceiling(from)), DateOnly.FromDayNumber((int)Math.Floor(to))))
        {
            var tx = x(day);
            html.Raw("<line class=\"tick\" x1=\"").Coordinate(tx).Raw("\" x2=\"").Coordinate(tx).Raw("\" y1=\"").Coordinate(Layout.AxisY - 4)
                .Raw("\" y2=\"").Coordinate(height - 8).Raw("\"/><text class=\"tick-label\" text-anchor=\"middle\" x=\"").Coordinate(tx)
                .Raw("\" y=\"").Coordinate(Layout.AxisY - 10).Raw("\">").Text(label).Raw("</text>");
        }
    }

    /// <summary>Tick dates: years, months or days, whichever gives at most <see cref="TimelineLayout.MaxTicks"/> ticks.</summary>
    internal static IEnumerable<(int Day, string Label)> Ticks(DateOnly from, DateOnly to)
    {
        var days = to.DayNumber - from.DayNumber;
        var months = (to.Year - from.Year) * 12 + to.Month - from.Month;
        if (months >= 24)
        {
            var step = (int)Math.Ceiling((to.Year - from.Year + 1) / (double)Layout.MaxTicks);
            for (var y = from.Year + 1; y <= to.Year; y += step)
                yield return (new DateOnly(y, 1, 1).DayNumber, y.ToString(CultureInfo.InvariantCulture));
        }
        else if (months >= 2)
        {
            var step = Math.Max(1, (int)Math.Ceiling(months / (double)Layout.MaxTicks));
            for (var d = new DateOnly(from.Year, from.Month, 1).AddMonths(1); d <= to; d = d.AddMonths(step))
                yield return (d.DayNumber, d.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        }
        else
        {
            var step = Math.Max(1, (int)Math.Ceiling(days / (double)Layout.MaxTicks));
            for (var d = from; d <= to; d = d.AddDays(step))
                yield return (d.DayNumber, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Puts each mark in the first lane where it does not crowd the previous mark.</summary>
    private static int[] AssignLanes(double[] xs)
    {
        var lanes = new int[xs.Length];
        var lastX = new List<double>();
        foreach (var i in Enumerable.Range(0, xs.Length).OrderBy(i => xs[i]))
        {
            var lane = lastX.FindIndex(x => xs[i] - x >= Layout.MarkSpacing);
            if (lane < 0) { lane = lastX.Count; lastX.Add(xs[i]); }
            else lastX[lane] = xs[i];
            lanes[i] = lane;
        }
        return lanes;
    }

    private static double Mid(PartialDate d) => (d.Start.DayNumber + d.End.DayNumber + 1) / 2.0;

    private static PartialDate? Parse(string? s) => PartialDate.TryParse(s ?? "", out var d) ? d : null;

    private static string Span(string? start, string? end) => start is null ? "undated" : end is null || end == start ? start : $"{start} – {end}";

    private static string Shorten(string text)
    {
        var t = text.ReplaceLineEndings(" ").Trim();
        return t.Length <= Layout.LabelLength ? t : t[..(Layout.LabelLength - 1)].TrimEnd() + "…";
    }
}
