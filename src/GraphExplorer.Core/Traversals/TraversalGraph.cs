using GraphExplorer.Graph.Values;

namespace GraphExplorer.Core.Traversals;

/// <summary>A deduplicated subgraph: its nodes, the relationships between them, and whether a cap cut it short.</summary>
/// <param name="Nodes">Each node once, nearest first.</param>
/// <param name="Relationships">Each relationship once; both its ends are in <paramref name="Nodes"/>.</param>
/// <param name="Truncated">Whether the node limit, the fan-out cap or a supernode left out part of the answer.</param>
/// <param name="Unexpanded">The element ids of the supernodes among <paramref name="Nodes"/> whose relationships were not followed.</param>
public sealed record TraversalGraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphRelationship> Relationships, bool Truncated, IReadOnlyList<string> Unexpanded)
{
    /// <summary>A graph that no supernode cut.</summary>
    public TraversalGraph(IReadOnlyList<GraphNode> nodes, IReadOnlyList<GraphRelationship> relationships, bool truncated)
        : this(nodes, relationships, truncated, [])
    {
    }

    /// <summary>A graph with nothing in it.</summary>
    public static TraversalGraph Empty { get; } = new([], [], false);

    /// <summary>
    /// The first <paramref name="nodeLimit"/> of <paramref name="nodes"/> (nearest first), the relationships between them
    /// and the unexpanded supernodes among them; truncated when anything was left out or a supernode was not expanded.
    /// </summary>
    public static TraversalGraph Keep(IReadOnlyList<GraphNode> nodes, IEnumerable<GraphRelationship> relationships, IEnumerable<string> unexpanded, int nodeLimit, bool truncated)
    {
        var kept = nodes.Take(nodeLimit).ToList();
        var keptIds = kept.Select(n => n.ElementId).ToHashSet(StringComparer.Ordinal);
        var keptRelationships = relationships.Where(r => keptIds.Contains(r.StartElementId) && keptIds.Contains(r.EndElementId)).ToList();
        var keptUnexpanded = unexpanded.Where(keptIds.Contains).ToList();
        return new TraversalGraph(kept, keptRelationships, truncated || kept.Count < nodes.Count || keptUnexpanded.Count > 0, keptUnexpanded);
    }
}
