using GraphExplorer.Engine.Storage;
using GraphExplorer.Engine.Values;

namespace GraphExplorer.Engine.Execution.Procedures;

/// <summary>Whether a value fits a procedure field's declared Cypher type, and the coercions Neo4j applies (INTEGER to FLOAT).</summary>
internal static class ProcedureTypes
{
    /// <summary>Whether <paramref name="value"/> may be passed as <paramref name="type"/>.</summary>
    public static bool Accepts(string type, object? value)
    {
        if (value is null)
        {
            return true;
        }

        var name = type.Trim().TrimEnd('?').Trim().ToUpperInvariant();
        if (name.StartsWith("LIST", StringComparison.Ordinal))
        {
            return value is IReadOnlyList<object?>;
        }

        return name switch
        {
            "ANY" => true,
            "INTEGER" or "INT" => value is long,
            "FLOAT" => value is double or long,
            "NUMBER" => CypherTypes.IsNumber(value),
            "STRING" => value is string,
            "BOOLEAN" or "BOOL" => value is bool,
            "MAP" => value is IReadOnlyDictionary<string, object?> || value is StoredNode || value is StoredRelationship,
            "NODE" => value is StoredNode,
            "RELATIONSHIP" => value is StoredRelationship,
            "PATH" => value is IPathValue,
            _ => true,
        };
    }

    /// <summary>The value as the declared type expects it (an INTEGER passed as FLOAT becomes a float).</summary>
    public static object? Coerce(string type, object? value) =>
        value is long l && type.Trim().TrimEnd('?').Trim().Equals("FLOAT", StringComparison.OrdinalIgnoreCase) ? (double)l : value;
}
