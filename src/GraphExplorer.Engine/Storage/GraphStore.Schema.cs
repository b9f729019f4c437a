using System.Globalization;
using GraphExplorer.Engine.Parsing.Ast;
using GraphExplorer.Engine.Storage.Durability;
using GraphExplorer.Engine.Transactions;
using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Engine.Storage;

internal sealed partial class GraphStore
{
    /// <summary>Adds a constraint; returns <c>null</c> when <paramref name="ifNotExists"/> and an equivalent or same-named rule exists.</summary>
    public ConstraintRule? AddConstraint(
        string? name, ConstraintKind kind, bool onRelationship, string labelOrType, IReadOnlyList<string> properties, bool ifNotExists, UndoLog undo)
    {
        var rule = new ConstraintRule(_nextSchemaId, name ?? GeneratedName("constraint", kind, labelOrType, properties), kind, onRelationship, labelOrType, properties);
        var equivalent = _constraints.FirstOrDefault(c => c.IsEquivalentTo(rule));
        var sameName = _constraints.FirstOrDefault(c => c.Name == rule.Name);
        var indexWithName = _indexes.FirstOrDefault(i => i.Name == rule.Name && i.OwningConstraint is null);
        if (equivalent is not null || sameName is not null || indexWithName is not null)
        {
            if (ifNotExists)
            {
                return null;
            }

            if (equivalent is not null && equivalent.Name == rule.Name)
            {
                throw new CypherException(StatusCodes.EquivalentSchemaRuleAlreadyExists, $"An equivalent constraint already exists, '{Describe(equivalent)}'.", ErrorPhase.Runtime);
            }

            if (equivalent is not null)
            {
                throw new CypherException(StatusCodes.ConstraintAlreadyExists, $"Constraint already exists: {Describe(equivalent)}", ErrorPhase.Runtime);
            }

            throw new CypherException(StatusCodes.ConstraintAlreadyExists, $"There already exists a constraint called '{rule.Name}'.", ErrorPhase.Runtime);
        }

        if (rule.IsUnique && !onRelationship)
        {
            var index = AcquirePropertyIndex(labelOrType, properties, undo);
            if (index.HasDuplicates(out var key))
            {
                var nodes = index.Seek(key!).OrderBy(n => n.Id).Take(2).ToList();
                throw new CypherException(
                    StatusCodes.ConstraintCreationFailed,
                    $"Unable to create {Describe(rule)}:\nBoth Node({nodes[0].Id}) and Node({nodes[1].Id}) have the label `{labelOrType}` and "
                    + (properties.Count == 1 ? $"property `{properties[0]}` = {Errors.EngineErrors.Format(key)}" : $"properties {string.Join(", ", properties)}"),
                    ErrorPhase.Runtime);
            }
        }

        if (rule.RequiresPresence && !onRelationship)
        {
            var lacking = NodesWithLabel(labelOrType).FirstOrDefault(n => properties.Any(p => !n.HasProperty(p)));
            if (lacking is not null)
            {
                throw new CypherException(
                    StatusCodes.ConstraintCreationFailed,
                    $"Unable to create {Describe(rule)}:\nNode({lacking.Id}) with label `{labelOrType}` must have the properties ({string.Join(", ", properties)})",
                    ErrorPhase.Runtime);
            }
        }

        AddSchemaRule(() => _constraints.Add(rule), () => _constraints.Remove(rule), undo);
        if (rule.IsUnique)
        {
            var owned = new IndexRule(rule.Id + 1, rule.Name, IndexKind.Range, onRelationship, [labelOrType], properties, rule.Name);
            AddSchemaRule(() => _indexes.Add(owned), () => _indexes.Remove(owned), undo);
        }

        undo.Record(() => { }, new ConstraintAdded(rule));
        return rule;
    }

