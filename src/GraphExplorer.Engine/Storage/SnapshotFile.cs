using System.Globalization;
using System.Text.Json;
using GraphExplorer.Engine.Parsing.Ast;
using GraphExplorer.Engine.Transactions;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Engine.Storage;

/// <summary>
/// Reads and writes the whole graph as one versioned JSON snapshot (format described in Storage/README.md).
/// Writing is atomic: a temporary file is written and flushed to disk, then renamed over the old snapshot.
/// </summary>
internal static class SnapshotFile
{
    /// <summary>The snapshot's file name inside the data directory.</summary>
    public const string FileName = "graph.snapshot.json";

    /// <summary>The format name written into every snapshot.</summary>
    public const string FormatName = "GraphExplorer.Engine.Snapshot";

    /// <summary>The format version this code writes and reads.</summary>
    public const int Version = 1;

    /// <summary>Writes the store to <paramref name="path"/> atomically.</summary>
    public static void Save(GraphStore store, string path)
    {
        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            using (var writer = new Utf8JsonWriter(stream))
            {
                Write(store, writer);
            }

            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Reads a store from <paramref name="path"/>; an empty store when the file does not exist.</summary>
    public static GraphStore Load(string path)
    {
        var store = new GraphStore();
        if (!File.Exists(path))
        {
            return store;
        }

        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = document.RootElement;
        if (root.GetProperty("format").GetString() != FormatName)
        {
            throw new InvalidDataException($"'{path}' is not a GraphExplorer snapshot.");
        }

        var version = root.GetProperty("version").GetInt32();
        if (version != Version)
        {
            throw new InvalidDataException($"'{path}' has snapshot format version {version}; this engine reads version {Version}.");
        }

        var undo = new UndoLog();
        var nodes = new Dictionary<long, StoredNode>();
        foreach (var node in root.GetProperty("nodes").EnumerateArray())
        {
            var id = node.GetProperty("id").GetInt64();
            nodes[id] = store.RestoreNode(
                id,
                node.GetProperty("labels").EnumerateArray().Select(l => l.GetString()!),
                ReadProperties(node.GetProperty("properties")));
        }

        foreach (var relationship in root.GetProperty("relationships").EnumerateArray())
        {
            store.RestoreRelationship(
                relationship.GetProperty("id").GetInt64(),
                relationship.GetProperty("type").GetString()!,
                nodes[relationship.GetProperty("start").GetInt64()],
                nodes[relationship.GetProperty("end").GetInt64()],
                ReadProperties(relationship.GetProperty("properties")));
        }

        foreach (var constraint in root.GetProperty("constraints").EnumerateArray())
        {
            store.RestoreConstraint(
                new ConstraintRule(
                    constraint.GetProperty("id").GetInt64(),
                    constraint.GetProperty("name").GetString()!,
                    Enum.Parse<ConstraintKind>(constraint.GetProperty("kind").GetString()!),
                    constraint.GetProperty("onRelationship").GetBoolean(),
                    constraint.GetProperty("labelOrType").GetString()!,
                    [.. constraint.GetProperty("properties").EnumerateArray().Select(p => p.GetString()!)]),
                undo);
        }

        foreach (var index in root.GetProperty("indexes").EnumerateArray())
        {
            store.RestoreIndex(
                new IndexRule(
                    index.GetProperty("id").GetInt64(),
                    index.GetProperty("name").GetString()!,
                    Enum.Parse<IndexKind>(index.GetProperty("kind").GetString()!),
                    index.GetProperty("onRelationship").GetBoolean(),
                    [.. index.GetProperty("labelsOrTypes").EnumerateArray().Select(p => p.GetString()!)],
                    [.. index.GetProperty("properties").EnumerateArray().Select(p => p.GetString()!)],
                    null),
                undo);
        }

        var next = root.GetProperty("nextIds");
        store.RestoreNextIds(next.GetProperty("node").GetInt64(), next.GetProperty("relationship").GetInt64(), next.GetProperty("schema").GetInt64());
        return store;
    }

    private static void Write(GraphStore store, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("format", FormatName);
        writer.WriteNumber("version", Version);
        var (nextNode, nextRelationship, nextSchema) = store.NextIds;
        writer.WriteStartObject("nextIds");
        writer.WriteNumber("node", nextNode);
        writer.WriteNumber("relationship", nextRelationship);
        writer.WriteNumber("schema", nextSchema);
        writer.WriteEndObject();

        writer.WriteStartArray("constraints");
        foreach (var rule in store.Constraints)
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", rule.Id);
            writer.WriteString("name", rule.Name);
            writer.WriteString("kind", rule.Kind.ToString());
            writer.WriteBoolean("onRelationship", rule.OnRelationship);
            writer.WriteString("labelOrType", rule.LabelOrType);
            WriteStrings(writer, "properties", rule.Properties);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("indexes");
        foreach (var rule in store.Indexes.Where(i => i.OwningConstraint is null))
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", rule.Id);
            writer.WriteString("name", rule.Name);
            writer.WriteString("kind", rule.Kind.ToString());
            writer.WriteBoolean("onRelationship", rule.OnRelationship);
            WriteStrings(writer, "labelsOrTypes", rule.LabelsOrTypes);
            WriteStrings(writer, "properties", rule.Properties);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("nodes");
        foreach (var node in store.Nodes.OrderBy(n => n.Id))
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", node.Id);
            WriteStrings(writer, "labels", node.Labels);
            WriteProperties(writer, node.Properties);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("relationships");
        foreach (var relationship in store.Relationships.OrderBy(r => r.Id))
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", relationship.Id);
            writer.WriteString("type", relationship.Type);
            writer.WriteNumber("start", relationship.Start.Id);
            writer.WriteNumber("end", relationship.End.Id);
            WriteProperties(writer, relationship.Properties);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteProperties(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> properties)
    {
        writer.WriteStartObject("properties");
        foreach (var (key, value) in properties)
        {
            writer.WritePropertyName(key);
            WriteValue(writer, value);
        }

        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case IReadOnlyList<object?> list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                var (tag, text) = Tagged(value);
                writer.WriteStartObject();
                writer.WriteString(tag, text);
                writer.WriteEndObject();
                break;
        }
    }

    private static (string Tag, string Text) Tagged(object value) => value switch
    {
        double d => ("$float", d.ToString("R", CultureInfo.InvariantCulture)),
        DateOnly date => ("$date", date.ToString("O", CultureInfo.InvariantCulture)),
        DateTime local => ("$localdatetime", local.ToString("O", CultureInfo.InvariantCulture)),
        DateTimeOffset offset => ("$datetime", offset.ToString("O", CultureInfo.InvariantCulture)),
        TimeOnly time => ("$localtime", time.ToString("O", CultureInfo.InvariantCulture)),
        CypherDuration d => ("$duration", string.Join(",", d.Months, d.Days, d.Seconds, d.Nanoseconds)),
        CypherPoint p => ("$point", string.Join(
            ",", p.Srid.ToString(CultureInfo.InvariantCulture), p.X.ToString("R", CultureInfo.InvariantCulture), p.Y.ToString("R", CultureInfo.InvariantCulture), p.Z?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty)),
        byte[] bytes => ("$bytes", Convert.ToBase64String(bytes)),
        _ => throw new InvalidDataException($"Cannot store a value of type {value.GetType().Name} in a snapshot."),
    };

    private static IEnumerable<KeyValuePair<string, object?>> ReadProperties(JsonElement properties) =>
        properties.EnumerateObject().Select(p => new KeyValuePair<string, object?>(p.Name, ReadValue(p.Value))).ToList();

    private static object? ReadValue(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.Number:
                return element.GetInt64();
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Array:
                return element.EnumerateArray().Select(ReadValue).ToList();
        }

        var tagged = element.EnumerateObject().Single();
        var text = tagged.Value.GetString()!;
        var parts = text.Split(',');
        return tagged.Name switch
        {
            "$float" => double.Parse(text, CultureInfo.InvariantCulture),
            "$date" => DateOnly.ParseExact(text, "O", CultureInfo.InvariantCulture),
            "$localdatetime" => DateTime.ParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            "$datetime" => DateTimeOffset.ParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            "$localtime" => TimeOnly.ParseExact(text, "O", CultureInfo.InvariantCulture),
            "$duration" => new CypherDuration(
                long.Parse(parts[0], CultureInfo.InvariantCulture),
                long.Parse(parts[1], CultureInfo.InvariantCulture),
                long.Parse(parts[2], CultureInfo.InvariantCulture),
                int.Parse(parts[3], CultureInfo.InvariantCulture)),
            "$point" => new CypherPoint(
                int.Parse(parts[0], CultureInfo.InvariantCulture),
                double.Parse(parts[1], CultureInfo.InvariantCulture),
                double.Parse(parts[2], CultureInfo.InvariantCulture),
                parts[3].Length == 0 ? null : double.Parse(parts[3], CultureInfo.InvariantCulture)),
            "$bytes" => Convert.FromBase64String(text),
            _ => throw new InvalidDataException($"Unknown value tag '{tagged.Name}' in snapshot."),
        };
    }
}
