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

    /// <summary>The property map's value for this row (null when no map was written).</summary>
    public IReadOnlyDictionary<string, object?>? PropertiesFor(ExecutionContext context, Row row)
    {
        if (Properties is null)
        {
            return null;
        }

        return context.Evaluator.Evaluate(Properties, row) switch
        {
            null => new Dictionary<string, object?>(),
            IReadOnlyDictionary<string, object?> map => map,
            var other => throw EngineErrors.TypeError($"Expected a map of properties but was {CypherTypes.TypeName(other)}."),
        };
    }

    /// <summary>Whether the node has every label and equal properties.</summary>
    public static bool NodeMatches(StoredNode node, IReadOnlyList<string> labels, IReadOnlyDictionary<string, object?>? properties)
    {
        foreach (var label in labels)
        {
            if (!node.HasLabel(label))
            {
                return false;
            }
        }

        return PropertiesMatch(node.Properties, properties);
    }

    /// <summary>Whether the relationship has one of the types (any, when none) and equal properties.</summary>
    public static bool RelationshipMatches(StoredRelationship relationship, IReadOnlyList<string> types, IReadOnlyDictionary<string, object?>? properties)
    {
        if (types.Count > 0 && !types.Contains(relationship.Type, StringComparer.Ordinal))
        {
            return false;
        }

        return PropertiesMatch(relationship.Properties, properties);
    }

    private static bool PropertiesMatch(OrderedDictionary<string, object?> actual, IReadOnlyDictionary<string, object?>? expected)
    {
        if (expected is null)
        {
            return true;
        }

        foreach (var (key, value) in expected)
        {
            if (CypherEquality.Equals(actual.GetValueOrDefault(key), value) is not true)
            {
                return false;
            }
        }

        return true;
    }
}
