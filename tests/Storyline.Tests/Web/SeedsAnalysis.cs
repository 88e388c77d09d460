using Storyline.Storage;
using Storyline.Web.Data;

namespace Storyline.Tests.Web;

/// <summary>
/// What DESIGN.md says the seeds must yield for storylines, quotes and conflicts, written out by hand so the
/// pages that show them can be tested before those stages land in the store. Events come from the store itself.
/// </summary>
internal sealed class SeedsAnalysis : IAnalysisSource
{
    public const string StorylineId = "sl-teigen-jack";
    public const string A000 = "000_f8fa96c15ec7eaf5", A001 = "001_91b92c1cbefbe1a0", A002 = "002_60567d66df40948c", A003 = "003_dee5a88d4e77ef59";

    public IReadOnlyList<StorylineView>? Storylines(IArticleStore store)
    {
        var events = store.Events().OrderBy(e => e.Start, StringComparer.Ordinal).Select(e => e.Id).ToArray();
        return
        [
            new StorylineView(StorylineId, "Chrissy Teigen and the loss of her son Jack", ["Chrissy Teigen", "John Legend", "Jack"], events,
            [
                new("2020-09-27", "Teigen is admitted to hospital", [A003]),
                new("2020-09-30", "Teigen and Legend lose their son Jack", [A003, A001, A002]),
                new("2021-09-28", "Instagram tribute on National Son's Day", [A003, A002]),
                new("2021-09-30", "Blessings ceremony for Jack shared", [A002]),
                new("2022", "Remarks at a summit", [A000]),
                new("2023-12-02", "Birthday post about ketamine therapy", [A000]),
            ]),
        ];
    }

    public IReadOnlyList<EntityView>? Entities(IArticleStore store) =>
    [
        new("e-chrissy-teigen", "Chrissy Teigen", "person", ["Teigen", "Chrissy"], [A000, A001, A002, A003]),
        new("e-john-legend", "John Legend", "person", ["Legend"], [A002, A003]),
    ];

    public IReadOnlyList<QuoteView>? Quotes(IArticleStore store) =>
    [
        new("q-son-we-almost-had", "To the son we almost had", "Chrissy Teigen", [A002, A003], A003),
    ];

    public IReadOnlyList<ConflictView>? Conflicts(IArticleStore store) =>
    [
        new("correction", "the loss of Jack: miscarriage or abortion", [A003, A000],
        [
            new(A003, "opened up about her heartbreaking miscarriage"),
            new(A000, "an abortion, not a miscarriage"),
        ]),
    ];

    public IReadOnlyList<SpanView>? EntityMentions(IArticleStore store, string articleId)
    {
        var body = store.Article(articleId)?.Body ?? "";
        var at = body.IndexOf("Chrissy Teigen", StringComparison.Ordinal);
        return at < 0 ? [] : [new SpanView(at, "Chrissy Teigen".Length, "person", "Chrissy Teigen")];
    }
}
