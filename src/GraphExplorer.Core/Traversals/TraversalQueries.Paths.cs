using System.Globalization;
using GraphExplorer.Graph;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Core.Traversals;

/// <summary>Paths between two nodes.</summary>
public sealed partial class TraversalQueries
{
    /// <summary>
    /// The shortest paths between two nodes (each of them), or with <see cref="PathsRequest.All"/> every path without
    /// repeated nodes up to <see cref="PathsRequest.MaxLength"/> relationships, shortest first; at most
    /// <see cref="PathsRequest.PathCap"/> of them (more, or a fan-out cap reached: each graph is marked truncated).
    /// A path follows only the filter's relationships and never passes through a supernode (it may end at one).
    /// Empty when either node is missing or they are not connected within the bound.
    /// </summary>
    public async Task<IReadOnlyList<TraversalGraph>> PathsAsync(PathsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var from = request.From.Validated();
        var to = request.To.Validated();
        ArgumentOutOfRangeException.ThrowIfLessThan(request.MaxLength, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.PathCap, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.FanOutCap, 1);
        _ = TypeList(request.RelationshipTypes);
        var start = await FindAsync(from, cancellationToken).ConfigureAwait(false);
        var end = from == to ? start : await FindAsync(to, cancellationToken).ConfigureAwait(false);
        if (start is null || end is null)
        {
            return [];
        }

        if (from == to)
        {
            return [new TraversalGraph([start], [], false)];
        }

        var (paths, truncated) = request.All
            ? await AllPathsAsync(request, cancellationToken).ConfigureAwait(false)
            : await ShortestPathsAsync(request, start, end, cancellationToken).ConfigureAwait(false);
        truncated |= paths.Count > request.PathCap;
        return [.. paths.Take(request.PathCap).Select(p => new TraversalGraph(p.Nodes, p.Relationships, truncated))];
    }

    /// <summary>Every path without repeated nodes, one length at a time from 1, until the cap is passed.</summary>
    private async Task<(List<GraphPath> Paths, bool Truncated)> AllPathsAsync(PathsRequest request, CancellationToken cancellationToken)
    {
        var filter = request.Filter;
        var relationshipCondition = RelationshipCondition(filter, "r");
        var nodeCondition = string.Join(" AND ", new[] { NodeCondition(filter, "x"), $"{Degree(filter, "x")} <= $supernode" }.Where(c => c.Length > 0));
        var parameters = Parameters(filter);
        parameters["from"] = request.From.Id;
        parameters["to"] = request.To.Id;
        var paths = new List<GraphPath>();
        for (var length = 1; length <= request.MaxLength && paths.Count <= request.PathCap; length++)
        {
            var hops = length.ToString(CultureInfo.InvariantCulture);
            parameters["cap"] = (long)(request.PathCap + 1 - paths.Count);
            var relationshipsMeet = relationshipCondition.Length == 0 ? string.Empty : $" AND all(r IN relationships(p) WHERE {relationshipCondition})";
            var cypher = $$"""
                MATCH (a:`{{request.From.Label}}` {id: $from}), (b:`{{request.To.Label}}` {id: $to})
                MATCH p = (a)-[{{TypeList(filter.RelationshipTypes)}}*{{hops}}..{{hops}}]-(b)
                WHERE all(x IN nodes(p)[1..-1] WHERE {{nodeCondition}}){{relationshipsMeet}}
                WITH p LIMIT $cap
                RETURN nodes(p) AS nodes, relationships(p) AS relationships
                """;
            var result = await _database.RunAsync(cypher, parameters, AccessMode.Read, cancellationToken).ConfigureAwait(false);
            paths.AddRange(result.Rows
                .Select(row => new GraphPath([.. ((IReadOnlyList<object?>)row[0]!).Cast<GraphNode>()], [.. ((IReadOnlyList<object?>)row[1]!).Cast<GraphRelationship>()]))
                .Where(path => path.Nodes.Select(n => n.ElementId).Distinct(StringComparer.Ordinal).Count() == path.Nodes.Count));
        }

        return (paths, false);
    }

    /// <summary>A path as its nodes (from the start) and relationships.</summary>
    private sealed record GraphPath(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphRelationship> Relationships);
}
