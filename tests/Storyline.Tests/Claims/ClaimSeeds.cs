using Storyline.Articles;
using Storyline.Claims;
using Storyline.Entities;
using Storyline.Reading;
using Storyline.Time;

namespace Storyline.Tests.Claims;

/// <summary>The four seed articles read as the pipeline reads them, with the dates it infers for 001 and 002, analysed once.</summary>
internal static class ClaimSeeds
{
    private static readonly Lazy<IReadOnlyList<(Article Article, StoryArticle Story, IReadOnlyList<Claim> Claims, IReadOnlyList<Correction> Corrections)>> Analysed = new(Analyse);

    public static IReadOnlyList<(Article Article, StoryArticle Story, IReadOnlyList<Claim> Claims, IReadOnlyList<Correction> Corrections)> All => Analysed.Value;

    /// <summary>The published date the pipeline infers for seeds without a header date (same-event siblings and text clues).</summary>
    public static PartialDate PublishedOf(Article a) => a.Published ?? (a.Id.StartsWith("001", StringComparison.Ordinal)
        ? new PartialDate(2023, 12, 3) : new PartialDate(2021, 9, 30));

    private static IReadOnlyList<(Article, StoryArticle, IReadOnlyList<Claim>, IReadOnlyList<Correction>)> Analyse()
    {
        var recognizer = new EntityRecognizer();
        var extractor = new ClaimExtractor();
        var dir = Path.Combine(Repo.Root, "samples", "seeds");
        var list = new List<(Article, StoryArticle, IReadOnlyList<Claim>, IReadOnlyList<Correction>)>();
        foreach (var path in Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal))
        {
            var read = SeedTextFormat.Parse(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path), "", path);
            var article = read.Article ?? throw new InvalidOperationException(read.Failure?.ToString());
            var text = article.FullText;
            var entities = recognizer.Recognize(article.Id, text);
            var published = PublishedOf(article);
            list.Add((article, new StoryArticle(article.Id, published, text, entities),
                extractor.Extract(article.Id, text, entities, published),
                CorrectionDetector.Default.Detect(article.Id, text, entities)));
        }
        return list;
    }
}
