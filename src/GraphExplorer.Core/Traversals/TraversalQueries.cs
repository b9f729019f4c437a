using System.Globalization;
using System.Text;
using GraphExplorer.Graph;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Core.Traversals;

/// <summary>
/// Graph-shaped traversals: the neighbourhood of a node and the paths between two nodes, each one parameterised
/// Cypher round trip. Labels, relationship types and bounds are checked before they are written into the text;
/// every value is a parameter. Thread-safe (stateless over a thread-safe port).
/// </summary>
public sealed partial class TraversalQueries(IGraphDatabase database)
{
    // A relationship is in effect at the asked interval [S, E] unless it started after E or ended before S;
    // partial dates compare as strings (see EncounterQueries for the prefix rule).
    private const string InEffect = """
        all(r IN relationships(p) WHERE (r.since IS NULL OR toString(r.since) <= $asOfEnd)
            AND (r.until IS NULL OR toString(r.until) >= left($asOfStart, size(toString(r.until)))))
        """;

    private readonly IGraphDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    /// <summary>
    /// The nodes up to <see cref="NeighborhoodRequest.Depth"/> relationships from the start node (either direction) and
    /// the relationships on the way; an empty graph when the start node does not exist.
    /// </summary>
    public async Task<TraversalGraph> NeighborhoodAsync(NeighborhoodRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var start = request.Start.Validated();
        ArgumentOutOfRangeException.ThrowIfNegative(request.Depth);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.NodeLimit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.FanOutCap, 1);
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = start.Id,
            ["fanOut"] = (long)request.FanOutCap + 1,
            ["asOfStart"] = request.AsOf?.StartText,
            ["asOfEnd"] = request.AsOf?.EndText,
        };

        if (request.Depth == 0)
        {
            var single = await _database.RunAsync($"MATCH (s:`{start.Label}` {{id: $id}}) RETURN s", parameters, AccessMode.Read, cancellationToken).ConfigureAwait(false);
            return single.Rows.Count == 0 ? TraversalGraph.Empty : new TraversalGraph([(GraphNode)single.Rows[0][0]!], [], false);
        }

        var cypher = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"MATCH (s:`{start.Label}` {{id: $id}})\n")
            .Append(CultureInfo.InvariantCulture, $"OPTIONAL MATCH p = (s)-[{TypeList(request.RelationshipTypes)}*1..{request.Depth}]-(n)\n")
            .Append(request.AsOf is null ? string.Empty : "WHERE " + InEffect + "\n")
            .Append("WITH s, p LIMIT $fanOut\n")
            .Append("RETURN s, nodes(p) AS nodes, relationships(p) AS relationships")
            .ToString();
        var result = await _database.RunAsync(cypher, parameters, AccessMode.Read, cancellationToken).ConfigureAwait(false);
        if (result.Rows.Count == 0)
        {
            return TraversalGraph.Empty;
        }

        var centre = (GraphNode)result.Rows[0][0]!;
        var paths = new List<(IReadOnlyList<GraphNode>, IReadOnlyList<GraphRelationship>)> { ([centre], []) };
        foreach (var row in result.Rows)
        {
            if (row[1] is IReadOnlyList<object?> nodes && row[2] is IReadOnlyList<object?> relationships)
            {
                paths.Add(([.. nodes.Cast<GraphNode>()], [.. relationships.Cast<GraphRelationship>()]));
            }
        }

        return TraversalGraph.FromPaths(paths, request.NodeLimit, truncated: result.Rows.Count > request.FanOutCap);
    }

    /// <summary><c>:A|B</c> for the given relationship types (each checked), or nothing for any type.</summary>
    private static string TypeList(IReadOnlyList<string>? types)
    {
        if (types is null || types.Count == 0)
        {
            return string.Empty;
        }

        foreach (var type in types)
        {
            if (!EntityLabels.IsRelationshipType(type))
            {
                throw new ArgumentException($"'{type}' is not a relationship type (UPPER_SNAKE_CASE).", nameof(types));
            }
        }

        return ":" + string.Join('|', types.Distinct(StringComparer.Ordinal).Select(t => "`" + t + "`"));
    }
}
