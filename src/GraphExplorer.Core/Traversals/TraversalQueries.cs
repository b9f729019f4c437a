using GraphExplorer.Graph;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Core.Traversals;

/// <summary>
/// Graph-shaped traversals: the neighbourhood of a node and the paths between two nodes, read breadth first one level
/// per Cypher round trip (so a supernode can be shown without being expanded, and provenance left out, before the
/// search goes through them). Labels, relationship types and bounds are checked before they are written into the text;
/// every value is a parameter. Thread-safe (stateless over a thread-safe port).
/// </summary>
public sealed partial class TraversalQueries(IGraphDatabase database)
{
    private readonly IGraphDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    /// <summary>
    /// The nodes up to <see cref="NeighborhoodRequest.Depth"/> relationships from the start node (either direction) and
    /// the relationships on the way; an empty graph when the start node does not exist. A supernode found before the
    /// last level is kept but not expanded, and listed in <see cref="TraversalGraph.Unexpanded"/>.
    /// </summary>
    public async Task<TraversalGraph> NeighborhoodAsync(NeighborhoodRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var start = request.Start.Validated();
        ArgumentOutOfRangeException.ThrowIfNegative(request.Depth);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.NodeLimit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.FanOutCap, 1);
        var filter = request.Filter;
        _ = TypeList(filter.RelationshipTypes);
        var centre = await FindAsync(start, cancellationToken).ConfigureAwait(false);
        if (centre is null)
        {
            return TraversalGraph.Empty;
        }

        var nodes = new List<GraphNode> { centre };
        var seen = new HashSet<string>(StringComparer.Ordinal) { centre.ElementId };
        var relationships = new Dictionary<string, GraphRelationship>(StringComparer.Ordinal);
        var unexpanded = new List<string>();
        var frontier = new List<string> { centre.ElementId };
        var truncated = false;
        for (var level = 1; level <= request.Depth && frontier.Count > 0 && !truncated && nodes.Count <= request.NodeLimit; level++)
        {
            (var steps, truncated) = await ExpandAsync(frontier, filter, request.FanOutCap, withDegree: level < request.Depth, cancellationToken).ConfigureAwait(false);
            frontier = [];
            foreach (var step in steps)
            {
                relationships.TryAdd(step.Relationship.ElementId, step.Relationship);
                if (!seen.Add(step.To.ElementId))
                {
                    continue;
                }

                nodes.Add(step.To);
                if (level < request.Depth)
                {
                    (step.Degree > filter.SupernodeDegree ? unexpanded : frontier).Add(step.To.ElementId);
                }
            }
        }

        return TraversalGraph.Keep(nodes, relationships.Values, unexpanded, request.NodeLimit, truncated);
    }

    /// <summary>The node an entity reference names, or <c>null</c>.</summary>
    private async Task<GraphNode?> FindAsync(NodeReference node, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal) { ["id"] = node.Id };
        var result = await _database.RunAsync($"MATCH (n:`{node.Label}` {{id: $id}}) RETURN n", parameters, AccessMode.Read, cancellationToken).ConfigureAwait(false);
        return result.Rows.Count == 0 ? null : (GraphNode)result.Rows[0][0]!;
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
