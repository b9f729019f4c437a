using GraphExplorer.Core.Traversals;

namespace GraphExplorer.Core.Encounters;

/// <summary>
/// Narrows <see cref="EncounterQueries.FindAsync"/>. Each criterion is a node id, or a case-insensitive fragment of a
/// name or title; <c>null</c> (or blank) matches everything.
/// </summary>
/// <param name="Participant">
/// The participant: an official's, position's or country's id, a fragment of its name, title or attendance role, or
/// its delegation's country (id or name fragment).
/// </param>
/// <param name="Counterpart">The one met, matched as <paramref name="Participant"/> is.</param>
/// <param name="Declaration">The declaration the meeting was held under: its id or a fragment of its title.</param>
/// <param name="Level">Whether the sides are officials, positions or countries.</param>
/// <param name="Window">
/// Only meetings whose (possibly partial) date overlaps this interval, and only tenures (<c>HOLDS since/until</c>) that
/// overlap both it and the meeting's date; an unknown date excludes nothing. <c>null</c>: any time.
/// </param>
/// <param name="ParticipantNode">
/// When the participant is known as an entity (an official or a position), its label and id: the meetings are then
/// found from it through the id index instead of by scanning, with the same answer.
/// </param>
public sealed record EncounterFilter(
    string? Participant = null,
    string? Counterpart = null,
    string? Declaration = null,
    EncounterLevel Level = EncounterLevel.Official,
    DateInterval? Window = null,
    NodeReference? ParticipantNode = null);
