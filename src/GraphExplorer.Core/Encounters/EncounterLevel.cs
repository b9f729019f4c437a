namespace GraphExplorer.Core.Encounters;

/// <summary>Who the sides of an encounter are.</summary>
public enum EncounterLevel
{
    /// <summary>Officials: one who attended, or held (at the time) a post that attended; a post with no known holder stands for itself.</summary>
    Official,

    /// <summary>Posts: one that attended, or that an attending official held at the time; an official holding no known post stands for itself.</summary>
    Position,

    /// <summary>Countries: the delegations that attended, and the countries recorded as taking part.</summary>
    Country,
}
