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
                node.Labels.Add(_names.Intern(label));
            }
        }

        foreach (var (key, value) in properties)
        {
            if (value is not null)
            {
                node.WriteProperty(key, value);
            }
        }

        undo.Record(
            this,
            new StoreUndo(StoreUndoKind.NodeCreated, node, Number: previousNextId),
            new NodeCreated(node.Id, [.. node.Labels], PropertiesForLog(node)));
        LinkNode(node, validate: true);
        return node;
    }

    /// <summary>Creates a relationship between two live nodes.</summary>
    public StoredRelationship CreateRelationship(
        string type, StoredNode start, StoredNode end, IEnumerable<KeyValuePair<string, object?>> properties, UndoLog undo)
    {
        var previousNextId = _nextRelationshipId;
        var relationship = new StoredRelationship(_nextRelationshipId++, _names.Intern(type), start, end);
        foreach (var (key, value) in properties)
        {
            if (value is not null)
            {
                relationship.WriteProperty(key, value);
            }
        }

        LinkRelationship(relationship);
        undo.Record(
            this,
            new StoreUndo(StoreUndoKind.RelationshipCreated, relationship, Number: previousNextId),
            new RelationshipCreated(relationship.Id, relationship.Type, start.Id, end.Id, PropertiesForLog(relationship)));
        return relationship;
    }

    /// <summary>Sets (or, for <c>null</c>, removes) a node property; returns whether the property existed before.</summary>
    public bool SetNodeProperty(StoredNode node, string key, object? value, UndoLog undo)
    {
        var existed = node.TryGetProperty(key, out var previous);
        if (!existed && value is null)
        {
            return false;
        }

        undo.Record(this, PropertyUndo(StoreUndoKind.NodePropertySet, node, key, existed, previous), new NodePropertySet(node.Id, key, value));
        ReplaceNodeProperty(node, key, value is not null, value, validate: true);
        return existed;
    }

    /// <summary>Sets (or, for <c>null</c>, removes) a relationship property; returns whether the property existed before.</summary>
    public static bool SetRelationshipProperty(StoredRelationship relationship, string key, object? value, UndoLog undo)
    {
        var existed = relationship.TryGetProperty(key, out var previous);
        if (!existed && value is null)
        {
            return false;
        }

        undo.Record(
            RelationshipPropertyUndo.Instance,
            PropertyUndo(StoreUndoKind.RelationshipPropertySet, relationship, key, existed, previous),
            new RelationshipPropertySet(relationship.Id, key, value));
        relationship.AssignProperty(key, value is not null, value);
        return existed;
    }

    /// <summary>Adds a label; returns whether the node lacked it.</summary>
    public bool AddLabel(StoredNode node, string label, UndoLog undo)
    {
        if (node.HasLabel(label))
        {
            return false;
        }

        label = _names.Intern(label);
        undo.Record(this, new StoreUndo(StoreUndoKind.LabelAdded, node, label), new LabelAdded(node.Id, label));
        ChangeLabel(node, label, add: true, validate: true);
        return true;
    }

    /// <summary>Removes a label; returns whether the node had it.</summary>
    public bool RemoveLabel(StoredNode node, string label, UndoLog undo)
    {
        var position = node.Labels.IndexOf(label);
        if (position < 0)
        {
            return false;
        }

        undo.Record(this, new StoreUndo(StoreUndoKind.LabelRemoved, node, node.Labels[position], Number: position), new LabelRemoved(node.Id, label));
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
        undo.Record(this, new StoreUndo(StoreUndoKind.RelationshipDeleted, relationship), new RelationshipDeleted(relationship.Id));
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
        undo.Record(this, new StoreUndo(StoreUndoKind.NodeDeleted, node), new NodeDeleted(node.Id));
        return true;
    }

    /// <summary>The properties a creation record carries: a copy (later changes are logged on their own), none for an entity without.</summary>
    private static IReadOnlyList<KeyValuePair<string, object?>> PropertiesForLog(StoredEntity entity) =>
        entity.PropertyCount == 0 ? [] : [.. entity.Properties];

    private static StoreUndo PropertyUndo(StoreUndoKind kind, StoredEntity entity, string key, bool existed, object? previous) =>
        new(kind, entity, key, previous, existed ? 1 : 0);

    private void LinkNode(StoredNode node, bool validate)
    {
        node.IsDeleted = false;
        _nodes.Set(node);
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
        _relationships.Set(relationship);
        relationship.Start.OutgoingForWrite(_relationships).Add(relationship);
        relationship.End.IncomingForWrite(_relationships).Add(relationship);
        _counts.Relationship(relationship, +1);
    }

    private void UnlinkRelationship(StoredRelationship relationship)
    {
        _relationships.Remove(relationship.Id);
        relationship.Start.Outgoing.Remove(relationship);
        relationship.End.Incoming.Remove(relationship);
        _counts.Relationship(relationship, -1);
        relationship.IsDeleted = true;
    }

    private void ReplaceNodeProperty(StoredNode node, string key, bool present, object? value, bool validate)
    {
        var live = !node.IsDeleted;
        if (live)
        {
            UnindexNode(node);
        }

        node.AssignProperty(key, present, value);
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

        // Counted whether or not the node is live: a node deleted without DETACH keeps its relationships until
        // the statement fails, and they stay counted under the labels their ends carry.
        _counts.Label(node, label, add ? +1 : -1);
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

                if (rule.RequiresPresence && rule.Properties.FirstOrDefault(p => !node.HasProperty(p)) is { } missing)
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
