using System.Collections;
using System.Globalization;
using GraphExplorer.Engine.Storage;
using GraphExplorer.Engine.Values;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Engine.Execution;

/// <summary>Converts between the port's CLR values and the engine's runtime values.</summary>
internal static class ValueConversion
{
    /// <summary>A parameter value as a runtime value: <c>int</c> → <c>long</c>, <c>float</c> → <c>double</c>, arrays and lists → lists, dictionaries → maps.</summary>
    public static object? FromPort(object? value) => value switch
    {
        null or bool or long or double or string => value,
        byte[] bytes => bytes,
        IReadOnlyDictionary<string, object?> map => map.ToDictionary(e => e.Key, e => FromPort(e.Value), StringComparer.Ordinal),
        IDictionary dictionary => FromPortDictionary(dictionary),
        IList list => FromPortList(list),
        IEnumerable list and not string => list.Cast<object?>().Select(FromPort).ToList(),
        _ => CypherTypes.Normalize(value),
    };

    // Its own method: a lambda capturing the dictionary inside FromPort's switch made the compiler allocate
    // the closure on every FromPort call, i.e. for every element of every list parameter.
    private static Dictionary<string, object?> FromPortDictionary(IDictionary dictionary) =>
        dictionary.Keys.Cast<object>().ToDictionary(
            k => Convert.ToString(k, CultureInfo.InvariantCulture) ?? string.Empty, k => FromPort(dictionary[k]), StringComparer.Ordinal);

    private static object?[] FromPortList(IList list)
    {
        // Arrays and lists (bulk-load rows, say) are converted without LINQ iterators, into an array: a runtime
        // list is any IReadOnlyList<object?>, and an array is one object where a List<> is two.
        var items = new object?[list.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = FromPort(list[i]);
        }

        return items;
    }

    /// <summary>The parameters as runtime values.</summary>
    public static IReadOnlyDictionary<string, object?> Parameters(IReadOnlyDictionary<string, object?>? parameters) =>
        parameters is null
            ? new Dictionary<string, object?>(StringComparer.Ordinal)
            : parameters.ToDictionary(e => e.Key, e => FromPort(e.Value), StringComparer.Ordinal);

    /// <summary>A runtime value as a port value: nodes, relationships and paths become <see cref="GraphNode"/>, … with copied properties.</summary>
    public static object? ToPort(object? value) => value switch
    {
        null or bool or long or double or string => value,
        StoredNode node => ToPort(node),
        StoredRelationship relationship => ToPort(relationship),
        IPathValue path => new GraphPath(
            [.. path.Nodes.Cast<StoredNode>().Select(ToPort)],
            [.. path.Relationships.Cast<StoredRelationship>().Select(ToPort)]),
        IReadOnlyDictionary<string, object?> map => ToPortMap(map),
        IReadOnlyList<object?> list => list.Select(ToPort).ToList(),
        _ => value,
    };

    /// <summary>A node as the port sees it.</summary>
    public static GraphNode ToPort(StoredNode node) =>
        new(node.Id.ToString(CultureInfo.InvariantCulture), [.. node.Labels], ToPortMap(node.Properties));

    /// <summary>A relationship as the port sees it.</summary>
    public static GraphRelationship ToPort(StoredRelationship relationship) =>
        new(
            relationship.Id.ToString(CultureInfo.InvariantCulture),
            relationship.Type,
            relationship.Start.Id.ToString(CultureInfo.InvariantCulture),
            relationship.End.Id.ToString(CultureInfo.InvariantCulture),
            ToPortMap(relationship.Properties));

    private static Dictionary<string, object?> ToPortMap(IReadOnlyDictionary<string, object?> map) =>
        map.ToDictionary(e => e.Key, e => ToPort(e.Value), StringComparer.Ordinal);
}
