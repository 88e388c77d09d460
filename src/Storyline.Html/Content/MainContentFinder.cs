namespace Storyline.Html.Content;

/// <summary>
/// Finds the element that holds the article: paragraphs score their ancestors (by length, commas, and
/// class/id hints), scores are discounted by link density, and the best container is widened to
/// related siblings — the readability approach, with site furniture pruned first.
/// </summary>
/// <summary>How much site furniture is pruned before scoring; a page whose text comes out too short is retried with less.</summary>
internal enum PruneLevel
{
    /// <summary>Nothing is pruned.</summary>
    None,
    /// <summary>Furniture tags (nav, aside, footer, header, figure) are pruned.</summary>
    Tags,
    /// <summary>Furniture tags and elements whose class/id names a widget are pruned.</summary>
    TagsAndHints,
}

internal sealed class MainContentFinder(HtmlExtractionOptions options)
{
    private const int AlternativeCount = 5;
    private const double AlternativeShare = 0.75;
    private const int AlternativesNeeded = 3;
    private const double ParentThresholdShare = 1.0 / 3;
    private const double SiblingMinScore = 10;
    private const int LongParagraph = 80;
    private const double SiblingParagraphLinkDensity = 0.25;

    /// <summary>Marks furniture as removed, scores the tree and returns the nodes whose text is the article.</summary>
    public List<ContentNode> Find(ContentNode root, PruneLevel level = PruneLevel.TagsAndHints)
    {
        if (level != PruneLevel.None) PruneFurniture(root, level == PruneLevel.TagsAndHints);
        ContentTreeBuilder.ComputeStatistics(root);
        var candidates = Score(root);
        if (candidates.Count == 0) return [root];
        candidates.Sort((a, b) => b.Score.CompareTo(a.Score));
        var best = candidates[0];
        var top = WidenToSharedAncestor(best, candidates);
        top = ClimbWhileParentScoresHigher(top, root);
        while (top.Parent is { } parent && parent != root && CountElements(parent) == 1) top = parent;
        var result = CollectSiblings(top, candidates[0].Score);
        // Parts are matched on the best-scoring container itself: after climbing, the top may be a generic layout
        // wrapper whose class is shared by unrelated page sections.
        AddSameNamedParts(result, best, candidates);
        return result;
    }

    /// <summary>
    /// Adds the other parts of an article split into several containers of the same class (text chunks between
    /// embedded ads), which are not siblings and so escape the sibling pass.
    /// </summary>
    private void AddSameNamedParts(List<ContentNode> result, ContentNode best, List<ContentNode> candidates)
    {
        var top = best;
        if (top.Hint.Length == 0 || !top.Flags.HasFlag(HintFlags.Positive)) return;
        var added = false;
        foreach (var other in candidates)
        {
            if (other == top || other.Tag != top.Tag || other.Hint != top.Hint || other.Score < top.Score * options.SiblingScoreShare) continue;
            if (result.Any(r => r == other || IsAncestor(r, other) || IsAncestor(other, r))) continue;
            result.Add(other);
            added = true;
        }
        if (added) result.Sort((a, b) => a.Order.CompareTo(b.Order));
    }

