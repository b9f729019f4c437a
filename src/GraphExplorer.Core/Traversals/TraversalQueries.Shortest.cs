using GraphExplorer.Graph.Values;

namespace GraphExplorer.Core.Traversals;

/// <summary>All shortest paths by a breadth-first search from both ends, one level per round trip.</summary>
public sealed partial class TraversalQueries
{
    /// <summary>
    /// Every shortest path between the two nodes within the length bound (at most one more than the cap is built). Each
    /// level expands the smaller frontier; a supernode is reached but never expanded nor passed through.
    /// </summary>
    private async Task<(List<GraphPath> Paths, bool Truncated)> ShortestPathsAsync(PathsRequest request, GraphNode start, GraphNode end, CancellationToken cancellationToken)
    {
        var filter = request.Filter;
        var nodes = new Dictionary<string, GraphNode>(StringComparer.Ordinal) { [start.ElementId] = start, [end.ElementId] = end };
        var sides = new[] { new SearchSide(start.ElementId), new SearchSide(end.ElementId) };
        var truncated = false;
        for (var length = 0; length < request.MaxLength; length++)
        {
            var side = sides[0].Frontier.Count <= sides[1].Frontier.Count ? sides[0] : sides[1];
            var other = side == sides[0] ? sides[1] : sides[0];
            if (side.Frontier.Count == 0)
            {
                break;
            }

            (var steps, var cut) = await ExpandAsync(side.Frontier, filter, request.FanOutCap, withDegree: true, cancellationToken).ConfigureAwait(false);
            truncated |= cut;
            side.Depth++;
            var next = new List<string>();
            foreach (var step in steps)
            {
                var reached = step.To.ElementId;
                nodes[reached] = step.To;
                if (!side.Distance.TryGetValue(reached, out var distance))
                {
                    distance = side.Depth;
                    side.Distance[reached] = distance;
                    side.Predecessors[reached] = [];
                    if (step.Degree <= filter.SupernodeDegree || reached == start.ElementId || reached == end.ElementId)
                    {
                        next.Add(reached);
                    }
                }

                if (distance == side.Depth)
                {
                    side.Predecessors[reached].Add((step.Relationship, step.From));
                }
            }

            side.Frontier = next;
            var meetings = next
                .Where(other.Distance.ContainsKey)
                .GroupBy(m => side.Distance[m] + other.Distance[m])
                .OrderBy(g => g.Key)
                .FirstOrDefault();
            if (meetings is not null)
            {
                var paths = new List<GraphPath>();
                foreach (var meeting in meetings)
                {
                    foreach (var (head, tail) in from h in sides[0].Walks(meeting, request.PathCap + 1) from t in sides[1].Walks(meeting, request.PathCap + 1) select (h, t))
                    {
                        if (paths.Count > request.PathCap)
                        {
                            return (paths, truncated);
                        }

                        var relationships = head.Concat(Enumerable.Reverse(tail)).ToList();
                        paths.Add(new GraphPath(NodesAlong(start, relationships, nodes), relationships));
                    }
                }

                return (paths, truncated);
            }
        }

        return ([], truncated);
    }

    /// <summary>The nodes a walk of relationships visits from <paramref name="start"/>.</summary>
    private static List<GraphNode> NodesAlong(GraphNode start, IReadOnlyList<GraphRelationship> relationships, Dictionary<string, GraphNode> nodes)
    {
        var path = new List<GraphNode> { start };
        foreach (var relationship in relationships)
        {
            var current = path[^1].ElementId;
            path.Add(nodes[relationship.StartElementId == current ? relationship.EndElementId : relationship.StartElementId]);
        }

        return path;
    }

    /// <summary>One end of the search: how far each reached node is, and the ways it was reached at that distance.</summary>
    private sealed class SearchSide(string origin)
    {
        public Dictionary<string, int> Distance { get; } = new(StringComparer.Ordinal) { [origin] = 0 };

        public Dictionary<string, List<(GraphRelationship Relationship, string From)>> Predecessors { get; } = new(StringComparer.Ordinal) { [origin] = [] };

        public List<string> Frontier { get; set; } = [origin];

        public int Depth { get; set; }

        /// <summary>Up to <paramref name="cap"/> walks from the origin to <paramref name="node"/> along shortest predecessors, as relationships from the origin.</summary>
        public IEnumerable<List<GraphRelationship>> Walks(string node, int cap) => WalksTo(node).Take(cap);

        private IEnumerable<List<GraphRelationship>> WalksTo(string node)
        {
            if (Distance[node] == 0)
            {
                yield return [];
                yield break;
            }

            foreach (var (relationship, from) in Predecessors[node])
            {
                foreach (var walk in WalksTo(from))
                {
                    yield return [.. walk, relationship];
                }
            }
        }
    }
}
