using GraphExplorer.Graph;

namespace GraphExplorer.Engine.Execution;

/// <summary>Side effects counted while a statement runs. Not thread-safe.</summary>
internal sealed class StatementCounters
{
    public int NodesCreated { get; set; }

    public int NodesDeleted { get; set; }

    public int RelationshipsCreated { get; set; }

    public int RelationshipsDeleted { get; set; }

    public int PropertiesSet { get; set; }

    public int LabelsAdded { get; set; }

    public int LabelsRemoved { get; set; }

    public int IndexesAdded { get; set; }

    public int IndexesRemoved { get; set; }

    public int ConstraintsAdded { get; set; }

    public int ConstraintsRemoved { get; set; }

    /// <summary>The counters as the port reports them.</summary>
    public QueryCounters ToQueryCounters() => new()
    {
        NodesCreated = NodesCreated,
        NodesDeleted = NodesDeleted,
        RelationshipsCreated = RelationshipsCreated,
        RelationshipsDeleted = RelationshipsDeleted,
        PropertiesSet = PropertiesSet,
        LabelsAdded = LabelsAdded,
        LabelsRemoved = LabelsRemoved,
        IndexesAdded = IndexesAdded,
        IndexesRemoved = IndexesRemoved,
        ConstraintsAdded = ConstraintsAdded,
        ConstraintsRemoved = ConstraintsRemoved,
    };
}