    private void PruneFurniture(ContentNode root, bool byHints)
    {
        var protectedLength = root.TextLength * options.ProtectedTextShare;
        var stack = new Stack<ContentNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            foreach (var child in node.Children)
            {
                if (child.IsText) continue;
                if (IsFurniture(child, byHints) && child.TextLength < protectedLength) child.Removed = true;
                else stack.Push(child);
            }
        }
    }

    private static bool IsFurniture(ContentNode node, bool byHints)
    {
        if (node.Tag is "body" or "main" or "html") return false;
        if (HtmlTags.Furniture.Contains(node.Tag)) return true;
        if (node.Tag is "figure" or "figcaption") return true;
        if (!byHints || node.Hint.Length == 0 || node.Tag == "a") return false;
        return (node.Flags & (HintFlags.Unlikely | HintFlags.MaybeCandidate)) == HintFlags.Unlikely;
    }

    private List<ContentNode> Score(ContentNode root)
    {
        var candidates = new List<ContentNode>();
        var stack = new Stack<ContentNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            foreach (var child in node.Children)
                if (!child.IsText && !child.Removed) stack.Push(child);
            if (node == root) continue;
            if (ContentTreeBuilder.IsParagraphLike(node))
            {
                if (node.TextLength >= options.MinParagraphLength) Credit(node.Parent, node.TextLength, node.Commas, candidates);
            }
            else if (node.InlineLength >= options.MinParagraphLength && HtmlTags.Inline.Contains(node.Tag) is false && node.Tag is not ("ul" or "ol" or "table" or "tr" or "tbody"))
            {
                // Text sitting directly in a container beside block children reads as paragraphs of that container.
                Credit(node, node.InlineLength, node.InlineCommas, candidates);
            }
        }
        foreach (var candidate in candidates) candidate.Score *= 1 - candidate.LinkDensity;
        return candidates;
    }

    private void Credit(ContentNode? first, int length, int commas, List<ContentNode> candidates)
    {
        {
            var score = 1 + commas + Math.Min((double)length / options.CharactersPerPoint, options.MaxLengthPoints);
            var level = 0;
            for (var ancestor = first; ancestor is not null && level < options.AncestorLevels; ancestor = ancestor.Parent, level++)
            {
                if (!ancestor.IsCandidate)
                {
                    ancestor.IsCandidate = true;
                    ancestor.Score = InitialScore(ancestor);
                    candidates.Add(ancestor);
                }
                var divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                ancestor.Score += score / divider;
            }
        }
    }

    private double InitialScore(ContentNode node)
    {
        double score = node.Tag switch
        {
            "div" or "article" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        if (node.Flags.HasFlag(HintFlags.Negative)) score -= options.HintWeight;
        if (node.Flags.HasFlag(HintFlags.Positive)) score += options.HintWeight;
        return score;
    }

    private static ContentNode WidenToSharedAncestor(ContentNode top, List<ContentNode> sorted)
    {
        var alternatives = sorted.Skip(1).Take(AlternativeCount).Where(c => c.Score >= top.Score * AlternativeShare).ToList();
        if (alternatives.Count < AlternativesNeeded) return top;
        for (var parent = top.Parent; parent is not null && parent.Tag != "body"; parent = parent.Parent)
        {
            var contained = alternatives.Count(a => IsAncestor(parent, a));
            if (contained >= AlternativesNeeded) return parent.IsCandidate ? parent : top;
        }
        return top;
    }

    private static ContentNode ClimbWhileParentScoresHigher(ContentNode top, ContentNode root)
    {
        var lastScore = top.Score;
        var threshold = lastScore * ParentThresholdShare;
        for (var parent = top.Parent; parent is not null && parent != root; parent = parent.Parent)
        {
            if (!parent.IsCandidate) continue;
            if (parent.Score < threshold) break;
            if (parent.Score > lastScore) return parent;
            lastScore = parent.Score;
        }
        return top;
    }

    private List<ContentNode> CollectSiblings(ContentNode top, double bestScore)
    {
        if (top.Parent is null) return [top];
        var threshold = Math.Max(SiblingMinScore, Math.Max(top.Score, bestScore) * options.SiblingScoreShare);
        var result = new List<ContentNode>();
        foreach (var sibling in top.Parent.Children)
        {
            if (sibling.Removed) continue;
            if (sibling == top) { result.Add(sibling); continue; }
            if (sibling.IsText) continue;
            var bonus = top.Hint.Length > 0 && sibling.Hint == top.Hint ? top.Score * options.SiblingScoreShare : 0;
            // A sibling named like furniture, or made mostly of links, is a teaser list beside the story.
            var looksLikeFurniture = (sibling.Flags & (HintFlags.Negative | HintFlags.Positive)) == HintFlags.Negative
                || sibling.LinkDensity > options.MaxSiblingLinkDensity;
            if (sibling.IsCandidate && !looksLikeFurniture && sibling.Score + bonus >= threshold) { result.Add(sibling); continue; }
            if (ContentTreeBuilder.IsParagraphLike(sibling) && !looksLikeFurniture)
            {
                if (sibling.TextLength > LongParagraph && sibling.LinkDensity < SiblingParagraphLinkDensity) result.Add(sibling);
                else if (sibling.TextLength is > 0 and <= LongParagraph && sibling.LinkLength == 0 && EndsWithPeriod(sibling)) result.Add(sibling);
            }
        }
        return result;
    }

    private static bool EndsWithPeriod(ContentNode node)
    {
        for (var n = node; n is not null;)
        {
            var last = n.Children.LastOrDefault(c => !c.IsText || !string.IsNullOrWhiteSpace(c.Text));
            if (last is null) return false;
            if (last.IsText) return last.Text!.TrimEnd().EndsWith('.');
            n = last;
        }
        return false;
    }

    private static bool IsAncestor(ContentNode ancestor, ContentNode node)
    {
        for (var n = node.Parent; n is not null; n = n.Parent)
            if (n == ancestor) return true;
        return false;
    }

    private static int CountElements(ContentNode node) => node.Children.Count(c => !c.IsText && !c.Removed);
}
