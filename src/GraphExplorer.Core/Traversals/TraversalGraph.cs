using GraphExplorer.Graph.Values;

namespace GraphExplorer.Core.Traversals;

/// <summary>A deduplicated subgraph: its nodes, the relationships between them, and whether a cap cut it short.</summary>
/// <param name="Nodes">Each node once, nearest first.</param>
/// <param name="Relationships">Each relationship once; both its ends are in <paramref name="Nodes"/>.</param>
/// <param name="Truncated">Whether the node limit or the fan-out cap left out part of the answer.</param>
public sealed record TraversalGraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphRelationship> Relationships, bool Truncated)
{
    /// <summary>A graph with nothing in it.</summary>
    public static TraversalGraph Empty { get; } = new([], [], false);

    /// <summary>Builds a graph from paths: nodes in order of first appearance, at most <paramref name="nodeLimit"/> of them.</summary>
    public static TraversalGraph FromPaths(IEnumerable<(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphRelationship> Relationships)> paths, int nodeLimit, bool truncated)
    {
        var distance = new Dictionary<string, int>(StringComparer.Ordinal);
        var nodes = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        var relationships = new Dictionary<string, GraphRelationship>(StringComparer.Ordinal);
        foreach (var (pathNodes, pathRelationships) in paths)
        {
            for (var i = 0; i < pathNodes.Count; i++)
            {
                var node = pathNodes[i];
                if (!distance.TryGetValue(node.ElementId, out var known) || i < known)
                {
                    distance[node.ElementId] = i;
                }

                nodes.TryAdd(node.ElementId, node);
            }

            foreach (var relationship in pathRelationships)
            {
                relationships.TryAdd(relationship.ElementId, relationship);
            }
        }

        var kept = nodes.Values.OrderBy(n => distance[n.ElementId]).Take(nodeLimit).ToList();
        var keptIds = kept.Select(n => n.ElementId).ToHashSet(StringComparer.Ordinal);
        var keptRelationships = relationships.Values.Where(r => keptIds.Contains(r.StartElementId) && keptIds.Contains(r.EndElementId)).ToList();
        return new TraversalGraph(kept, keptRelationships, truncated || kept.Count < nodes.Count);
    }
}
