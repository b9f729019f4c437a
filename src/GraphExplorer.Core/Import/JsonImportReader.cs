using System.Text.Json;

namespace GraphExplorer.Core.Import;

/// <summary>
/// Reads the JSON import format (<c>docs/import.md</c>): <c>{"format", "nodes": [...], "relationships": [...]}</c>.
/// Each row is checked on its own; a bad row becomes an <see cref="ImportIssue"/> with its line. Thread-safe (stateless).
/// </summary>
public static class JsonImportReader
{
    /// <summary>The value of <c>format</c> this reader understands.</summary>
    public const string Format = "graphexplorer-import/1";

    /// <summary>Reads a file.</summary>
    /// <exception cref="ImportFormatException">The file is not JSON or not an import document.</exception>
    public static async Task<ImportBatch> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        return Read(bytes, Path.GetFileName(path));
    }

    /// <summary>Reads a document held in memory.</summary>
    /// <exception cref="ImportFormatException">The text is not JSON or not an import document.</exception>
    public static ImportBatch Read(ReadOnlySpan<byte> utf8, string fileName)
    {
        var nodes = new List<ImportNode>();
        var relationships = new List<ImportRelationship>();
        var issues = new List<ImportIssue>();
        var lines = new LineCounter();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new ImportFormatException($"{fileName}: an import document is a JSON object with \"nodes\" and \"relationships\".");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var property = reader.GetString();
                reader.Read();
                switch (property)
                {
                    case "format":
                        var format = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                        if (format != Format)
                        {
                            throw new ImportFormatException($"{fileName}: unknown format '{format}' (expected '{Format}').");
                        }

                        break;
                    case "nodes":
                        ReadArray(ref reader, utf8, lines, fileName, issues, (element, line) => ReadNode(element, line, fileName, nodes, issues));
                        break;
                    case "relationships":
                        ReadArray(ref reader, utf8, lines, fileName, issues, (element, line) => ReadRelationship(element, line, fileName, relationships, issues));
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }
        }
        catch (JsonException error)
        {
            throw new ImportFormatException($"{fileName}:{(error.LineNumber ?? 0) + 1}: not valid JSON ({error.Message})", error);
        }

        return new ImportBatch(fileName, nodes, relationships, issues);
    }

    private static void ReadArray(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8, LineCounter lines, string fileName, List<ImportIssue> issues, Action<JsonElement, int> row)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            issues.Add(new ImportIssue(fileName, lines.LineAt(utf8, (int)reader.TokenStartIndex), "expected an array"));
            reader.Skip();
            return;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var line = lines.LineAt(utf8, (int)reader.TokenStartIndex);
            using var document = JsonDocument.ParseValue(ref reader);
            row(document.RootElement, line);
        }
    }

    private static void ReadNode(JsonElement element, int line, string fileName, List<ImportNode> nodes, List<ImportIssue> issues)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            issues.Add(new ImportIssue(fileName, line, "a node must be an object"));
            return;
        }

        var label = Text(element, "label");
        var id = Text(element, "id");
        string? error = !CypherNames.IsValid(label) ? $"node label '{label}' is missing or not a plain name"
            : string.IsNullOrEmpty(id) ? "node has no \"id\" (a non-empty string)"
            : null;
        var properties = error is null ? ReadProperties(element, out error) : null;
        if (error is not null)
        {
            issues.Add(new ImportIssue(fileName, line, error));
            return;
        }

        nodes.Add(new ImportNode(label!, id!, properties!, line));
    }

    private static void ReadRelationship(JsonElement element, int line, string fileName, List<ImportRelationship> relationships, List<ImportIssue> issues)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            issues.Add(new ImportIssue(fileName, line, "a relationship must be an object"));
            return;
        }

        var type = Text(element, "type");
        var fromLabel = Text(element, "fromLabel");
        var from = Text(element, "from");
        var toLabel = Text(element, "toLabel");
        var to = Text(element, "to");
        string? error = !CypherNames.IsValid(type) ? $"relationship type '{type}' is missing or not a plain name"
            : !CypherNames.IsValid(fromLabel) ? $"\"fromLabel\" '{fromLabel}' is missing or not a plain name"
            : !CypherNames.IsValid(toLabel) ? $"\"toLabel\" '{toLabel}' is missing or not a plain name"
            : string.IsNullOrEmpty(from) ? "relationship has no \"from\" id"
            : string.IsNullOrEmpty(to) ? "relationship has no \"to\" id"
            : null;
        var properties = error is null ? ReadProperties(element, out error) : null;
        if (error is not null)
        {
            issues.Add(new ImportIssue(fileName, line, error));
            return;
        }

        relationships.Add(new ImportRelationship(type!, fromLabel!, from!, toLabel!, to!, properties!, line));
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static Dictionary<string, object?>? ReadProperties(JsonElement element, out string? error)
    {
        error = null;
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (!element.TryGetProperty("properties", out var map) || map.ValueKind == JsonValueKind.Null)
        {
            return properties;
        }

        if (map.ValueKind != JsonValueKind.Object)
        {
            error = "\"properties\" must be an object";
            return null;
        }

        foreach (var property in map.EnumerateObject())
        {
            if (property.Name == "id")
            {
                continue;
            }

            if (!ImportValues.TryFromJson(property.Value, out var value))
            {
                error = $"property '{property.Name}' must be a string, number, boolean or a list of one of them";
                return null;
            }

            if (value is not null)
            {
                properties[property.Name] = value;
            }
        }

        return properties;
    }

    /// <summary>Turns byte offsets into line numbers, moving forward only (rows are met in file order).</summary>
    private sealed class LineCounter
    {
        private int _offset;
        private int _line = 1;

        public int LineAt(ReadOnlySpan<byte> utf8, int offset)
        {
            if (offset < _offset)
            {
                _offset = 0;
                _line = 1;
            }

            _line += utf8[_offset..offset].Count((byte)'\n');
            _offset = offset;
            return _line;
        }
    }
}
