using GraphExplorer.Engine.Execution;

namespace GraphExplorer.Engine.Storage.Bulk;

/// <summary>Port values of bulk rows as stored property values, checked as the Cypher path checks them. Thread-safe (stateless).</summary>
internal static class BulkValues
{
    /// <summary>A port value as a storable runtime value; <c>null</c> stays <c>null</c>.</summary>
    /// <exception cref="Graph.Errors.CypherException">The value cannot be a property (a map, a nested or mixed list).</exception>
    public static object? Stored(object? value) => value switch
    {
        null => null,
        string or long or double or bool => value,

        // Lists of runtime scalars (what the importers hand in) need no conversion, only the check, which copies.
        List<object?> list when IsRuntimeScalars(list) => GraphWriter.CheckPropertyValue(list),
        _ => ValueConversion.FromPort(value) is { } converted ? GraphWriter.CheckPropertyValue(converted) : null,
    };

    private static bool IsRuntimeScalars(List<object?> list)
    {
        foreach (var item in list)
        {
            if (item is not (string or long or double or bool))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A row's properties, converted and checked, in their order; <c>null</c> values are kept (they remove on a match and are skipped on a create).</summary>
    public static List<KeyValuePair<string, object?>> Properties(IReadOnlyDictionary<string, object?>? properties)
    {
        var values = new List<KeyValuePair<string, object?>>(properties is null ? 1 : properties.Count + 1);
        if (properties is not null)
        {
            foreach (var (name, value) in properties)
            {
                values.Add(new(name, Stored(value)));
            }
        }

        return values;
    }

    /// <summary>Whether a property list names <paramref name="name"/> at or after <paramref name="from"/>.</summary>
    public static bool Contains(List<KeyValuePair<string, object?>> properties, string name, int from)
    {
        for (var i = from; i < properties.Count; i++)
        {
            if (string.Equals(properties[i].Key, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
