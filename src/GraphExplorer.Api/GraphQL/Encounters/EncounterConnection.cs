using GraphExplorer.Api.GraphQL.Relay;
using GraphExplorer.Core.Encounters;

namespace GraphExplorer.Api.GraphQL.Encounters;

/// <summary>One edge of <c>encounters</c>: its keyset cursor and the encounter.</summary>
internal sealed record EncounterEdge(string Cursor, Encounter Node);

/// <summary>Whom a participant or counterpart argument resolved to.</summary>
/// <param name="Participants">The entities <c>participant</c> resolved to, or <c>null</c> when it was not given.</param>
/// <param name="Counterparts">The same for <c>counterpart</c>.</param>
internal sealed record EncounterSubjectsUsed(SubjectResolution? Participants, SubjectResolution? Counterparts);

/// <summary>A page of <c>encounters</c>; the total is counted only when asked for.</summary>
internal sealed record EncounterConnection(
    IReadOnlyList<EncounterEdge> Edges,
    PageInfo PageInfo,
    EncounterSubjectsUsed Subjects,
    Func<CancellationToken, Task<int>> CountAsync);

/// <summary>A page of <c>encounterGroups</c> with the number of groups.</summary>
internal sealed record EncounterGroupConnection(
    IReadOnlyList<EncounterGroup> Nodes,
    int TotalCount,
    PageInfo PageInfo,
    EncounterSubjectsUsed Subjects);
