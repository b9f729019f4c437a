namespace GraphExplorer.Core.Encounters;

/// <summary>A page of encounters in key order, and whether more follow.</summary>
public sealed record EncounterPage(IReadOnlyList<Encounter> Items, bool HasNextPage);
