namespace GraphExplorer.Core.Encounters;

/// <summary>Two participants of different delegations who attended the same meeting, and the agreement it was held under.</summary>
/// <param name="Declaration">The declaration the meeting was held under, or <c>null</c> when none is recorded.</param>
public sealed record Encounter(EncounterParty Participant, EncounterParty Counterpart, MeetingInfo Meeting, DeclarationInfo? Declaration);
