using System.Globalization;
using System.Text.Json;

namespace GraphExplorer.Core.SavedQueries;

/// <summary>
/// Conversions between header type names, text (header defaults, command-line values) and the port's values
/// (<c>long</c>, <c>double</c>, <c>string</c>, <c>bool</c>, lists). Thread-safe (stateless).
/// </summary>
public static class SavedQueryTypes
{
    /// <summary>The header spelling of <paramref name="type"/>.</summary>
    public static string NameOf(SavedQueryParameterType type) => type switch
    {
        SavedQueryParameterType.String => "String",
        SavedQueryParameterType.Integer => "Integer",
        SavedQueryParameterType.Float => "Float",
        SavedQueryParameterType.Boolean => "Boolean",
        SavedQueryParameterType.StringList => "List<String>",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>Reads a header type name (case-insensitive; <c>Int</c>, <c>Bool</c> and <c>[String]</c> accepted).</summary>
    public static bool TryParseName(string text, out SavedQueryParameterType type)
    {
        switch (text.Trim().ToUpperInvariant())
        {
            case "STRING":
                type = SavedQueryParameterType.String;
                return true;
            case "INTEGER" or "INT" or "LONG":
                type = SavedQueryParameterType.Integer;
                return true;
            case "FLOAT" or "DOUBLE":
                type = SavedQueryParameterType.Float;
                return true;
            case "BOOLEAN" or "BOOL":
                type = SavedQueryParameterType.Boolean;
                return true;
            case "LIST<STRING>" or "[STRING]":
                type = SavedQueryParameterType.StringList;
                return true;
            default:
                type = default;
                return false;
        }
    }

    /// <summary>
    /// Reads a value given as text: a number, <c>true</c>/<c>false</c>, <c>null</c>, a string (quotes optional),
    /// or for lists a JSON array or comma-separated items.
    /// </summary>
    public static bool TryParseText(string text, SavedQueryParameterType type, out object? value)
    {
        value = null;
        var trimmed = text.Trim();
        if (trimmed == "null")
        {
            return true;
        }

        switch (type)
        {
            case SavedQueryParameterType.String:
                value = Unquote(trimmed);
                return true;
            case SavedQueryParameterType.Integer:
                if (long.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
                {
                    value = integer;
                    return true;
                }

                return false;
            case SavedQueryParameterType.Float:
                if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    value = number;
                    return true;
                }

                return false;
            case SavedQueryParameterType.Boolean:
                if (bool.TryParse(trimmed, out var flag))
                {
                    value = flag;
                    return true;
                }

                return false;
            case SavedQueryParameterType.StringList:
                return TryParseList(trimmed, out value);
            default:
                return false;
        }
    }

    /// <summary>
    /// Converts a supplied value (CLR primitives, lists, <see cref="JsonElement"/>) to the port value of
    /// <paramref name="type"/>; false when it is of another type. Integers widen to floats; nothing else converts.
    /// </summary>
    public static bool TryConvert(object? supplied, SavedQueryParameterType type, out object? value)
    {
        value = null;
        if (supplied is JsonElement element)
        {
            supplied = FromJson(element);
        }

        if (supplied is null)
        {
            return true;
        }

        switch (type)
        {
            case SavedQueryParameterType.String when supplied is string text:
                value = text;
                return true;
            case SavedQueryParameterType.Integer when IsInteger(supplied):
                value = Convert.ToInt64(supplied, CultureInfo.InvariantCulture);
                return true;
            case SavedQueryParameterType.Float when IsInteger(supplied) || supplied is double or float or decimal:
                value = Convert.ToDouble(supplied, CultureInfo.InvariantCulture);
                return true;
            case SavedQueryParameterType.Boolean when supplied is bool flag:
                value = flag;
                return true;
            case SavedQueryParameterType.StringList when supplied is System.Collections.IEnumerable items and not string:
                var list = new List<object?>();
                foreach (var item in items)
                {
                    var unwrapped = item is JsonElement e ? FromJson(e) : item;
                    if (unwrapped is not string s)
                    {
                        return false;
                    }

                    list.Add(s);
                }

                value = list;
                return true;
            default:
                return false;
        }
    }

    private static bool IsInteger(object value) =>
        value is long or int or short or byte or sbyte or ushort or uint or System.Numerics.BigInteger
        || (value is ulong u && u <= long.MaxValue);

    private static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number when element.TryGetInt64(out var l) => l,
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => element.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.Object => element,
        _ => null,
    };

    private static string Unquote(string text) =>
        text.Length >= 2 && ((text[0] == '\'' && text[^1] == '\'') || (text[0] == '"' && text[^1] == '"'))
            ? text[1..^1]
            : text;

    private static bool TryParseList(string text, out object? value)
    {
        value = null;
        if (text.StartsWith('['))
        {
            try
            {
                using var document = JsonDocument.Parse(text.Replace('\'', '"'));
                return TryConvert(document.RootElement.Clone(), SavedQueryParameterType.StringList, out value);
            }
            catch (JsonException)
            {
                return false;
            }
        }

        value = text.Length == 0
            ? new List<object?>()
            : text.Split(',').Select(item => (object?)Unquote(item.Trim())).ToList();
        return true;
    }
}
