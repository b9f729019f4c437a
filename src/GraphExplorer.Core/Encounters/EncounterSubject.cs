namespace GraphExplorer.Core.Encounters;

/// <summary>An entity an encounter question is about: a participant or counterpart it resolved to, or the key of a group.</summary>
/// <param name="Label">The entity's label: <c>Official</c>, <c>Position</c>, <c>Country</c> or <c>Meeting</c>.</param>
/// <param name="Id">Its stable <c>id</c> property.</param>
/// <param name="Name">Its name, or its title for a post or a meeting.</param>
public sealed record EncounterSubject(string Label, string Id, string Name);
