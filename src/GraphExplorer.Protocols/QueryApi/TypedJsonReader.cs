using System.Globalization;
using System.Text.Json;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Protocols.QueryApi;

/// <summary>Reads the Query API's typed JSON values (<c>{"$type": "Integer", "_value": "1"}</c>) into the port's values. Thread-safe (stateless).</summary>
public static class TypedJsonReader
{
    /// <summary>The port value of one typed JSON value.</summary>
    /// <exception cref="FormatException">The value is not typed JSON, or its type is unknown.</exception>
    public static object? Read(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty(TypedJsonTypes.TypeKey, out var typeElement)
            || typeElement.ValueKind != JsonValueKind.String)
        {
            throw new FormatException($"Expected a typed JSON value with '$type', got: {Truncate(element.GetRawText())}");
        }

        var type = typeElement.GetString()!;
        element.TryGetProperty(TypedJsonTypes.ValueKey, out var value);
        return type switch
        {
            TypedJsonTypes.Null => null,
            TypedJsonTypes.Boolean => value.GetBoolean(),
            TypedJsonTypes.Integer => ReadInteger(value),
            TypedJsonTypes.Float => value.ValueKind == JsonValueKind.Number ? value.GetDouble() : ValueText.ParseFloat(value.GetString()!),
            TypedJsonTypes.String => value.GetString(),
            TypedJsonTypes.Base64 => Convert.FromBase64String(value.GetString()!),
            TypedJsonTypes.List => ReadList(value),
            TypedJsonTypes.Map => ReadMap(value),
            TypedJsonTypes.Date => ValueText.ParseDate(value.GetString()!),
            TypedJsonTypes.Time => ValueText.ParseTime(value.GetString()!),
            TypedJsonTypes.LocalTime => ValueText.ParseLocalTime(value.GetString()!),
            TypedJsonTypes.LocalDateTime => ValueText.ParseLocalDateTime(value.GetString()!),
            TypedJsonTypes.OffsetDateTime or TypedJsonTypes.ZonedDateTime => ValueText.ParseDateTime(value.GetString()!),
            TypedJsonTypes.Duration => ValueText.ParseDuration(value.GetString()!),
            TypedJsonTypes.Point => ReadPoint(value),
            TypedJsonTypes.Node => ReadNode(value),
            TypedJsonTypes.Relationship => ReadRelationship(value),
            TypedJsonTypes.Path => ReadPath(value),
            _ => throw new FormatException($"Unknown typed JSON type '{type}'."),
        };
    }

    /// <summary>A map of typed values (parameters, properties).</summary>
    public static IReadOnlyDictionary<string, object?> ReadMap(JsonElement element)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            map[property.Name] = Read(property.Value);
        }

        return map;
    }

    private static long ReadInteger(JsonElement value) => value.ValueKind == JsonValueKind.Number
        ? value.GetInt64()
        : long.Parse(value.GetString()!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    private static List<object?> ReadList(JsonElement value) => [.. value.EnumerateArray().Select(Read)];

    /// <summary>A point in either form: the text <c>SRID=…;POINT(…)</c>, or an object with <c>srid</c> and <c>x</c>/<c>y</c>/<c>z</c> or <c>coordinates</c>.</summary>
    internal static CypherPoint ReadPoint(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return ValueText.ParsePointWkt(value.GetString()!);
        }

        var srid = value.TryGetProperty("srid", out var sridElement)
            ? sridElement.GetInt32()
            : value.GetProperty("crs").GetProperty("srid").GetInt32();
        if (value.TryGetProperty("coordinates", out var coordinates))
        {
            var numbers = coordinates.EnumerateArray().Select(c => c.GetDouble()).ToArray();
            return new CypherPoint(srid, numbers[0], numbers[1], numbers.Length > 2 ? numbers[2] : null);
        }

        double? z = value.TryGetProperty("z", out var zElement) && zElement.ValueKind == JsonValueKind.Number ? zElement.GetDouble() : null;
        return new CypherPoint(srid, value.GetProperty("x").GetDouble(), value.GetProperty("y").GetDouble(), z);
    }

    private static GraphNode ReadNode(JsonElement value) => new(
        value.GetProperty("_element_id").GetString()!,
        [.. value.GetProperty("_labels").EnumerateArray().Select(label => label.GetString()!)],
        ReadProperties(value));

    private static GraphRelationship ReadRelationship(JsonElement value) => new(
        value.GetProperty("_element_id").GetString()!,
        value.GetProperty("_type").GetString()!,
        value.GetProperty("_start_node_element_id").GetString()!,
        value.GetProperty("_end_node_element_id").GetString()!,
        ReadProperties(value));

    private static GraphPath ReadPath(JsonElement value)
    {
        var nodes = new List<GraphNode>();
        var relationships = new List<GraphRelationship>();
        foreach (var element in value.EnumerateArray())
        {
            switch (Read(element))
            {
                case GraphNode node: nodes.Add(node); break;
                case GraphRelationship relationship: relationships.Add(relationship); break;
                default: throw new FormatException("A path holds only nodes and relationships.");
            }
        }

        if (nodes.Count != relationships.Count + 1)
        {
            throw new FormatException($"A path of {relationships.Count} relationships needs {relationships.Count + 1} nodes, got {nodes.Count}.");
        }

        return new GraphPath(nodes, relationships);
    }

    private static IReadOnlyDictionary<string, object?> ReadProperties(JsonElement value) =>
        value.TryGetProperty("_properties", out var properties) && properties.ValueKind == JsonValueKind.Object
            ? ReadMap(properties)
            : new Dictionary<string, object?>(StringComparer.Ordinal);

    private static string Truncate(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
