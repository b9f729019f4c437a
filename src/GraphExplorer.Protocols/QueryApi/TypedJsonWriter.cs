using System.Collections;
using System.Globalization;
using System.Text.Json;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Protocols.QueryApi;

/// <summary>Writes the port's values as the Query API's typed JSON (results and parameters). Thread-safe (stateless).</summary>
public static class TypedJsonWriter
{
    /// <summary>Writes one value as <c>{"$type": …, "_value": …}</c>.</summary>
    /// <exception cref="ArgumentException">The value has no Cypher type.</exception>
    public static void Write(Utf8JsonWriter writer, object? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        switch (value)
        {
            case null:
                writer.WriteString(TypedJsonTypes.TypeKey, TypedJsonTypes.Null);
                writer.WriteNull(TypedJsonTypes.ValueKey);
                break;
            case bool b:
                writer.WriteString(TypedJsonTypes.TypeKey, TypedJsonTypes.Boolean);
                writer.WriteBoolean(TypedJsonTypes.ValueKey, b);
                break;
            case long or int or short or sbyte or byte or uint:
                WriteText(writer, TypedJsonTypes.Integer, Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                break;
            case double or float or decimal:
                WriteText(writer, TypedJsonTypes.Float, ValueText.FormatFloat(Convert.ToDouble(value, CultureInfo.InvariantCulture)));
                break;
            case string s:
                WriteText(writer, TypedJsonTypes.String, s);
                break;
            case char c:
                WriteText(writer, TypedJsonTypes.String, c.ToString());
                break;
            case byte[] bytes:
                WriteText(writer, TypedJsonTypes.Base64, Convert.ToBase64String(bytes));
                break;
            case DateOnly date:
                WriteText(writer, TypedJsonTypes.Date, ValueText.FormatDate(date));
                break;
            case TimeOnly time:
                WriteText(writer, TypedJsonTypes.LocalTime, ValueText.FormatLocalTime(time));
                break;
            case DateTime local:
                WriteText(writer, TypedJsonTypes.LocalDateTime, ValueText.FormatLocalDateTime(local));
                break;
            case DateTimeOffset time when ValueText.IsTime(time):
                WriteText(writer, TypedJsonTypes.Time, ValueText.FormatTime(time));
                break;
            case DateTimeOffset dateTime:
                WriteText(writer, TypedJsonTypes.OffsetDateTime, ValueText.FormatDateTime(dateTime));
                break;
            case CypherDuration duration:
                WriteText(writer, TypedJsonTypes.Duration, ValueText.FormatDuration(duration));
                break;
            case CypherPoint point:
                WriteText(writer, TypedJsonTypes.Point, ValueText.FormatPointWkt(point));
                break;
            case GraphNode node:
                writer.WriteString(TypedJsonTypes.TypeKey, TypedJsonTypes.Node);
                writer.WritePropertyName(TypedJsonTypes.ValueKey);
                WriteNodeBody(writer, node);
                break;
            case GraphRelationship relationship:
                writer.WriteString(TypedJsonTypes.TypeKey, TypedJsonTypes.Relationship);
                writer.WritePropertyName(TypedJsonTypes.ValueKey);
                WriteRelationshipBody(writer, relationship);
                break;
            case GraphPath path:
                writer.WriteString(TypedJsonTypes.TypeKey, TypedJsonTypes.Path);
                writer.WriteStartArray(TypedJsonTypes.ValueKey);
                for (var i = 0; i < path.Nodes.Count; i++)
                {
                    Write(writer, path.Nodes[i]);
                    if (i < path.Relationships.Count)
                    {
                        Write(writer, path.Relationships[i]);
                    }
                }

                writer.WriteEndArray();
                break;
            case IReadOnlyDictionary<string, object?> map:
                writer.WriteString(TypedJsonTypes.TypeKey, TypedJsonTypes.Map);
                writer.WritePropertyName(TypedJsonTypes.ValueKey);
                WriteMap(writer, map);
                break;
            case IDictionary dictionary:
                writer.WriteString(TypedJsonTypes.TypeKey, TypedJsonTypes.Map);
                writer.WriteStartObject(TypedJsonTypes.ValueKey);
                foreach (DictionaryEntry entry in dictionary)
                {
                    writer.WritePropertyName(Convert.ToString(entry.Key, CultureInfo.InvariantCulture)!);
                    Write(writer, entry.Value);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable list:
                writer.WriteString(TypedJsonTypes.TypeKey, TypedJsonTypes.List);
                writer.WriteStartArray(TypedJsonTypes.ValueKey);
                foreach (var item in list)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case Enum or Guid:
                WriteText(writer, TypedJsonTypes.String, Convert.ToString(value, CultureInfo.InvariantCulture)!);
                break;
            default:
                throw new ArgumentException($"A value of type {value.GetType()} has no Cypher type.", nameof(value));
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a map of values as a JSON object of typed values (parameters, properties).</summary>
    public static void WriteMap(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> map)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(map);
        writer.WriteStartObject();
        foreach (var (key, item) in map)
        {
            writer.WritePropertyName(key);
            Write(writer, item);
        }

        writer.WriteEndObject();
    }

    private static void WriteNodeBody(Utf8JsonWriter writer, GraphNode node)
    {
        writer.WriteStartObject();
        writer.WriteString("_element_id", node.ElementId);
        writer.WriteStartArray("_labels");
        foreach (var label in node.Labels)
        {
            writer.WriteStringValue(label);
        }

        writer.WriteEndArray();
        writer.WritePropertyName("_properties");
        WriteMap(writer, node.Properties);
        writer.WriteEndObject();
    }

    private static void WriteRelationshipBody(Utf8JsonWriter writer, GraphRelationship relationship)
    {
        writer.WriteStartObject();
        writer.WriteString("_element_id", relationship.ElementId);
        writer.WriteString("_start_node_element_id", relationship.StartElementId);
        writer.WriteString("_end_node_element_id", relationship.EndElementId);
        writer.WriteString("_type", relationship.Type);
        writer.WritePropertyName("_properties");
        WriteMap(writer, relationship.Properties);
        writer.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter writer, string type, string text)
    {
        writer.WriteString(TypedJsonTypes.TypeKey, type);
        writer.WriteString(TypedJsonTypes.ValueKey, text);
    }
}
