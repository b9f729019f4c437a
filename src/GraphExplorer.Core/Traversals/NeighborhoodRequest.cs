namespace GraphExplorer.Core.Traversals;

/// <summary>What <see cref="TraversalQueries.NeighborhoodAsync"/> is asked for.</summary>
/// <param name="Start">The node at the centre (always expanded, even when it is a supernode).</param>
/// <param name="Depth">How many relationships away to go (0: the node alone).</param>
/// <param name="RelationshipTypes">Only these relationship types; <c>null</c> or empty: any.</param>
/// <param name="NodeLimit">At most this many nodes; more make the graph truncated.</param>
/// <param name="FanOutCap">At most this many relationships are read per level; more make the graph truncated.</param>
/// <param name="AsOf">Only relationships in effect then (<c>since</c>/<c>until</c> overlap it; unknown ends exclude nothing).</param>
/// <param name="IncludeSources">Whether provenance is followed (implied when the centre is a <c>Source</c> or <c>SOURCED_FROM</c> is an asked type).</param>
/// <param name="SupernodeDegree">A node with more relationships than this is shown but not expanded (and reported).</param>
public sealed record NeighborhoodRequest(
    NodeReference Start,
    int Depth,
    IReadOnlyList<string>? RelationshipTypes,
    int NodeLimit,
    int FanOutCap,
    DateInterval? AsOf = null,
    bool IncludeSources = false,
    int SupernodeDegree = TraversalFilter.DefaultSupernodeDegree)
{
    /// <summary>The relationships and nodes this request follows.</summary>
    public TraversalFilter Filter => TraversalFilter.For(RelationshipTypes, AsOf, IncludeSources, SupernodeDegree, Start);
}
