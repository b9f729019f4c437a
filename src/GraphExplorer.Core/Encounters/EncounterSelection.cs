using GraphExplorer.Core.Traversals;

namespace GraphExplorer.Core.Encounters;

/// <summary>
/// Which encounters a page or a grouping reads: participants and counterparts already resolved to entities
/// (<see cref="EncounterSubjects"/>), so no name is matched while meetings are read.
/// </summary>
/// <param name="Participants">
/// The entities on the participant's side, or <c>null</c> for anyone. A side is theirs when it is one of them, attended
/// as one of them (a post its holder filled), or — for a country — belonged to its delegation.
/// </param>
/// <param name="Counterparts">The entities on the other side, matched the same way, or <c>null</c> for anyone.</param>
/// <param name="Declaration">The declaration the meeting was held under: its id or a fragment of its title; <c>null</c> for any.</param>
/// <param name="Level">Whether the sides are officials, positions or countries.</param>
/// <param name="Window">Only meetings and tenures in this interval (decision 0060); <c>null</c> for any time.</param>
public sealed record EncounterSelection(
    IReadOnlyList<EncounterSubject>? Participants = null,
    IReadOnlyList<EncounterSubject>? Counterparts = null,
    string? Declaration = null,
    EncounterLevel Level = EncounterLevel.Official,
    DateInterval? Window = null);
