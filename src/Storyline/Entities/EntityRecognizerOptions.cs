namespace Storyline.Entities;

/// <summary>Settings of <see cref="EntityRecognizer"/>, with every default in one place.</summary>
public sealed record EntityRecognizerOptions
{
    /// <summary>The defaults.</summary>
    public static EntityRecognizerOptions Default { get; } = new();

    /// <summary>Most tokens a name may have before a capitalized run is cut.</summary>
    public int MaxNameTokens { get; init; } = 7;

    /// <summary>Share of capitalized long words above which a line is read as a title-case headline.</summary>
    public double TitleCaseShare { get; init; } = 0.8;

    /// <summary>Fewest long words a line needs before it can be read as a title-case headline.</summary>
    public int MinTitleCaseWords { get; init; } = 3;

    /// <summary>Letters a word needs to count as a long word when detecting headlines.</summary>
    public int TitleCaseWordLength { get; init; } = 4;

    /// <summary>Modifiers allowed between "the" and the role noun of a description ("the 35-year-old model").</summary>
    public int MaxDescriptionModifiers { get; init; } = 3;

    /// <summary>Previous sentences searched for the person a description refers to.</summary>
    public int DescriptionSentenceWindow { get; init; } = 2;

    /// <summary>How much more salient than the next person the top person must be for a description to fall back to it.</summary>
    public double UnambiguousSalienceRatio { get; init; } = 1.5;

    /// <summary>Extra weight of a mention in the first line (headline).</summary>
    public double HeadlineMentionBonus { get; init; } = 1.0;

    /// <summary>Extra weight for being mentioned early; scaled by how early the first mention is.</summary>
    public double EarlyMentionBonus { get; init; } = 1.0;

    /// <summary>Vote of a strong type cue (gazetteer, suffix, honorific, first name).</summary>
    public double StrongTypeVote { get; init; } = 3.0;

    /// <summary>Vote of a contextual type cue (age, role noun before, speech verb after).</summary>
    public double WeakTypeVote { get; init; } = 1.0;

    /// <summary>Vote for <see cref="EntityType.Person"/> of an unknown two- to four-word name shaped like a personal name.</summary>
    public double UnknownNameVote { get; init; } = 0.5;

    /// <summary>Vote for <see cref="EntityType.Other"/> when nothing else is known.</summary>
    public double DefaultTypeVote { get; init; } = 0.1;
}
