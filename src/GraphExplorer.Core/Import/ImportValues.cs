using System.Text.Json;

namespace GraphExplorer.Core.Import;

/// <summary>Property values between JSON and the port (strings, 64-bit integers, doubles, booleans, lists of them). Thread-safe.</summary>
public static class ImportValues
{
    /// <summary>Converts a JSON value; <c>null</c> means absent. False for objects and mixed or nested lists.</summary>
    public static bool TryFromJson(JsonElement element, out object? value)
    {
        value = null;
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
                return true;
            case JsonValueKind.String:
                value = element.GetString();
                return true;
            case JsonValueKind.Number:
                value = element.TryGetInt64(out var integer) ? (object)integer : element.GetDouble();
                return true;
            case JsonValueKind.True:
            case JsonValueKind.False:
                value = element.GetBoolean();
                return true;
            case JsonValueKind.Array:
                var items = new List<object?>();
                foreach (var item in element.EnumerateArray())
                {
                    if (item.ValueKind is JsonValueKind.Array or JsonValueKind.Object or JsonValueKind.Null || !TryFromJson(item, out var converted))
                    {
                        return false;
                    }

                    items.Add(converted);
                }

                value = items;
                return true;
            default:
                return false;
        }
    }

    /// <summary>Writes a port value as JSON (dates and other temporal values as ISO strings).</summary>
    public static void Write(Utf8JsonWriter writer, object? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case double d when double.IsFinite(d):
                writer.WriteNumberValue(d);
                break;
            case IReadOnlyDictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable<object?> list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case IFormattable formattable:
                writer.WriteStringValue(formattable.ToString(value is DateOnly ? "yyyy-MM-dd" : null, System.Globalization.CultureInfo.InvariantCulture));
                break;
            default:
                writer.WriteStringValue(value.ToString());
                break;
        }
    }
}
