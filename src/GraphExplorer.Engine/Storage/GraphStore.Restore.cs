namespace GraphExplorer.Engine.Storage;

internal sealed partial class GraphStore
{
    /// <summary>Sizes the node and relationship tables for a load (ids, not chunks, are the unit).</summary>
    public void EnsureCapacity(int nodes, int relationships)
    {
        _nodes.EnsureCapacity(nodes);
        _relationships.EnsureCapacity(relationships);
    }

    /// <summary>Puts back a node read from a snapshot, with its id (no constraint checks: the snapshot was valid).</summary>
    public StoredNode RestoreNode(long id, IEnumerable<string> labels, IEnumerable<KeyValuePair<string, object?>> properties)
    {
        var node = new StoredNode(id);
        foreach (var label in labels)
        {
            node.Labels.Add(_names.Intern(label));
        }

        foreach (var (key, value) in properties)
        {
            node.WriteProperty(key, value);
        }

        LinkNode(node, validate: false);
        _nextNodeId = Math.Max(_nextNodeId, id + 1);
        return node;
    }

    /// <summary>Puts back a relationship read from a snapshot, with its id.</summary>
    public StoredRelationship RestoreRelationship(long id, string type, StoredNode start, StoredNode end, IEnumerable<KeyValuePair<string, object?>> properties)
    {
        var relationship = new StoredRelationship(id, _names.Intern(type), start, end);
        foreach (var (key, value) in properties)
        {
            relationship.WriteProperty(key, value);
        }

        LinkRelationship(relationship);
        _nextRelationshipId = Math.Max(_nextRelationshipId, id + 1);
        return relationship;
    }
}
