namespace GraphExplorer.Core.Traversals;

/// <summary>What <see cref="TraversalQueries.PathsAsync"/> is asked for.</summary>
/// <param name="From">One end.</param>
/// <param name="To">The other end.</param>
/// <param name="MaxLength">The longest path considered, in relationships.</param>
/// <param name="All">Every path without repeated nodes up to <paramref name="MaxLength"/>, shortest first, instead of the shortest ones.</param>
/// <param name="PathCap">At most this many paths; more mark each graph truncated.</param>
/// <param name="FanOutCap">At most this many relationships are read per search level; more mark the answer truncated.</param>
/// <param name="RelationshipTypes">Only these relationship types; <c>null</c> or empty: any.</param>
/// <param name="AsOf">Only relationships in effect then.</param>
/// <param name="IncludeSources">Whether provenance is followed (implied when an end is a <c>Source</c> or <c>SOURCED_FROM</c> is an asked type).</param>
/// <param name="SupernodeDegree">A path never passes through a node with more relationships than this (it may end at one).</param>
public sealed record PathsRequest(
    NodeReference From,
    NodeReference To,
    int MaxLength,
    bool All,
    int PathCap,
    int FanOutCap,
    IReadOnlyList<string>? RelationshipTypes = null,
    DateInterval? AsOf = null,
    bool IncludeSources = false,
    int SupernodeDegree = TraversalFilter.DefaultSupernodeDegree)
{
    /// <summary>The relationships and nodes this request follows.</summary>
    public TraversalFilter Filter => TraversalFilter.For(RelationshipTypes, AsOf, IncludeSources, SupernodeDegree, From, To);
}
