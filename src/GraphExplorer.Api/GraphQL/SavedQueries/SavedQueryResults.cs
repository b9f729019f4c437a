using GraphExplorer.Api.GraphQL.Traversals;
using GraphExplorer.Core.SavedQueries;
using GraphExplorer.Core.Traversals;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Api.GraphQL.SavedQueries;

/// <summary>Turns a saved script's rows into JSON rows and a graph with global ids. Stateless and thread-safe.</summary>
internal static class SavedQueryResults
{
    /// <summary>The GraphQL model of <paramref name="result"/>.</summary>
    public static SavedQueryResultModel ToModel(SavedQueryResult result)
    {
        var rows = result.Rows.Select(row =>
        {
            var record = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < result.Columns.Count; i++)
            {
                record[result.Columns[i]] = ToJson(row[i]);
            }

            return (object?)record;
        }).ToList();

        var collected = ResultGraph.Collect(result.Rows);
        var present = collected.Nodes.Select(n => n.ElementId).ToHashSet(StringComparer.Ordinal);
        var edges = collected.Relationships.Where(r => present.Contains(r.StartElementId) && present.Contains(r.EndElementId)).ToList();
        var graph = GraphModelMapper.ToModel(new TraversalGraph(collected.Nodes, edges, result.Truncated));
        return new SavedQueryResultModel(result.Columns, rows, result.Truncated, graph);
    }

    private static object? ToJson(object? value) => value switch
    {
        GraphNode node => NodeJson(node),
        GraphRelationship relationship => new Dictionary<string, object?>
        {
            ["type"] = relationship.Type,
            ["properties"] = JsonValues.ToJson(relationship.Properties),
        },
        GraphPath path => new Dictionary<string, object?>
        {
            ["nodes"] = path.Nodes.Select(NodeJson).ToList(),
            ["relationships"] = path.Relationships.Select(r => ToJson(r)).ToList(),
        },
        IReadOnlyDictionary<string, object?> map => map.ToDictionary(p => p.Key, p => ToJson(p.Value), StringComparer.Ordinal),
        IReadOnlyList<object?> list => list.Select(ToJson).ToList(),
        _ => JsonValues.ToJson(value),
    };

    private static object? NodeJson(GraphNode node)
    {
        var model = GraphModelMapper.ToModel(node);
        return new Dictionary<string, object?>
        {
            ["id"] = model.Id,
            ["type"] = model.Type,
            ["label"] = model.Label,
            ["properties"] = model.Properties,
        };
    }
}
