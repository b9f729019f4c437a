using GraphExplorer.Engine.Parsing.Ast;
using GraphExplorer.Engine.Storage;

namespace GraphExplorer.Engine.Execution.Operators;

internal sealed partial class ShortestPathOperator
{
    /// <summary>
    /// One shortest path by a breadth-first search from both ends at once, always growing the smaller frontier
    /// by a whole level: the first node reached from both sides closes a shortest path. On a graph where every
    /// node has d neighbours this visits about 2·d^(L/2) nodes instead of d^L for a path of length L.
    /// </summary>
    private List<StoredRelationship>? SearchBothWays(ExecutionContext context, StoredNode from, StoredNode to, KeyValuePair<string, object?>[]? properties)
    {
        if (ReferenceEquals(from, to))
        {
            return null;
        }

        var backwardDirection = Hop.Direction switch
        {
            RelationshipDirection.Outgoing => RelationshipDirection.Incoming,
            RelationshipDirection.Incoming => RelationshipDirection.Outgoing,
            _ => RelationshipDirection.Both,
        };
        var forward = new Side(from, Hop.Direction);
        var backward = new Side(to, backwardDirection);
        var depth = 0L;
        while (forward.Frontier.Count > 0 && backward.Frontier.Count > 0 && (Max is null || depth < Max))
        {
            depth++;
            var (grow, other) = forward.Frontier.Count <= backward.Frontier.Count ? (forward, backward) : (backward, forward);
            if (Grow(context, grow, other, properties) is { } meeting)
            {
                var path = forward.PathTo(meeting);
                path.Reverse();
                path.AddRange(backward.PathTo(meeting));
                return path;
            }
        }

        return null;
    }

    /// <summary>Grows one side by a level; returns the first node the other side has reached, if any.</summary>
    private StoredNode? Grow(ExecutionContext context, Side side, Side other, KeyValuePair<string, object?>[]? properties)
    {
        var next = new List<StoredNode>();
        foreach (var node in side.Frontier)
        {
            foreach (var (relationship, neighbour) in Hop.Around(node, side.Direction, snapshot: !context.ReadOnly))
            {
                context.Tick();
                if (relationship.IsDeleted || side.Parents.ContainsKey(neighbour)
                    || !EntityFilter.RelationshipMatches(relationship, Hop.RelationshipFilter.LabelsOrTypes, properties))
                {
                    continue;
                }

                side.Parents[neighbour] = (relationship, node);
                if (other.Parents.ContainsKey(neighbour))
                {
                    return neighbour;
                }

                next.Add(neighbour);
            }
        }

        side.Frontier = next;
        return null;
    }

    /// <summary>One end of the search: the nodes it reached, each with the relationship it was reached by.</summary>
    private sealed class Side(StoredNode start, RelationshipDirection direction)
    {
        public RelationshipDirection Direction { get; } = direction;

        public Dictionary<StoredNode, (StoredRelationship? Relationship, StoredNode? Previous)> Parents { get; } =
            new(ReferenceEqualityComparer.Instance) { [start] = (null, null) };

        public List<StoredNode> Frontier { get; set; } = [start];

        /// <summary>The relationships from <paramref name="node"/> back to this side's start, nearest first.</summary>
        public List<StoredRelationship> PathTo(StoredNode node)
        {
            var path = new List<StoredRelationship>();
            for (var (relationship, previous) = Parents[node]; relationship is not null; (relationship, previous) = Parents[previous!])
            {
                path.Add(relationship);
            }

            return path;
        }
    }
}
