using System.Globalization;
using GraphExplorer.Api.GraphQL.Relay;
using GraphExplorer.Core.Traversals;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Api.GraphQL.Traversals;

/// <summary>Turns Core's traversal graphs into the GraphQL graph shape with global ids. Stateless and thread-safe.</summary>
internal static class GraphModelMapper
{
    /// <summary>The GraphQL graph of <paramref name="graph"/>.</summary>
    public static GraphModel ToModel(TraversalGraph graph)
    {
        var nodeIds = new Dictionary<string, string>(StringComparer.Ordinal);
        var nodes = new List<GraphNodeModel>(graph.Nodes.Count);
        foreach (var node in graph.Nodes)
        {
            var model = ToModel(node);
            nodeIds[node.ElementId] = model.Id;
            nodes.Add(model);
        }

        var edges = new List<GraphEdgeModel>(graph.Relationships.Count);
        var edgeIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var relationship in graph.Relationships)
        {
            var source = nodeIds[relationship.StartElementId];
            var target = nodeIds[relationship.EndElementId];

            // Stable across restarts and backends: the ends' global ids and the type; a parallel twin gets a suffix.
            var key = source + ">" + relationship.Type + ">" + target;
            var id = GlobalId.Encode("Relationship", key);
            for (var twin = 2; !edgeIds.Add(id); twin++)
            {
                id = GlobalId.Encode("Relationship", key + "#" + twin.ToString(CultureInfo.InvariantCulture));
            }

            edges.Add(new GraphEdgeModel(id, relationship.Type, source, target, JsonValues.ToJson(relationship.Properties)));
        }

        return new GraphModel(nodes, edges, graph.Truncated, [.. graph.Unexpanded.Select(id => nodeIds[id])]);
    }

    /// <summary>A node with its global id, type, display label and properties.</summary>
    public static GraphNodeModel ToModel(GraphNode node)
    {
        var type = EntityLabels.Of(node.Labels) ?? node.Labels.FirstOrDefault() ?? "Node";
        var key = node.Properties.GetValueOrDefault("id") as string ?? node.ElementId;
        var label = node.Properties.GetValueOrDefault(EntityLabels.LabelProperty(type)) as string
            ?? node.Properties.GetValueOrDefault("name") as string
            ?? node.Properties.GetValueOrDefault("title") as string
            ?? key;
        return new GraphNodeModel(GlobalId.Encode(type, key), type, label, JsonValues.ToJson(node.Properties));
    }
}
