using System.Globalization;
using GraphExplorer.Graph;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Core.Traversals;

/// <summary>Paths between two nodes.</summary>
public sealed partial class TraversalQueries
{
    /// <summary>
    /// The shortest paths between two nodes (each of them, through <c>allShortestPaths</c>), or with
    /// <paramref name="all"/> every path without repeated nodes up to <paramref name="maxLength"/> relationships, shortest
    /// first; at most <paramref name="pathCap"/> of them (more: each graph is marked truncated). Empty when either node
    /// is missing or they are not connected within the bound.
    /// </summary>
    public async Task<IReadOnlyList<TraversalGraph>> PathsAsync(NodeReference from, NodeReference to, int maxLength, bool all, int pathCap, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        from = from.Validated();
        to = to.Validated();
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pathCap, 1);
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["from"] = from.Id,
            ["to"] = to.Id,
            ["cap"] = (long)pathCap + 1,
        };

        if (from == to)
        {
            var same = await _database.RunAsync($"MATCH (a:`{from.Label}` {{id: $from}}) RETURN a", parameters, AccessMode.Read, cancellationToken).ConfigureAwait(false);
            return same.Rows.Count == 0 ? [] : [new TraversalGraph([(GraphNode)same.Rows[0][0]!], [], false)];
        }

        var length = maxLength.ToString(CultureInfo.InvariantCulture);
        var match = all
            ? $"MATCH p = (a)-[*1..{length}]-(b)"
            : $"MATCH p = allShortestPaths((a)-[*..{length}]-(b))";
        var cypher = $$"""
            MATCH (a:`{{from.Label}}` {id: $from}), (b:`{{to.Label}}` {id: $to})
            {{match}}
            WITH p LIMIT $cap
            RETURN nodes(p) AS nodes, relationships(p) AS relationships
            """;
        var result = await _database.RunAsync(cypher, parameters, AccessMode.Read, cancellationToken).ConfigureAwait(false);
        var truncated = result.Rows.Count > pathCap;
        var paths = result.Rows
            .Take(pathCap)
            .Select(row => (Nodes: ((IReadOnlyList<object?>)row[0]!).Cast<GraphNode>().ToList(), Relationships: ((IReadOnlyList<object?>)row[1]!).Cast<GraphRelationship>().ToList()))
            .Where(path => path.Nodes.Select(n => n.ElementId).Distinct(StringComparer.Ordinal).Count() == path.Nodes.Count)
            .OrderBy(path => path.Relationships.Count)
            .Select(path => new TraversalGraph(path.Nodes, path.Relationships, truncated))
            .ToList();
        return paths;
    }
}
