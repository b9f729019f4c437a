using System.Globalization;
using GraphExplorer.Core.Entities;

namespace GraphExplorer.Api.GraphQL.Entities;

/// <summary>Stored property values as GraphQL returns them: text (dates as ISO text), lists of text, booleans.</summary>
internal static class EntityValues
{
    /// <summary>The value of <paramref name="name"/> in <paramref name="properties"/> as <paramref name="kind"/>; null when absent.</summary>
    public static object? Read(IReadOnlyDictionary<string, object?> properties, string name, PropertyKind kind)
    {
        if (!properties.TryGetValue(name, out var value) || value is null)
        {
            return kind == PropertyKind.StringList ? Array.Empty<string>() : null;
        }

        return kind switch
        {
            PropertyKind.StringList => value is IEnumerable<object?> list ? list.Select(Text).OfType<string>().ToList() : [Text(value)!],
            PropertyKind.Boolean => value as bool?,
            _ => Text(value),
        };
    }

    /// <summary>A value as text: strings as they are, dates as ISO dates, numbers invariant.</summary>
    public static string? Text(object? value) => value switch
    {
        null => null,
        string text => text,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>The <c>sources</c> ids of a relationship.</summary>
    public static IReadOnlyList<string> SourceIds(IReadOnlyDictionary<string, object?> properties) =>
        properties.TryGetValue(EntityCatalog.SourcesProperty, out var value) && value is IEnumerable<object?> list
            ? [.. list.OfType<string>()]
            : [];
}