    /// <summary>Drops a constraint by name; returns <c>null</c> when it does not exist and <paramref name="ifExists"/>.</summary>
    public ConstraintRule? DropConstraint(string name, bool ifExists, UndoLog undo)
    {
        var rule = _constraints.FirstOrDefault(c => c.Name == name);
        if (rule is null)
        {
            return ifExists
                ? null
                : throw new CypherException(StatusCodes.ConstraintNotFound, $"Unable to drop constraint `{name}`: No such constraint {name}.", ErrorPhase.Runtime);
        }

        AddSchemaRule(() => _constraints.Remove(rule), () => _constraints.Add(rule), undo);
        if (_indexes.FirstOrDefault(i => i.OwningConstraint == name) is { } owned)
        {
            AddSchemaRule(() => _indexes.Remove(owned), () => _indexes.Add(owned), undo);
        }

        if (rule.IsUnique && !rule.OnRelationship)
        {
            ReleasePropertyIndex(rule.LabelOrType, rule.Properties, undo);
        }

        undo.Record(() => { }, new ConstraintDropped(rule.Name));
        return rule;
    }

    /// <summary>Adds an index; returns <c>null</c> when <paramref name="ifNotExists"/> and an equivalent or same-named rule exists.</summary>
    public IndexRule? AddIndex(
        string? name, IndexKind kind, bool onRelationship, IReadOnlyList<string> labelsOrTypes, IReadOnlyList<string> properties, bool ifNotExists, UndoLog undo)
    {
        var rule = new IndexRule(
            _nextSchemaId, name ?? GeneratedName("index", kind, string.Join("|", labelsOrTypes), properties), kind, onRelationship, labelsOrTypes, properties, null);
        var equivalent = _indexes.FirstOrDefault(i => i.IsEquivalentTo(rule));
        var sameName = _indexes.FirstOrDefault(i => i.Name == rule.Name) is not null || _constraints.Any(c => c.Name == rule.Name);
        if (equivalent is not null || sameName)
        {
            if (ifNotExists)
            {
                return null;
            }

            if (equivalent is not null && equivalent.Name == rule.Name)
            {
                throw new CypherException(StatusCodes.EquivalentSchemaRuleAlreadyExists, $"An equivalent index already exists, '{Describe(equivalent)}'.", ErrorPhase.Runtime);
            }

            throw new CypherException(
                StatusCodes.IndexAlreadyExists,
                equivalent is not null ? $"There already exists an index {Describe(equivalent)}." : $"There already exists an index called '{rule.Name}'.",
                ErrorPhase.Runtime);
        }

        AddSchemaRule(() => _indexes.Add(rule), () => _indexes.Remove(rule), undo);
        if (kind == IndexKind.Range && !onRelationship && labelsOrTypes.Count == 1)
        {
            AcquirePropertyIndex(labelsOrTypes[0], properties, undo);
        }

        AttachFulltextIndex(rule, undo);
        undo.Record(() => { }, new IndexAdded(rule));
        return rule;
    }

    /// <summary>Drops an index by name; returns <c>null</c> when it does not exist and <paramref name="ifExists"/>.</summary>
    public IndexRule? DropIndex(string name, bool ifExists, UndoLog undo)
    {
        var rule = _indexes.FirstOrDefault(i => i.Name == name && i.OwningConstraint is null);
        if (rule is null)
        {
            return ifExists
                ? null
                : throw new CypherException(StatusCodes.IndexNotFound, $"Unable to drop index: Index with name `{name}` does not exist.", ErrorPhase.Runtime);
        }

        AddSchemaRule(() => _indexes.Remove(rule), () => _indexes.Add(rule), undo);
        if (rule.Kind == IndexKind.Range && !rule.OnRelationship && rule.LabelsOrTypes.Count == 1)
        {
            ReleasePropertyIndex(rule.LabelsOrTypes[0], rule.Properties, undo);
        }

        DetachFulltextIndex(rule, undo);
        undo.Record(() => { }, new IndexDropped(rule.Name));
        return rule;
    }

    /// <summary>Puts back a rule read from a snapshot, keeping its id and name.</summary>
    public void RestoreConstraint(ConstraintRule rule, UndoLog undo)
    {
        if (rule.IsUnique && !rule.OnRelationship)
        {
            AcquirePropertyIndex(rule.LabelOrType, rule.Properties, undo);
        }

        if (rule.IsUnique)
        {
            _indexes.Add(new IndexRule(rule.Id + 1, rule.Name, IndexKind.Range, rule.OnRelationship, [rule.LabelOrType], rule.Properties, rule.Name));
        }

        _constraints.Add(rule);
        _nextSchemaId = Math.Max(_nextSchemaId, rule.Id + 2);
        SchemaVersion++;
    }

