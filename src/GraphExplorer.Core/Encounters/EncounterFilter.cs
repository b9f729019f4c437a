namespace GraphExplorer.Core.Encounters;

/// <summary>
/// Narrows <see cref="EncounterQueries.FindAsync"/>. Each criterion is a node id, or a case-insensitive fragment of a
/// name or title; <c>null</c> (or blank) matches everything.
/// </summary>
/// <param name="Participant">
/// The participant: an official's or position's id, a fragment of its name, title or attendance role, or its
/// delegation's country (id or name fragment).
/// </param>
/// <param name="Counterpart">The one met, matched as <paramref name="Participant"/> is.</param>
/// <param name="Declaration">The declaration the meeting was held under: its id or a fragment of its title.</param>
public sealed record EncounterFilter(string? Participant = null, string? Counterpart = null, string? Declaration = null);
