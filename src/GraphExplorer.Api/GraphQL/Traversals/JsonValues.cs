using System.Globalization;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Api.GraphQL.Traversals;

/// <summary>Turns port values into plain JSON values: dates and times as ISO strings, lists and maps recursively.</summary>
internal static class JsonValues
{
    /// <summary>A property map as JSON values.</summary>
    public static IReadOnlyDictionary<string, object?> ToJson(IReadOnlyDictionary<string, object?> properties) =>
        properties.ToDictionary(p => p.Key, p => ToJson(p.Value), StringComparer.Ordinal);

    /// <summary>One value as a JSON value.</summary>
    public static object? ToJson(object? value) => value switch
    {
        null or string or bool or long or double => value,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly time => time.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
        IReadOnlyDictionary<string, object?> map => ToJson(map),
        IReadOnlyList<object?> list => list.Select(ToJson).ToList(),
        GraphNode node => GraphModelMapper.ToModel(node).Properties,
        GraphRelationship relationship => ToJson(relationship.Properties),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
