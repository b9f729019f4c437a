namespace GraphExplorer.Graph;

/// <summary>Side effects of a statement, as Neo4j reports them (and as the openCypher TCK checks them).</summary>
public sealed record QueryCounters
{
    /// <summary>No side effects.</summary>
    public static QueryCounters None { get; } = new();

    public int NodesCreated { get; init; }
    public int NodesDeleted { get; init; }
    public int RelationshipsCreated { get; init; }
    public int RelationshipsDeleted { get; init; }
    public int PropertiesSet { get; init; }
    public int LabelsAdded { get; init; }
    public int LabelsRemoved { get; init; }
    public int IndexesAdded { get; init; }
    public int IndexesRemoved { get; init; }
    public int ConstraintsAdded { get; init; }
    public int ConstraintsRemoved { get; init; }

    /// <summary>Whether the statement changed data or schema.</summary>
    public bool ContainsUpdates =>
        NodesCreated + NodesDeleted + RelationshipsCreated + RelationshipsDeleted + PropertiesSet + LabelsAdded
        + LabelsRemoved + IndexesAdded + IndexesRemoved + ConstraintsAdded + ConstraintsRemoved > 0;

    /// <summary>The sum of two sets of counters (statements of one transaction).</summary>
    public static QueryCounters operator +(QueryCounters left, QueryCounters right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new QueryCounters
        {
            NodesCreated = left.NodesCreated + right.NodesCreated,
            NodesDeleted = left.NodesDeleted + right.NodesDeleted,
            RelationshipsCreated = left.RelationshipsCreated + right.RelationshipsCreated,
            RelationshipsDeleted = left.RelationshipsDeleted + right.RelationshipsDeleted,
            PropertiesSet = left.PropertiesSet + right.PropertiesSet,
            LabelsAdded = left.LabelsAdded + right.LabelsAdded,
            LabelsRemoved = left.LabelsRemoved + right.LabelsRemoved,
            IndexesAdded = left.IndexesAdded + right.IndexesAdded,
            IndexesRemoved = left.IndexesRemoved + right.IndexesRemoved,
            ConstraintsAdded = left.ConstraintsAdded + right.ConstraintsAdded,
            ConstraintsRemoved = left.ConstraintsRemoved + right.ConstraintsRemoved,
        };
    }
}
