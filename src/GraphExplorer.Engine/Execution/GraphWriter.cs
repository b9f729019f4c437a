using GraphExplorer.Engine.Errors;
using GraphExplorer.Engine.Storage;
using GraphExplorer.Engine.Values;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Engine.Execution;

/// <summary>Applies writes to the store for the update operators: checks property values, records undo and counts effects.</summary>
internal static class GraphWriter
{
    /// <summary>The TCK's name for a value that cannot be stored as a property.</summary>
    public const string InvalidPropertyType = "InvalidPropertyType";

    /// <summary>Creates a node, counting it, its labels and its non-null properties.</summary>
    public static StoredNode CreateNode(ExecutionContext context, IReadOnlyList<string> labels, IReadOnlyDictionary<string, object?>? properties)
    {
        var values = CheckedProperties(properties);
        var node = context.Store.CreateNode(labels, values, context.Undo);
        context.Counters.NodesCreated++;
        context.Counters.LabelsAdded += node.Labels.Count;
        context.Counters.PropertiesSet += values.Count;
        return node;
    }

    /// <summary>Creates a relationship, counting it and its non-null properties.</summary>
    public static StoredRelationship CreateRelationship(
        ExecutionContext context, string type, StoredNode start, StoredNode end, IReadOnlyDictionary<string, object?>? properties)
    {
        if (start.IsDeleted || end.IsDeleted)
        {
            throw EngineErrors.DeletedEntityAccess("Node", start.IsDeleted ? start.Id : end.Id);
        }

        var values = CheckedProperties(properties);
        var relationship = context.Store.CreateRelationship(type, start, end, values, context.Undo);
        context.Counters.RelationshipsCreated++;
        context.Counters.PropertiesSet += values.Count;
        return relationship;
    }

    /// <summary>Sets (null: removes) a property of a node or relationship; null targets are ignored.</summary>
    public static void SetProperty(ExecutionContext context, object? target, string key, object? value)
    {
        var stored = value is null ? null : CheckPropertyValue(value);
        switch (target)
        {
            case null:
                return;
            case StoredNode node:
                if (node.IsDeleted)
                {
                    throw EngineErrors.DeletedEntityAccess("Node", node.Id);
                }

                if (context.Store.SetNodeProperty(node, key, stored, context.Undo) || stored is not null)
                {
                    context.Counters.PropertiesSet++;
                }

                return;
            case StoredRelationship relationship:
                if (relationship.IsDeleted)
                {
                    throw EngineErrors.DeletedEntityAccess("Relationship", relationship.Id);
                }

                if (GraphStore.SetRelationshipProperty(relationship, key, stored, context.Undo) || stored is not null)
                {
                    context.Counters.PropertiesSet++;
                }

                return;
            default:
                throw EngineErrors.TypeError($"Type mismatch: expected a node or relationship but was {CypherTypes.TypeName(target)}.");
        }
    }

    /// <summary><c>SET n = map</c> (replace) or <c>SET n += map</c> (merge).</summary>
    public static void SetProperties(ExecutionContext context, object? target, object? source, bool merge)
    {
        if (target is null)
        {
            return;
        }

        if (target is not (StoredNode or StoredRelationship))
        {
            throw EngineErrors.TypeError($"Type mismatch: expected a node or relationship but was {CypherTypes.TypeName(target)}.");
        }

        var map = source switch
        {
            null => new Dictionary<string, object?>(),
            StoredNode node => new Dictionary<string, object?>(node.Properties),
            StoredRelationship relationship => new Dictionary<string, object?>(relationship.Properties),
            IReadOnlyDictionary<string, object?> m => m,
            _ => throw EngineErrors.TypeError($"Expected a map to set properties from but was {CypherTypes.TypeName(source)}."),
        };
        if (!merge)
        {
            var current = target is StoredNode n ? n.Properties : ((StoredRelationship)target).Properties;
            foreach (var key in current.Keys.Where(k => !map.ContainsKey(k)).ToList())
            {
                SetProperty(context, target, key, null);
            }
        }

        foreach (var (key, value) in map)
        {
            SetProperty(context, target, key, value);
        }
    }

    /// <summary>Adds labels to a node (null is ignored).</summary>
    public static void AddLabels(ExecutionContext context, object? target, IReadOnlyList<string> labels)
    {
        if (target is null)
        {
            return;
        }

        var node = target as StoredNode ?? throw EngineErrors.TypeError($"Type mismatch: expected a node but was {CypherTypes.TypeName(target)}.");
        foreach (var label in labels)
        {
            if (context.Store.AddLabel(node, label, context.Undo))
            {
                context.Counters.LabelsAdded++;
            }
        }
    }

