using GraphExplorer.Engine.Errors;
using GraphExplorer.Engine.Storage.Durability;
using GraphExplorer.Engine.Transactions;

namespace GraphExplorer.Engine.Storage;

internal sealed partial class GraphStore
{
    /// <summary>Creates a node with labels and (non-null) properties.</summary>
    public StoredNode CreateNode(IEnumerable<string> labels, IEnumerable<KeyValuePair<string, object?>> properties, UndoLog undo)
    {
        var previousNextId = _nextNodeId;
        var node = new StoredNode(_nextNodeId++);
        foreach (var label in labels)
        {
            if (!node.HasLabel(label))
            {
                node.Labels.Add(label);
            }
        }

        foreach (var (key, value) in properties)
        {
            if (value is not null)
            {
                node.Properties[key] = value;
            }
        }

        undo.Record(
            () =>
            {
                UnlinkNode(node);
                _nextNodeId = previousNextId;
            },
            new NodeCreated(node.Id, [.. node.Labels], [.. node.Properties]));
        LinkNode(node, validate: true);
        return node;
    }

    /// <summary>Creates a relationship between two live nodes.</summary>
    public StoredRelationship CreateRelationship(
        string type, StoredNode start, StoredNode end, IEnumerable<KeyValuePair<string, object?>> properties, UndoLog undo)
    {
        var previousNextId = _nextRelationshipId;
        var relationship = new StoredRelationship(_nextRelationshipId++, type, start, end);
        foreach (var (key, value) in properties)
        {
            if (value is not null)
            {
                relationship.Properties[key] = value;
            }
        }

        LinkRelationship(relationship);
        undo.Record(
            () =>
            {
                UnlinkRelationship(relationship);
                _nextRelationshipId = previousNextId;
            },
            new RelationshipCreated(relationship.Id, type, start.Id, end.Id, [.. relationship.Properties]));
        return relationship;
    }

    /// <summary>Sets (or, for <c>null</c>, removes) a node property; returns whether the property existed before.</summary>
    public bool SetNodeProperty(StoredNode node, string key, object? value, UndoLog undo)
    {
        var existed = node.Properties.TryGetValue(key, out var previous);
        if (!existed && value is null)
        {
            return false;
        }

        undo.Record(() => ReplaceNodeProperty(node, key, existed, previous, validate: false), new NodePropertySet(node.Id, key, value));
        ReplaceNodeProperty(node, key, value is not null, value, validate: true);
        return existed;
    }

    /// <summary>Sets (or, for <c>null</c>, removes) a relationship property; returns whether the property existed before.</summary>
    public static bool SetRelationshipProperty(StoredRelationship relationship, string key, object? value, UndoLog undo)
    {
        var existed = relationship.Properties.TryGetValue(key, out var previous);
        if (!existed && value is null)
        {
            return false;
        }

        undo.Record(() => Assign(relationship.Properties, key, existed, previous), new RelationshipPropertySet(relationship.Id, key, value));
        Assign(relationship.Properties, key, value is not null, value);
        return existed;
    }

    /// <summary>Adds a label; returns whether the node lacked it.</summary>
    public bool AddLabel(StoredNode node, string label, UndoLog undo)
    {
        if (node.HasLabel(label))
        {
            return false;
        }

        undo.Record(() => ChangeLabel(node, label, add: false, validate: false), new LabelAdded(node.Id, label));
        ChangeLabel(node, label, add: true, validate: true);
        return true;
    }

    /// <summary>Removes a label; returns whether the node had it.</summary>
    public bool RemoveLabel(StoredNode node, string label, UndoLog undo)
    {
        if (!node.HasLabel(label))
        {
            return false;
        }

        var position = node.Labels.IndexOf(label);
        undo.Record(
            () =>
            {
                ChangeLabel(node, label, add: true, validate: false);
                node.Labels.Remove(label);
                node.Labels.Insert(position, label);
            },
            new LabelRemoved(node.Id, label));
        ChangeLabel(node, label, add: false, validate: true);
        return true;
    }

    /// <summary>Deletes a relationship; returns whether it was live.</summary>
    public bool DeleteRelationship(StoredRelationship relationship, UndoLog undo)
    {
        if (relationship.IsDeleted)
        {
            return false;
        }

        UnlinkRelationship(relationship);
        undo.Record(() => LinkRelationship(relationship), new RelationshipDeleted(relationship.Id));
        return true;
    }

