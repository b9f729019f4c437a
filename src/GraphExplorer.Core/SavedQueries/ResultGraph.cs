using GraphExplorer.Graph.Values;

namespace GraphExplorer.Core.SavedQueries;

/// <summary>The nodes and relationships found anywhere in a result's values (inside lists, maps and paths), each once.</summary>
/// <param name="Nodes">Distinct nodes, in the order first met.</param>
/// <param name="Relationships">Distinct relationships, in the order first met.</param>
public sealed record ResultGraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphRelationship> Relationships)
{
    /// <summary>Gathers the graph values of <paramref name="rows"/>.</summary>
    public static ResultGraph Collect(IEnumerable<IReadOnlyList<object?>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var nodes = new List<GraphNode>();
        var relationships = new List<GraphRelationship>();
        var seenNodes = new HashSet<string>(StringComparer.Ordinal);
        var seenRelationships = new HashSet<string>(StringComparer.Ordinal);

        void Visit(object? value)
        {
            switch (value)
            {
                case GraphNode node:
                    if (seenNodes.Add(node.ElementId))
                    {
                        nodes.Add(node);
                    }

                    break;
                case GraphRelationship relationship:
                    if (seenRelationships.Add(relationship.ElementId))
                    {
                        relationships.Add(relationship);
                    }

                    break;
                case GraphPath path:
                    path.Nodes.ToList().ForEach(Visit);
                    path.Relationships.ToList().ForEach(Visit);
                    break;
                case IReadOnlyDictionary<string, object?> map:
                    foreach (var item in map.Values)
                    {
                        Visit(item);
                    }

                    break;
                case IReadOnlyList<object?> list:
                    foreach (var item in list)
                    {
                        Visit(item);
                    }

                    break;
                default:
                    break;
            }
        }

        foreach (var row in rows)
        {
            foreach (var value in row)
            {
                Visit(value);
            }
        }

        return new ResultGraph(nodes, relationships);
    }
}