    /// <summary>Removes labels from a node (null is ignored).</summary>
    public static void RemoveLabels(ExecutionContext context, object? target, IReadOnlyList<string> labels)
    {
        if (target is null)
        {
            return;
        }

        var node = target as StoredNode ?? throw EngineErrors.TypeError($"Type mismatch: expected a node but was {CypherTypes.TypeName(target)}.");
        foreach (var label in labels)
        {
            if (context.Store.RemoveLabel(node, label, context.Undo))
            {
                context.Counters.LabelsRemoved++;
            }
        }
    }

    /// <summary>Deletes a node, relationship or path (null is ignored); a connected node is checked at the end of the statement unless detached.</summary>
    public static void Delete(ExecutionContext context, object? target, bool detach)
    {
        switch (target)
        {
            case null:
                return;
            case StoredRelationship relationship:
                if (context.Store.DeleteRelationship(relationship, context.Undo))
                {
                    context.Counters.RelationshipsDeleted++;
                }

                return;
            case StoredNode node:
                if (detach)
                {
                    foreach (var relationship in node.Outgoing.Concat(node.Incoming).ToList())
                    {
                        Delete(context, relationship, false);
                    }
                }
                else if (node.HasRelationships)
                {
                    context.NodesDeletedWithoutDetach.Add(node);
                }

                if (context.Store.DeleteNode(node, context.Undo))
                {
                    context.Counters.NodesDeleted++;
                }

                return;
            case PathValue path:
                foreach (var relationship in path.RelationshipList)
                {
                    Delete(context, relationship, false);
                }

                foreach (var node in path.NodeList)
                {
                    Delete(context, node, detach);
                }

                return;
            default:
                throw EngineErrors.TypeError($"Type mismatch: expected a node, relationship or path but was {CypherTypes.TypeName(target)}.");
        }
    }

    /// <summary>Fails when a node deleted without DETACH still has relationships (checked when the statement ends, as Neo4j does at commit).</summary>
    public static void CheckDeletedNodes(ExecutionContext context)
    {
        foreach (var node in context.NodesDeletedWithoutDetach)
        {
            if (node.IsDeleted && node.Outgoing.Concat(node.Incoming).Any(r => !r.IsDeleted))
            {
                throw EngineErrors.DeleteConnectedNode(node.Id);
            }
        }
    }

    /// <summary>Checks that a value can be stored as a property: a scalar, temporal or point, or a list of one such type.</summary>
    public static object CheckPropertyValue(object value)
    {
        switch (value)
        {
            case bool or long or double or string or DateOnly or DateTime or DateTimeOffset or TimeOnly or CypherDuration or CypherPoint or byte[]:
                return value;
            case IReadOnlyList<object?> list:
                Type? elementType = null;
                foreach (var item in list)
                {
                    if (item is null)
                    {
                        throw EngineErrors.TypeError("Collections containing null values can not be stored in properties.", InvalidPropertyType);
                    }

                    if (item is IReadOnlyList<object?> or IReadOnlyDictionary<string, object?> or IEntityValue or IPathValue)
                    {
                        throw EngineErrors.TypeError($"Property values can only be of primitive types or arrays thereof. Encountered: {CypherTypes.TypeName(value)}.", InvalidPropertyType);
                    }

                    var type = item is long or double ? typeof(double) : item.GetType();
                    if (elementType is not null && elementType != type)
                    {
                        throw EngineErrors.TypeError("Collections of mixed types can not be stored in properties.", InvalidPropertyType);
                    }

                    elementType = type;
                }

                return list.ToList();
            default:
                throw EngineErrors.TypeError($"Property values can only be of primitive types or arrays thereof. Encountered: {CypherTypes.TypeName(value)}.", InvalidPropertyType);
        }
    }

    private static IReadOnlyList<KeyValuePair<string, object?>> CheckedProperties(IReadOnlyDictionary<string, object?>? properties)
    {
        if (properties is null || properties.Count == 0)
        {
            // The shared empty array (whose enumerator is shared too): no list per created entity without properties.
            return [];
        }

        var values = new List<KeyValuePair<string, object?>>();
        if (properties is not null)
        {
            foreach (var (key, value) in properties)
            {
                if (value is not null)
                {
                    values.Add(new(key, CheckPropertyValue(value)));
                }
            }
        }

        return values;
    }
}
