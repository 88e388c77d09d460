namespace Storyline.Web;

internal static partial class StaticAssets
{
    public const string StyleSheet = """
        :root { --ink: #1d2430; --muted: #5b6575; --line: #dde2ea; --bg: #fbfbfd; --accent: #2f5fb3; --band: #8fb1e8;
                --date: #fff1b8; --quote: #d7f0dc; --evidence: #ffd9d2; --person: #e3dcff; --org: #d6ecff; --place: #e2f4d8; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
        a { color: var(--accent); text-decoration: none; }
        a:hover, a:focus { text-decoration: underline; }
        header.top { display: flex; align-items: center; gap: 1.5rem; padding: .6rem 1.5rem; background: #fff; border-bottom: 1px solid var(--line); flex-wrap: wrap; }
        header.top .brand { font-weight: 700; font-size: 1.15rem; color: var(--ink); }
        header.top nav { display: flex; gap: 1rem; }
        header.top nav a[aria-current] { font-weight: 600; color: var(--ink); border-bottom: 2px solid var(--accent); }
        .quick-search { margin-left: auto; }
        input[type=search] { font: inherit; padding: .3rem .6rem; border: 1px solid var(--line); border-radius: 6px; min-width: 16rem; }
        button { font: inherit; padding: .3rem .9rem; border: 1px solid var(--accent); background: var(--accent); color: #fff; border-radius: 6px; cursor: pointer; }
        main { max-width: 1280px; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
        footer { text-align: center; color: var(--muted); font-size: .85rem; padding: 1rem; border-top: 1px solid var(--line); }
        h1 { font-size: 1.7rem; line-height: 1.25; margin: .8rem 0 .4rem; }
        h2 { font-size: 1.2rem; margin: 2rem 0 .6rem; }
        h3 { font-size: 1.05rem; margin: 0 0 .3rem; }
        .lede, .meta, .legend, figcaption { color: var(--muted); }
        .meta { font-size: .9rem; margin: .2rem 0; }
        .dek { font-size: 1.05rem; color: #3a4353; font-style: italic; }
        .notice { background: #fff8e0; border: 1px solid #f0dc9b; padding: .6rem .9rem; border-radius: 6px; }
        .stats { display: flex; gap: 2rem; list-style: none; padding: 0; font-size: 1.1rem; }
        .chip { display: inline-block; padding: 0 .5rem; margin: 0 .25rem .25rem 0; border: 1px solid var(--line); border-radius: 999px; font-size: .82rem; background: #fff; }
        .label { display: inline-block; padding: 0 .45rem; border-radius: 4px; font-size: .78rem; font-weight: 600; color: #fff; background: #7a8496; }
        .rel-duplicate { background: #b3261e; } .rel-near-duplicate { background: #c26a00; }
        .rel-same-event { background: #2f7d4f; } .rel-follow-up { background: #5b4bb3; } .conflict-kind { background: #b3261e; }
        .similarity { color: var(--muted); font-size: .8rem; }
        table { border-collapse: collapse; width: 100%; background: #fff; }
        th, td { text-align: left; padding: .4rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { font-size: .85rem; color: var(--muted); font-weight: 600; }
        .num { text-align: right; } .when { white-space: nowrap; color: var(--muted); }
        ul.plain { list-style: none; padding: 0; } ul.plain li { margin: .35rem 0; }
        .cards { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(320px, 1fr)); gap: 1rem; }
        .card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: .9rem 1rem; }
        .pager { display: flex; gap: 1rem; justify-content: center; margin: 1rem 0; color: var(--muted); }
        .side-by-side { display: grid; grid-auto-flow: column; grid-auto-columns: minmax(300px, 1fr); gap: 1rem; overflow-x: auto; align-items: start; }
        .column { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: .8rem 1rem; }
        .column h2 { font-size: 1.05rem; margin: 0 0 .3rem; }
        .column .body { font-size: .93rem; }
        .relations { list-style: none; padding: 0; margin: .3rem 0 .6rem; font-size: .88rem; }
        .article-body { max-width: 46rem; font-size: 1.02rem; }
        mark { border-radius: 3px; padding: 0 .1rem; color: inherit; }
        .m-date { background: var(--date); } .m-quote { background: var(--quote); } .m-evidence { background: var(--evidence); }
        .m-person { background: var(--person); } .m-organization { background: var(--org); } .m-place { background: var(--place); }
        .m-other { background: #eee; } .m-hit { background: var(--date); font-weight: 600; }
        blockquote { margin: .3rem 0; padding: .3rem .8rem; border-left: 3px solid var(--line); background: #fff; }
        blockquote.m-quote { border-left-color: #2f7d4f; }
        .conflicts, .quotes { list-style: none; padding: 0; }
        .conflict { background: #fff; border: 1px solid var(--line); border-left: 4px solid #b3261e; border-radius: 6px; padding: .5rem .9rem; margin: .6rem 0; }
        .conflict ul { list-style: none; padding: 0; } cite { font-size: .85rem; font-style: normal; }
        .timeline-figure { margin: 1rem 0; background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: .6rem; position: relative; }
        svg.timeline { width: 100%; height: auto; display: block; font-family: inherit; }
        svg .axis { stroke: #98a2b3; stroke-width: 1.5; } svg .tick { stroke: #eef1f5; }
        svg .tick-label { font-size: 12px; fill: var(--muted); }
        svg .band rect { fill: var(--band); stroke: #4f7fcf; } svg .band:hover rect, svg .band:focus rect { fill: #5f8fdd; }
        svg .band-label { font-size: 12px; fill: var(--ink); }
        svg .fact-mark circle { fill: #d9822b; stroke: #fff; stroke-width: 2; cursor: pointer; }
        svg .fact-mark circle.imprecise { fill: #e8b27a; } svg .fact-mark .extent { fill: #f3d3b0; opacity: .8; }
        svg .fact-mark:hover circle, svg .fact-mark:focus circle, svg .fact-mark.selected circle { fill: #b3261e; }
        .timeline-list { padding-left: 1.4rem; } .timeline-list li { margin: .45rem 0; padding: .2rem .4rem; border-radius: 6px; }
        .timeline-list time { font-weight: 600; font-variant-numeric: tabular-nums; margin-right: .4rem; }
        .timeline-list .sources { margin-left: .5rem; }
        .timeline-list li:target, .timeline-list li.selected { background: #fff1b8; }
        .fact-tip { position: absolute; z-index: 5; max-width: 26rem; background: #1d2430; color: #fff; padding: .5rem .7rem; border-radius: 6px; font-size: .85rem; pointer-events: none; }
        .fact-tip a, .fact-tip .chip { color: #fff; background: transparent; border-color: #6b7587; }
        .hits li { margin: .8rem 0; } .snippet { margin: .2rem 0; }
        .search input[type=search] { min-width: 24rem; }
        code { font-size: .85rem; }
        """;
}
