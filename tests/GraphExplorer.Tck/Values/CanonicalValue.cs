using System.Collections;
using System.Globalization;
using System.Text;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Tck.Values;

/// <summary>
/// Writes a port value in one canonical TCK-like text, so that two values are equal for the TCK
/// exactly when their texts are equal: graph elements by labels/type and properties (never by id),
/// labels and map keys sorted, integers and floats kept apart, floats by exact value.
/// </summary>
internal static class CanonicalValue
{
    /// <summary>The canonical text of <paramref name="value"/>.</summary>
    /// <param name="listsAsBags">Whether lists compare without regard to element order (their elements are then sorted).</param>
    public static string Format(object? value, bool listsAsBags = false)
    {
        var builder = new StringBuilder();
        Append(builder, value, listsAsBags);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, object? value, bool bags)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case bool b:
                builder.Append(b ? "true" : "false");
                break;
            case long or int or short or sbyte or byte or ushort or uint:
                builder.Append(Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                builder.Append(FormatFloat(d));
                break;
            case float f:
                builder.Append(FormatFloat(f));
                break;
            case string s:
                AppendString(builder, s);
                break;
            case GraphNode node:
                AppendNode(builder, node, bags);
                break;
            case GraphRelationship relationship:
                AppendRelationship(builder, relationship, bags);
                break;
            case GraphPath path:
                AppendPath(builder, path, bags);
                break;
            case byte[] bytes:
                builder.Append("bytes(").Append(Convert.ToHexString(bytes)).Append(')');
                break;
            case IReadOnlyDictionary<string, object?> map:
                AppendMap(builder, map, bags);
                break;
            case IDictionary dictionary:
                AppendMap(builder, dictionary.Keys.Cast<object>().ToDictionary(k => k.ToString()!, k => dictionary[k], StringComparer.Ordinal), bags);
                break;
            case IEnumerable list:
                AppendList(builder, list.Cast<object?>(), bags);
                break;
            default:
                // Temporal and spatial values are out of the TCK scope here; show them plainly but never equal to a TCK literal.
                builder.Append(value.GetType().Name).Append('(')
                    .Append(Convert.ToString(value, CultureInfo.InvariantCulture)).Append(')');
                break;
        }
    }

    /// <summary>Floats in shortest round-trip form, always with a decimal point or exponent; <c>NaN</c>, <c>Inf</c>, <c>-Inf</c>.</summary>
    public static string FormatFloat(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Inf" : "-Inf";
        }

        if (value == 0)
        {
            return "0.0"; // -0.0 = 0.0 in Cypher
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }

    private static void AppendString(StringBuilder builder, string value)
    {
        builder.Append('\'');
        foreach (var c in value)
        {
            switch (c)
            {
                case '\'': builder.Append("\\'"); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\t': builder.Append("\\t"); break;
                case '\r': builder.Append("\\r"); break;
                default: builder.Append(c); break;
            }
        }

        builder.Append('\'');
    }

    private static void AppendList(StringBuilder builder, IEnumerable<object?> items, bool bags)
    {
        var texts = items.Select(item => Format(item, bags));
        if (bags)
        {
            texts = texts.Order(StringComparer.Ordinal);
        }

        builder.Append('[').AppendJoin(", ", texts).Append(']');
    }

    private static void AppendMap(StringBuilder builder, IReadOnlyDictionary<string, object?> map, bool bags)
    {
        builder.Append('{');
        var first = true;
        foreach (var key in map.Keys.Order(StringComparer.Ordinal))
        {
            builder.Append(first ? string.Empty : ", ");
            first = false;
            AppendName(builder, key);
            builder.Append(": ");
            Append(builder, map[key], bags);
        }

        builder.Append('}');
    }

    private static void AppendProperties(StringBuilder builder, IReadOnlyDictionary<string, object?> properties, bool bags)
    {
        // A property with a null value does not exist.
        var present = properties.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        if (present.Count > 0)
        {
            builder.Append(' ');
            AppendMap(builder, present, bags);
        }
    }

    private static void AppendNode(StringBuilder builder, GraphNode node, bool bags)
    {
        builder.Append('(');
        foreach (var label in node.Labels.Order(StringComparer.Ordinal))
        {
            builder.Append(':');
            AppendName(builder, label);
        }

        var start = builder.Length;
        AppendProperties(builder, node.Properties, bags);
        if (node.Labels.Count == 0 && builder.Length > start)
        {
            builder.Remove(start, 1); // "({k: v})", as the TCK writes it
        }

        builder.Append(')');
    }

    private static void AppendRelationship(StringBuilder builder, GraphRelationship relationship, bool bags)
    {
        builder.Append("[:");
        AppendName(builder, relationship.Type);
        AppendProperties(builder, relationship.Properties, bags);
        builder.Append(']');
    }

    private static void AppendPath(StringBuilder builder, GraphPath path, bool bags)
    {
        builder.Append('<');
        for (var i = 0; i < path.Nodes.Count; i++)
        {
            if (i > 0 && i - 1 < path.Relationships.Count)
            {
                var relationship = path.Relationships[i - 1];
                var forwards = relationship.StartElementId == path.Nodes[i - 1].ElementId
                    && relationship.EndElementId == path.Nodes[i].ElementId;
                builder.Append(forwards ? "-" : "<-");
                AppendRelationship(builder, relationship, bags);
                builder.Append(forwards ? "->" : "-");
            }

            AppendNode(builder, path.Nodes[i], bags);
        }

        builder.Append('>');
    }

    private static void AppendName(StringBuilder builder, string name)
    {
        var plain = name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c == '_');
        if (plain)
        {
            builder.Append(name);
        }
        else
        {
            builder.Append('`').Append(name).Append('`');
        }
    }
}
