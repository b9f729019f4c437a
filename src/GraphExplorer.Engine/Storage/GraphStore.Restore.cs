using GraphExplorer.Engine.Storage.Durability;

namespace GraphExplorer.Engine.Storage;

internal sealed partial class GraphStore
{
    /// <summary>The store's names (labels, types, property keys): a loader reads into it, so what it reads is already shared.</summary>
    internal NameTable Names => _names;

    /// <summary>Sizes the node and relationship tables for a load (ids, not chunks, are the unit).</summary>
    public void EnsureCapacity(int nodes, int relationships)
    {
        _nodes.EnsureCapacity(nodes);
        _relationships.EnsureCapacity(relationships);
    }

    /// <summary>Puts back a node read from a snapshot, with its id (no constraint checks: the snapshot was valid).</summary>
    public StoredNode RestoreNode(long id, IEnumerable<string> labels, IEnumerable<KeyValuePair<string, object?>> properties)
    {
        var node = NewRestoredNode(id, labels);
        foreach (var (key, value) in properties)
        {
            node.WriteProperty(key, value);
        }

        return LinkRestoredNode(node);
    }

    /// <summary>
    /// Puts back a node read from a snapshot with its properties as a shape and values (kept, not copied), and
    /// its adjacency lists sized for the relationships that will be restored at each end. The labels are already
    /// in the store's name table (the snapshot loader decodes into it on another thread, so this does not touch it).
    /// </summary>
    public StoredNode RestoreNode(long id, List<string> labels, PropertyShape? shape, object? values, int outgoing, int incoming)
    {
        var node = new StoredNode(id);
        node.Labels.AddRange(labels);
        node.InitializeProperties(shape, values);
        node.ReserveRelationships(_relationships, outgoing, incoming);
        return LinkRestoredNode(node);
    }

    /// <summary>Puts back a relationship read from a snapshot, with its id.</summary>
    public StoredRelationship RestoreRelationship(long id, string type, StoredNode start, StoredNode end, IEnumerable<KeyValuePair<string, object?>> properties)
    {
        var relationship = new StoredRelationship(id, _names.Intern(type), start, end);
        foreach (var (key, value) in properties)
        {
            relationship.WriteProperty(key, value);
        }

        return LinkRestoredRelationship(relationship);
    }

    /// <summary>
    /// Puts back a relationship read from a snapshot with its properties as a shape and values (kept, not copied);
    /// the type is already in the store's name table (see the shaped <see cref="RestoreNode(long, List{string}, PropertyShape?, object?, int, int)"/>).
    /// </summary>
    public StoredRelationship RestoreRelationship(long id, string type, StoredNode start, StoredNode end, PropertyShape? shape, object? values)
    {
        var relationship = new StoredRelationship(id, type, start, end);
        relationship.InitializeProperties(shape, values);
        return LinkRestoredRelationship(relationship);
    }

    private StoredNode NewRestoredNode(long id, IEnumerable<string> labels)
    {
        var node = new StoredNode(id);
        foreach (var label in labels)
        {
            node.Labels.Add(_names.Intern(label));
        }

        return node;
    }

    private StoredNode LinkRestoredNode(StoredNode node)
    {
        LinkNode(node, validate: false);
        _nextNodeId = Math.Max(_nextNodeId, node.Id + 1);
        return node;
    }

    private StoredRelationship LinkRestoredRelationship(StoredRelationship relationship)
    {
        LinkRelationship(relationship);
        _nextRelationshipId = Math.Max(_nextRelationshipId, relationship.Id + 1);
        return relationship;
    }
}
