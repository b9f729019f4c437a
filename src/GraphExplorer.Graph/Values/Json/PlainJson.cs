using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace GraphExplorer.Graph.Values;

/// <summary>
/// Port values as plain JSON (the Query API's <c>application/json</c>, the CLI, import and export): values without type information. Integers are
/// JSON numbers, temporal values their ISO text, floats that JSON cannot hold (<c>NaN</c>, infinities) strings.
/// Thread-safe (stateless).
/// </summary>
public static class PlainJson
{
    /// <summary>A plain JSON value as a port value: whole numbers become <see cref="long"/>, other numbers <see cref="double"/>.</summary>
    public static object? Read(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var integer) ? (object)integer : element.GetDouble(),
        JsonValueKind.Array => element.EnumerateArray().Select(Read).ToList(),
        JsonValueKind.Object => ReadMap(element),
        _ => throw new FormatException($"Unexpected JSON value kind {element.ValueKind}."),
    };

    /// <summary>A JSON object as a map of port values.</summary>
    public static IReadOnlyDictionary<string, object?> ReadMap(JsonElement element)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            map[property.Name] = Read(property.Value);
        }

        return map;
    }

    /// <summary>Writes a port value as plain JSON, the way Neo4j's plain format shows it.</summary>
    public static void Write(Utf8JsonWriter writer, object? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case long or int or short or sbyte or byte or uint: writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture)); break;
            case double d when double.IsFinite(d): writer.WriteNumberValue(d); break;
            case double d: writer.WriteStringValue(ValueText.FormatFloat(d)); break;
            case float or decimal: writer.WriteNumberValue(Convert.ToDouble(value, CultureInfo.InvariantCulture)); break;
            case string s: writer.WriteStringValue(s); break;
            case byte[] bytes: writer.WriteStringValue(Convert.ToBase64String(bytes)); break;
            case DateOnly date: writer.WriteStringValue(ValueText.FormatDate(date)); break;
            case TimeOnly time: writer.WriteStringValue(ValueText.FormatLocalTime(time)); break;
            case DateTime local: writer.WriteStringValue(ValueText.FormatLocalDateTime(local)); break;
            case DateTimeOffset time when ValueText.IsTime(time): writer.WriteStringValue(ValueText.FormatTime(time)); break;
            case DateTimeOffset dateTime: writer.WriteStringValue(ValueText.FormatDateTime(dateTime)); break;
            case CypherDuration duration: writer.WriteStringValue(ValueText.FormatDuration(duration)); break;
            case CypherPoint point: WritePoint(writer, point); break;
            case GraphNode node: WriteNode(writer, node); break;
            case GraphRelationship relationship: WriteRelationship(writer, relationship); break;
            case GraphPath path: WritePath(writer, path); break;
            case IReadOnlyDictionary<string, object?> map: WriteMap(writer, map); break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default: writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
        }
    }

    /// <summary>Writes a map of port values as a JSON object, each value with <paramref name="writeValue"/> (by default <see cref="Write"/>).</summary>
    public static void WriteMap(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> map, Action<Utf8JsonWriter, object?>? writeValue = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(map);
        writeValue ??= Write;
        writer.WriteStartObject();
        foreach (var (key, item) in map)
        {
            writer.WritePropertyName(key);
            writeValue(writer, item);
        }

        writer.WriteEndObject();
    }

    private static void WritePoint(Utf8JsonWriter writer, CypherPoint point)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "Point");
        writer.WriteStartArray("coordinates");
        writer.WriteNumberValue(point.X);
        writer.WriteNumberValue(point.Y);
        if (point.Z is { } z)
        {
            writer.WriteNumberValue(z);
        }

        writer.WriteEndArray();
        writer.WriteStartObject("crs");
        writer.WriteNumber("srid", point.Srid);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteNode(Utf8JsonWriter writer, GraphNode node)
    {
        writer.WriteStartObject();
        writer.WriteString("elementId", node.ElementId);
        writer.WriteStartArray("labels");
        foreach (var label in node.Labels)
        {
            writer.WriteStringValue(label);
        }

        writer.WriteEndArray();
        writer.WritePropertyName("properties");
        WriteMap(writer, node.Properties);
        writer.WriteEndObject();
    }

    private static void WriteRelationship(Utf8JsonWriter writer, GraphRelationship relationship)
    {
        writer.WriteStartObject();
        writer.WriteString("elementId", relationship.ElementId);
        writer.WriteString("startNodeElementId", relationship.StartElementId);
        writer.WriteString("endNodeElementId", relationship.EndElementId);
        writer.WriteString("type", relationship.Type);
        writer.WritePropertyName("properties");
        WriteMap(writer, relationship.Properties);
        writer.WriteEndObject();
    }

    private static void WritePath(Utf8JsonWriter writer, GraphPath path)
    {
        writer.WriteStartArray();
        for (var i = 0; i < path.Nodes.Count; i++)
        {
            WriteNode(writer, path.Nodes[i]);
            if (i < path.Relationships.Count)
            {
                WriteRelationship(writer, path.Relationships[i]);
            }
        }

        writer.WriteEndArray();
    }
}
