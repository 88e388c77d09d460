using System.CommandLine;
using Storyline.Facts;
using Storyline.Stories;

namespace Storyline.Cli.Commands;

/// <summary><c>storyline timeline</c>: dated facts in date order with their sources.</summary>
internal static class TimelineCommand
{
    public static Command Create(CliContext context)
    {
        var db = StoreOption.Create();
        var json = new Option<bool>("--json") { Description = "Print JSON: a list of {date, text, articles, expression}." };
        var entity = new Option<string?>("--entity") { Description = "Only facts from articles that name this entity." };
        var eventId = new Option<string?>("--event") { Description = "Only facts from this event's articles." };
        var storyline = new Option<string?>("--storyline") { Description = "Only facts from this storyline's articles." };
        var summary = new Option<bool>("--summary") { Description = "Summarize: the most important dates and the most central sentences." };
        var dates = new Option<int>("--dates") { Description = "With --summary: how many dates.", DefaultValueFactory = _ => 10 };
        var sentences = new Option<int>("--sentences") { Description = "With --summary: sentences per date.", DefaultValueFactory = _ => 1 };
        var command = new Command("timeline", "Dated facts ordered by date, each with its sources.") { db, json, entity, eventId, storyline, summary, dates, sentences };
        command.SetAction(parse =>
        {
            using var store = StoreOption.Open(parse.GetValue(db)!, mustExist: true);
            HashSet<string>? scope = null;
            void Narrow(IEnumerable<string> ids) => scope = scope is null ? ids.ToHashSet(StringComparer.Ordinal) : scope.Intersect(ids).ToHashSet(StringComparer.Ordinal);
            if (parse.GetValue(entity) is { } name)
            {
                var matches = store.Entities().Where(e => e.Name.Equals(name, StringComparison.OrdinalIgnoreCase) || e.Aliases.Contains(name, StringComparer.OrdinalIgnoreCase)).ToArray();
                if (matches.Length == 0) throw new UserErrorException($"no entity '{name}' (see 'storyline entities')");
                Narrow(matches.SelectMany(e => e.Articles));
            }
            if (parse.GetValue(eventId) is { } ev)
                Narrow((store.Events().FirstOrDefault(e => e.Id == ev) ?? throw new UserErrorException($"no event '{ev}' (see 'storyline events')")).ArticleIds);
            if (parse.GetValue(storyline) is { } st)
            {
                var story = StorylinesCommand.Find(store.Storylines(), st);
                var members = story.Events.ToHashSet(StringComparer.Ordinal);
                Narrow(store.Events().Where(e => members.Contains(e.Id)).SelectMany(e => e.ArticleIds));
            }

            if (parse.GetValue(summary))
                return Summarize(context, store, scope, parse.GetValue(dates), parse.GetValue(sentences), parse.GetValue(json));

            var groups = FactGrouper.Default.Group(store.Facts().Where(f => scope is null || scope.Contains(f.ArticleId)));
            if (parse.GetValue(json))
            {
                Json.Write(context.Output, groups.Select(Export.TimelineEntry));
                return StorylineCli.ExitOk;
            }
            foreach (var g in groups)
                context.Output.WriteLine($"{g.Date,-10}  {g.Text}\n            sources: {string.Join(", ", g.ArticleIds)}");
            if (groups.Count == 0) context.Output.WriteLine("no dated facts");
            return StorylineCli.ExitOk;
        });
        return command;
    }

    private static int Summarize(CliContext context, Storage.IArticleStore store, HashSet<string>? scope, int dates, int sentences, bool json)
    {
        if (dates < 1 || sentences < 1) throw new UserErrorException("--dates and --sentences must be at least 1");
        var articles = store.Articles().Where(a => scope is null || scope.Contains(a.Id))
            .Where(a => a.Published is { } p).Select(a => new TimelineArticle(a.Id, a.Published!.Value.Start, a.FullText)).ToArray();
        var result = new TimelineSummarizer().Summarize(articles, new TimelineRequest(dates, sentences));
        if (result.Problem is { } problem) throw new UserErrorException(problem);
        if (json)
        {
            Json.Write(context.Output, result.Entries.Select(e => new
            {
                date = e.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                text = string.Join(" ", e.Sentences.Select(s => s.Text)),
                articles = e.Sentences.Select(s => s.ArticleId).Distinct().ToArray(),
            }));
            return StorylineCli.ExitOk;
        }
        foreach (var e in result.Entries)
            foreach (var s in e.Sentences)
                context.Output.WriteLine($"{e.Date:yyyy-MM-dd}  {s.Text}  ({s.ArticleId})");
        return StorylineCli.ExitOk;
    }
}
