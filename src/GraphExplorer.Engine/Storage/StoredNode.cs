using GraphExplorer.Engine.Values;

namespace GraphExplorer.Engine.Storage;

/// <summary>A node in the in-memory graph: labels, properties and its adjacency lists. Guarded by the store's lock.</summary>
internal sealed class StoredNode : IEntityValue
{
    public StoredNode(long id)
    {
        Id = id;
    }

    /// <summary>The node's id, unique for the life of the store.</summary>
    public long Id { get; }

    /// <inheritdoc />
    public bool IsNode => true;

    /// <summary>Labels in the order they were added.</summary>
    public List<string> Labels { get; } = [];

    /// <summary>Properties in the order they were first set.</summary>
    public OrderedDictionary<string, object?> Properties { get; } = new(StringComparer.Ordinal);

    /// <summary>Relationships that start here.</summary>
    public List<StoredRelationship> Outgoing { get; } = [];

    /// <summary>Relationships that end here.</summary>
    public List<StoredRelationship> Incoming { get; } = [];

    /// <summary>Whether the node was deleted (in this or a committed transaction).</summary>
    public bool IsDeleted { get; set; }

    /// <summary>Whether the node carries <paramref name="label"/>.</summary>
    public bool HasLabel(string label) => Labels.Contains(label, StringComparer.Ordinal);

    /// <summary>Whether any live relationship touches the node.</summary>
    public bool HasRelationships => Outgoing.Count > 0 || Incoming.Count > 0;

    /// <inheritdoc />
    public override string ToString() => $"Node[{Id}]";
}
