using System.Globalization;
using System.Text;
using System.Text.Json;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Cli.Output;

/// <summary>Port values as JSON (nodes, relationships and paths as objects) and as short text for tables and CSV.</summary>
internal static class CliValues
{
    /// <summary>Writes a value as JSON.</summary>
    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case GraphNode node:
                writer.WriteStartObject();
                writer.WritePropertyName("labels");
                PlainJson.Write(writer, node.Labels.Cast<object?>().ToList());
                writer.WritePropertyName("properties");
                PlainJson.WriteMap(writer, node.Properties);
                writer.WriteEndObject();
                break;
            case GraphRelationship relationship:
                writer.WriteStartObject();
                writer.WriteString("type", relationship.Type);
                writer.WritePropertyName("properties");
                PlainJson.WriteMap(writer, relationship.Properties);
                writer.WriteEndObject();
                break;
            case GraphPath path:
                writer.WriteStartObject();
                writer.WritePropertyName("nodes");
                writer.WriteStartArray();
                path.Nodes.ToList().ForEach(n => Write(writer, n));
                writer.WriteEndArray();
                writer.WritePropertyName("relationships");
                writer.WriteStartArray();
                path.Relationships.ToList().ForEach(r => Write(writer, r));
                writer.WriteEndArray();
                writer.WriteEndObject();
                break;
            case IReadOnlyDictionary<string, object?> map:
                PlainJson.WriteMap(writer, map, Write);
                break;
            case IReadOnlyList<object?> list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                PlainJson.Write(writer, value);
                break;
        }
    }

    /// <summary>A value as one line of text: strings as they are, everything else as compact JSON; <c>null</c> as empty.</summary>
    public static string Text(object? value)
    {
        switch (value)
        {
            case null:
                return string.Empty;
            case string s:
                return s;
            case bool b:
                return b ? "true" : "false";
            case long or int or double:
                return Convert.ToString(value, CultureInfo.InvariantCulture)!;
            case GraphNode node:
                return $"({string.Join(":", node.Labels.Prepend(string.Empty))} {(node.Properties.TryGetValue("id", out var id) ? id : node.ElementId)})";
            case GraphRelationship relationship:
                return $"[:{relationship.Type}]";
            case GraphPath path:
                var text = new StringBuilder(Text(path.Nodes[0]));
                for (var i = 0; i < path.Relationships.Count; i++)
                {
                    var forward = path.Relationships[i].StartElementId == path.Nodes[i].ElementId;
                    text.Append(forward ? "-" : "<-").Append(Text(path.Relationships[i])).Append(forward ? "->" : "-").Append(Text(path.Nodes[i + 1]));
                }

                return text.ToString();
            default:
                using (var stream = new MemoryStream())
                {
                    using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
                    {
                        Write(writer, value);
                    }

                    return Encoding.UTF8.GetString(stream.ToArray());
                }
        }
    }
}
