using GraphExplorer.Engine.Parsing.Ast;
using GraphExplorer.Engine.Storage.Counts;

namespace GraphExplorer.Engine.Storage;

/// <summary>
/// The counts store (decision 0085): node counts per label (the label index), relationship counts per type and
/// per (label, type, direction), self-loops, and per-node degrees by type and direction (the adjacency lists'
/// tallies). The counters change inside <see cref="LinkRelationship"/>, <see cref="UnlinkRelationship"/> and
/// <see cref="ChangeLabel"/>, the primitives under every write, undo, replay and load, so they are exact after
/// each of them; a counter is "the relationships linked now, with the labels their ends carry now".
/// </summary>
internal sealed partial class GraphStore
{
    private readonly CountsStore _counts = new();

    /// <summary>The relationship counters (for the consistency checker).</summary>
    public IReadOnlyDictionary<CountKey, long> RelationshipCounters => _counts.Counters;

    /// <summary>Live nodes carrying <paramref name="label"/>, or every live node when null; O(1).</summary>
    public long CountNodes(string? label) => label is null ? _nodes.Count : NodesWithLabel(label).Count;

    /// <summary>
    /// Live relationships of <paramref name="type"/> (any type when null) from a node with <paramref name="startLabel"/>
    /// to a node with <paramref name="endLabel"/> (either label null for any node; not both set), as a directed
    /// pattern <c>(:S)-[:T]->(:E)</c> counts them; O(1).
    /// </summary>
    public long CountRelationships(string? startLabel, string? type, string? endLabel)
    {
        if (startLabel is not null && endLabel is not null)
        {
            throw new ArgumentException("the counts store keeps one label per counter", nameof(endLabel));
        }

        return (startLabel, endLabel, type) switch
        {
            ({ } start, _, _) => _counts.Get(CountKind.Outgoing, start, type),
            (_, { } end, _) => _counts.Get(CountKind.Incoming, end, type),
            (_, _, null) => _relationships.Count,
            _ => _counts.Get(CountKind.Type, null, type),
        };
    }

    /// <summary>Self-loops of <paramref name="type"/> (any when null) at nodes with <paramref name="label"/> (any when null); O(1).</summary>
    public long CountLoops(string? label, string? type) => _counts.Get(CountKind.Loop, label, type);

    /// <summary>
    /// The rows a one-hop expansion from <paramref name="node"/> in <paramref name="direction"/> over
    /// <paramref name="type"/> (any when null) produces: a self-loop counts once per directed end and once
    /// undirected, as Neo4j's <c>getDegree</c>. O(types at the node).
    /// </summary>
    public static long Degree(StoredNode node, string? type, RelationshipDirection direction) => direction switch
    {
        RelationshipDirection.Outgoing => node.Outgoing.Degree(type),
        RelationshipDirection.Incoming => node.Incoming.Degree(type),
        _ => node.Outgoing.Degree(type) + node.Incoming.Degree(type) - node.Outgoing.Loops(type),
    };

    /// <summary>Recomputes every relationship counter from the graph (after a load that bypassed the link primitives).</summary>
    public void RebuildCounts()
    {
        _counts.Clear();
        foreach (var relationship in Relationships)
        {
            _counts.Relationship(relationship, +1);
        }
    }
}
