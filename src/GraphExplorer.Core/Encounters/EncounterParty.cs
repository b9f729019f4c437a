namespace GraphExplorer.Core.Encounters;

/// <summary>One side of an encounter: a named official, or a position whose holder is not known.</summary>
/// <param name="Id">The official's or position's id.</param>
/// <param name="Kind"><c>Official</c> or <c>Position</c> (the node's label).</param>
/// <param name="Name">The official's name, or the position's title.</param>
/// <param name="CountryId">The id of the country whose delegation it belonged to.</param>
/// <param name="CountryName">That country's name.</param>
/// <param name="Role">The role in which it attended, when recorded.</param>
/// <param name="HeadOfDelegation">Whether it led its delegation; <c>null</c> when not known.</param>
public sealed record EncounterParty(
    string Id,
    string Kind,
    string Name,
    string? CountryId,
    string? CountryName,
    string? Role,
    bool? HeadOfDelegation);