    /// <summary>Deletes a node (its relationships must be deleted first); returns whether it was live.</summary>
    public bool DeleteNode(StoredNode node, UndoLog undo)
    {
        if (node.IsDeleted)
        {
            return false;
        }

        UnlinkNode(node);
        undo.Record(() => LinkNode(node, validate: false), new NodeDeleted(node.Id));
        return true;
    }

    private void LinkNode(StoredNode node, bool validate)
    {
        node.IsDeleted = false;
        _nodes[node.Id] = node;
        foreach (var label in node.Labels)
        {
            LabelSet(label).Add(node);
        }

        IndexNode(node, validate);
    }

    private void UnlinkNode(StoredNode node)
    {
        UnindexNode(node);
        foreach (var label in node.Labels)
        {
            LabelSet(label).Remove(node);
        }

        _nodes.Remove(node.Id);
        node.IsDeleted = true;
    }

    private void LinkRelationship(StoredRelationship relationship)
    {
        relationship.IsDeleted = false;
        _relationships[relationship.Id] = relationship;
        relationship.Start.Outgoing.Add(relationship);
        relationship.End.Incoming.Add(relationship);
    }

    private void UnlinkRelationship(StoredRelationship relationship)
    {
        _relationships.Remove(relationship.Id);
        relationship.Start.Outgoing.Remove(relationship);
        relationship.End.Incoming.Remove(relationship);
        relationship.IsDeleted = true;
    }

    private void ReplaceNodeProperty(StoredNode node, string key, bool present, object? value, bool validate)
    {
        var live = !node.IsDeleted;
        if (live)
        {
            UnindexNode(node);
        }

        Assign(node.Properties, key, present, value);
        if (live)
        {
            IndexNode(node, validate);
        }
    }

    private void ChangeLabel(StoredNode node, string label, bool add, bool validate)
    {
        var live = !node.IsDeleted;
        if (live)
        {
            UnindexNode(node);
        }

        if (add)
        {
            node.Labels.Add(label);
            if (live)
            {
                LabelSet(label).Add(node);
            }
        }
        else
        {
            node.Labels.Remove(label);
            if (live)
            {
                LabelSet(label).Remove(node);
            }
        }

        if (live)
        {
            IndexNode(node, validate);
        }
    }

    private static void Assign(OrderedDictionary<string, object?> properties, string key, bool present, object? value)
    {
        if (present)
        {
            properties[key] = value;
        }
        else
        {
            properties.Remove(key);
        }
    }

    private SortedSet<StoredNode> LabelSet(string label)
    {
        if (!_labelIndex.TryGetValue(label, out var nodes))
        {
            nodes = new SortedSet<StoredNode>(ById);
            _labelIndex[label] = nodes;
        }

        return nodes;
    }

    private void UnindexNode(StoredNode node)
    {
        foreach (var index in _propertyIndexes.Values)
        {
            index.Remove(node);
        }

        UnindexFulltext(node);
    }

    /// <summary>Adds the node to the property indexes, first checking the constraints its labels bring.</summary>
    private void IndexNode(StoredNode node, bool validate)
    {
        if (validate)
        {
            foreach (var rule in _constraints)
            {
                if (rule.OnRelationship || !node.HasLabel(rule.LabelOrType))
                {
                    continue;
                }

                if (rule.RequiresPresence && rule.Properties.FirstOrDefault(p => !node.Properties.ContainsKey(p)) is { } missing)
                {
                    throw EngineErrors.PresenceViolation("Node", node.Id, rule.LabelOrType, missing);
                }

                if (rule.IsUnique && _propertyIndexes.GetValueOrDefault(IndexKey(rule.LabelOrType, rule.Properties)) is { } index
                    && index.FindOther(node) is { } other)
                {
                    throw EngineErrors.UniqueViolation("Node", other.Id, rule.LabelOrType, rule.Properties, index.KeyOf(node));
                }
            }
        }

        foreach (var index in _propertyIndexes.Values)
        {
            index.Add(node);
        }

        IndexFulltext(node);
    }
}
