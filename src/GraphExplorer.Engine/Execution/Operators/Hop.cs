using GraphExplorer.Engine.Parsing.Ast;
using GraphExplorer.Engine.Storage;

namespace GraphExplorer.Engine.Execution.Operators;

/// <summary>One hop of a pattern, as the planner describes it.</summary>
/// <param name="From">The bound node variable the hop starts from.</param>
/// <param name="Relationship">The relationship variable (generated when anonymous).</param>
/// <param name="To">The node variable the hop reaches.</param>
/// <param name="ToIsBound">Whether <paramref name="To"/> is bound already (the hop then checks it rather than binding it).</param>
/// <param name="RelationshipIsBound">Whether <paramref name="Relationship"/> is bound already.</param>
/// <param name="EarlierRelationships">Relationship variables matched earlier in the same MATCH: a relationship is used at most once.</param>
internal sealed record Hop(
    string From,
    string Relationship,
    string To,
    RelationshipDirection Direction,
    EntityFilter RelationshipFilter,
    EntityFilter ToFilter,
    bool ToIsBound,
    bool RelationshipIsBound,
    IReadOnlyList<string> EarlierRelationships)
{
    /// <summary>The hop as plan text.</summary>
    public string Describe(string? length = null)
    {
        var relationship = $"[{Relationship}{RelationshipFilter.Describe()}{length}]";
        return Direction switch
        {
            RelationshipDirection.Outgoing => $"({From})-{relationship}->({To})",
            RelationshipDirection.Incoming => $"({From})<-{relationship}-({To})",
            _ => $"({From})-{relationship}-({To})",
        };
    }

    /// <summary>The relationships at <paramref name="node"/> in the hop's direction, each with the node at its other end.</summary>
    /// <param name="snapshot">Whether to copy the adjacency lists first, so writes later in the same statement cannot disturb the walk (needless in read-only statements).</param>
    public static IEnumerable<(StoredRelationship Relationship, StoredNode Other)> Around(StoredNode node, RelationshipDirection direction, bool snapshot = true)
    {
        if (direction != RelationshipDirection.Incoming)
        {
            // The copy holds the relationships themselves: a relationship deleted later in the statement stays walkable.
            var outgoing = node.Outgoing;
            StoredRelationship[]? copy = snapshot ? [.. outgoing] : null;
            for (var i = 0; i < (copy?.Length ?? outgoing.Count); i++)
            {
                var relationship = copy is null ? outgoing[i] : copy[i];
                yield return (relationship, relationship.End);
            }
        }

        if (direction != RelationshipDirection.Outgoing)
        {
            var incoming = node.Incoming;
            StoredRelationship[]? copy = snapshot ? [.. incoming] : null;
            for (var i = 0; i < (copy?.Length ?? incoming.Count); i++)
            {
                var relationship = copy is null ? incoming[i] : copy[i];

                // A self-loop was already produced from the outgoing list.
                if (direction == RelationshipDirection.Both && ReferenceEquals(relationship.Start, node))
                {
                    continue;
                }

                yield return (relationship, relationship.Start);
            }
        }
    }

    /// <summary>Whether the relationship was already used by an earlier part of the same MATCH.</summary>
    public bool UsedEarlier(Row row, StoredRelationship relationship)
    {
        for (var i = 0; i < EarlierRelationships.Count; i++)
        {
            switch (row[EarlierRelationships[i]])
            {
                case StoredRelationship used when ReferenceEquals(used, relationship):
                    return true;
                case IReadOnlyList<object?> list when list.Contains(relationship):
                    return true;
            }
        }

        return false;
    }
}
