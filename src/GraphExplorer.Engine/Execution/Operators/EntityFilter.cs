using GraphExplorer.Engine.Errors;
using GraphExplorer.Engine.Parsing.Ast;
using GraphExplorer.Engine.Storage;
using GraphExplorer.Engine.Values;

namespace GraphExplorer.Engine.Execution.Operators;

/// <summary>What a node or relationship must look like to match a pattern element: labels/types and a property map.</summary>
internal sealed record EntityFilter(IReadOnlyList<string> LabelsOrTypes, Expression? Properties)
{
    /// <summary>No constraint.</summary>
    public static EntityFilter None { get; } = new([], null);

    /// <summary>The filter as plan text.</summary>
    public string Describe() => (LabelsOrTypes.Count > 0 ? ":" + string.Join(":", LabelsOrTypes) : string.Empty) + (Properties is null ? string.Empty : " {…}");

    /// <summary>The property map's entries for this row (null when no map was written), one per key.</summary>
    public KeyValuePair<string, object?>[]? PropertiesFor(ExecutionContext context, Row row)
    {
        KeyValuePair<string, object?>[]? buffer = null;
        return PropertiesFor(context, row, ref buffer);
    }

    /// <summary>
    /// The same, written into <paramref name="buffer"/> (allocated on first use, then reused) when the map is a
    /// literal: for an operator that is done with one row's entries before it evaluates the next row's, which
    /// saves an array per row and seek.
    /// </summary>
    public KeyValuePair<string, object?>[]? PropertiesFor(ExecutionContext context, Row row, ref KeyValuePair<string, object?>[]? buffer)
    {
        if (Properties is null)
        {
            return null;
        }

        if (Properties is MapExpression map)
        {
            // A map literal (the usual case) is evaluated entry by entry, without building a dictionary.
            var entries = buffer ??= new KeyValuePair<string, object?>[map.Entries.Count];
            var count = 0;
            for (var i = 0; i < map.Entries.Count; i++)
            {
                var (key, expression) = map.Entries[i];
                var value = context.Evaluator.Evaluate(expression, row);
                var at = IndexOf(entries, count, key);
                entries[at < 0 ? count++ : at] = new(key, value);
            }

            return count == entries.Length ? entries : entries[..count];
        }

        return context.Evaluator.Evaluate(Properties, row) switch
        {
            null => [],
            IReadOnlyDictionary<string, object?> values => [.. values],
            var other => throw EngineErrors.TypeError($"Expected a map of properties but was {CypherTypes.TypeName(other)}."),
        };
    }

    /// <summary>Whether the node has every label and equal properties.</summary>
    public static bool NodeMatches(StoredNode node, IReadOnlyList<string> labels, KeyValuePair<string, object?>[]? properties)
    {
        for (var i = 0; i < labels.Count; i++)
        {
            if (!node.HasLabel(labels[i]))
            {
                return false;
            }
        }

        return PropertiesMatch(node, properties);
    }

    /// <summary>Whether the relationship has one of the types (any, when none) and equal properties.</summary>
    public static bool RelationshipMatches(StoredRelationship relationship, IReadOnlyList<string> types, KeyValuePair<string, object?>[]? properties)
    {
        if (types.Count > 0 && !HasType(relationship, types))
        {
            return false;
        }

        return PropertiesMatch(relationship, properties);
    }

    private static bool HasType(StoredRelationship relationship, IReadOnlyList<string> types)
    {
        for (var i = 0; i < types.Count; i++)
        {
            if (string.Equals(types[i], relationship.Type, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static int IndexOf(KeyValuePair<string, object?>[] entries, int count, string key)
    {
        for (var i = 0; i < count; i++)
        {
            if (string.Equals(entries[i].Key, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool PropertiesMatch(StoredEntity actual, KeyValuePair<string, object?>[]? expected)
    {
        if (expected is null)
        {
            return true;
        }

        foreach (var (key, value) in expected)
        {
            if (CypherEquality.Equals(actual.GetProperty(key), value) is not true)
            {
                return false;
            }
        }

        return true;
    }
}