    /// <summary>Puts back an index read from a snapshot, keeping its id and name.</summary>
    public void RestoreIndex(IndexRule rule, UndoLog undo)
    {
        if (rule.Kind == IndexKind.Range && !rule.OnRelationship && rule.LabelsOrTypes.Count == 1)
        {
            AcquirePropertyIndex(rule.LabelsOrTypes[0], rule.Properties, undo);
        }

        AttachFulltextIndex(rule, undo);
        _indexes.Add(rule);
        _nextSchemaId = Math.Max(_nextSchemaId, rule.Id + 1);
        SchemaVersion++;
    }

    /// <summary>Sets the id counters read from a snapshot.</summary>
    public void RestoreNextIds(long node, long relationship, long schema)
    {
        _nextNodeId = Math.Max(_nextNodeId, node);
        _nextRelationshipId = Math.Max(_nextRelationshipId, relationship);
        _nextSchemaId = Math.Max(_nextSchemaId, schema);
    }

    /// <summary>How Neo4j prints a constraint in messages.</summary>
    public static string Describe(ConstraintRule rule)
    {
        var type = rule.Kind switch
        {
            ConstraintKind.Unique => rule.OnRelationship ? "RELATIONSHIP UNIQUENESS" : "UNIQUENESS",
            ConstraintKind.NodeKey => rule.OnRelationship ? "RELATIONSHIP KEY" : "NODE KEY",
            _ => rule.OnRelationship ? "RELATIONSHIP PROPERTY EXISTENCE" : "NODE PROPERTY EXISTENCE",
        };
        var schema = rule.OnRelationship ? $"()-[:{rule.LabelOrType} {{{string.Join(", ", rule.Properties)}}}]-()" : $"(:{rule.LabelOrType} {{{string.Join(", ", rule.Properties)}}})";
        return $"Constraint( id={rule.Id}, name='{rule.Name}', type='{type}', schema={schema} )";
    }

    /// <summary>How Neo4j prints an index in messages.</summary>
    public static string Describe(IndexRule rule)
    {
        var entity = rule.OnRelationship ? $"()-[:{string.Join("|", rule.LabelsOrTypes)} {{{string.Join(", ", rule.Properties)}}}]-()" : $"(:{string.Join("|", rule.LabelsOrTypes)} {{{string.Join(", ", rule.Properties)}}})";
        return $"Index( id={rule.Id}, name='{rule.Name}', type='{rule.Kind.ToString().ToUpperInvariant()}', schema={entity} )";
    }

    private void AddSchemaRule(Action apply, Action revert, UndoLog undo)
    {
        var previousNextId = _nextSchemaId;
        apply();
        _nextSchemaId += 2;
        SchemaVersion++;
        undo.Record(() =>
        {
            revert();
            _nextSchemaId = previousNextId;
            SchemaVersion++;
        });
    }

    private PropertyIndex AcquirePropertyIndex(string label, IReadOnlyList<string> properties, UndoLog undo)
    {
        var key = IndexKey(label, properties);
        if (!_propertyIndexes.TryGetValue(key, out var index))
        {
            index = new PropertyIndex(label, properties);
            foreach (var node in NodesWithLabel(label))
            {
                index.Add(node);
            }

            _propertyIndexes[key] = index;
        }

        index.Users++;
        var acquired = index;
        undo.Record(() =>
        {
            acquired.Users--;
            if (acquired.Users == 0)
            {
                _propertyIndexes.Remove(key);
            }
        });
        return index;
    }

    private void ReleasePropertyIndex(string label, IReadOnlyList<string> properties, UndoLog undo)
    {
        var key = IndexKey(label, properties);
        if (_propertyIndexes.TryGetValue(key, out var index))
        {
            index.Users--;
            if (index.Users == 0)
            {
                _propertyIndexes.Remove(key);
            }

            undo.Record(() =>
            {
                index.Users++;
                _propertyIndexes[key] = index;
            });
        }
    }

    private static string GeneratedName<TKind>(string prefix, TKind kind, string labelOrType, IReadOnlyList<string> properties)
        where TKind : struct, Enum
    {
        // Neo4j derives default names from a hash of the rule; a stable FNV-1a hash keeps ours reproducible.
        var text = $"{kind}:{labelOrType}:{string.Join(",", properties)}";
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return prefix + "_" + hash.ToString("x8", CultureInfo.InvariantCulture);
    }
}
