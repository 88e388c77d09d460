namespace Storyline.Entities;

/// <summary>The kind of thing a name denotes.</summary>
public enum EntityType
{
    /// <summary>A person, real or fictional.</summary>
    Person,
    /// <summary>A company, outlet, institution, party, team or platform.</summary>
    Organization,
    /// <summary>A country, state, city, region, facility or natural place.</summary>
    Place,
    /// <summary>Anything else with a name: events, holidays, works, products.</summary>
    Other,
}

/// <summary>How an entity is mentioned.</summary>
public enum MentionKind
{
    /// <summary>By a proper name ("Chrissy Teigen", "Teigen").</summary>
    Name,
    /// <summary>By a definite description ("the singer", "the 35-year-old model").</summary>
    Description,
}

/// <summary>Grammatical gender a person is referred to with, when the text tells it.</summary>
public enum Gender
{
    /// <summary>Not known.</summary>
    Unknown,
    /// <summary>Referred to as she / her.</summary>
    Female,
    /// <summary>Referred to as he / him.</summary>
    Male,
}
