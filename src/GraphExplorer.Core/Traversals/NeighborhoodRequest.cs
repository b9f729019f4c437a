namespace GraphExplorer.Core.Traversals;

/// <summary>What <see cref="TraversalQueries.NeighborhoodAsync"/> is asked for.</summary>
/// <param name="Start">The node at the centre.</param>
/// <param name="Depth">How many relationships away to go (0: the node alone).</param>
/// <param name="RelationshipTypes">Only these relationship types; <c>null</c> or empty: any.</param>
/// <param name="NodeLimit">At most this many nodes; more make the graph truncated.</param>
/// <param name="FanOutCap">At most this many paths are read from the database; more make the graph truncated.</param>
/// <param name="AsOf">Only relationships in effect then (<c>since</c>/<c>until</c> overlap it; unknown ends exclude nothing).</param>
public sealed record NeighborhoodRequest(
    NodeReference Start,
    int Depth,
    IReadOnlyList<string>? RelationshipTypes,
    int NodeLimit,
    int FanOutCap,
    DateInterval? AsOf = null);
