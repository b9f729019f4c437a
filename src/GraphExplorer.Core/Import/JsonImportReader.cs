using System.Text.Json;

namespace GraphExplorer.Core.Import;

/// <summary>
/// Reads the JSON import format (<c>docs/import.md</c>): <c>{"format", "nodes": [...], "relationships": [...]}</c>.
/// Each row is checked on its own; a bad row becomes an <see cref="ImportIssue"/> with its line. Rows are read
/// straight off one <see cref="Utf8JsonReader"/> (<see cref="JsonRowReader"/>), without a document per row. Thread-safe (stateless).
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
        var context = new RowContext(fileName);
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
                        ReadArray(ref reader, utf8, context, nodes: true);
                        break;
                    case "relationships":
                        ReadArray(ref reader, utf8, context, nodes: false);
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

        return new ImportBatch(fileName, context.Nodes, context.Relationships, context.Issues);
    }

    private static void ReadArray(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8, RowContext context, bool nodes)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            context.Issues.Add(new ImportIssue(context.FileName, context.Lines.LineAt(utf8, (int)reader.TokenStartIndex), "expected an array"));
            reader.Skip();
            return;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var line = context.Lines.LineAt(utf8, (int)reader.TokenStartIndex);
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                context.Issues.Add(new ImportIssue(context.FileName, line, nodes ? "a node must be an object" : "a relationship must be an object"));
                continue;
            }

            context.Row.Read(ref reader);
            if (nodes)
            {
                AddNode(context, line);
            }
            else
            {
                AddRelationship(context, line);
            }
        }
    }

    private static void AddNode(RowContext context, int line)
    {
        var row = context.Row;
        var error = !CypherNames.IsValid(row.Label) ? $"node label '{row.Label}' is missing or not a plain name"
            : string.IsNullOrEmpty(row.Id) ? "node has no \"id\" (a non-empty string)"
            : row.PropertiesError;
        if (error is not null)
        {
            context.Issues.Add(new ImportIssue(context.FileName, line, error));
            return;
        }

        context.Nodes.Add(new ImportNode(row.Label!, row.Id!, row.Properties!, line));
    }

    private static void AddRelationship(RowContext context, int line)
    {
        var row = context.Row;
        var error = !CypherNames.IsValid(row.Type) ? $"relationship type '{row.Type}' is missing or not a plain name"
            : !CypherNames.IsValid(row.FromLabel) ? $"\"fromLabel\" '{row.FromLabel}' is missing or not a plain name"
            : !CypherNames.IsValid(row.ToLabel) ? $"\"toLabel\" '{row.ToLabel}' is missing or not a plain name"
            : string.IsNullOrEmpty(row.From) ? "relationship has no \"from\" id"
            : string.IsNullOrEmpty(row.To) ? "relationship has no \"to\" id"
            : row.PropertiesError;
        if (error is not null)
        {
            context.Issues.Add(new ImportIssue(context.FileName, line, error));
            return;
        }

        context.Relationships.Add(new ImportRelationship(row.Type!, row.FromLabel!, row.From!, row.ToLabel!, row.To!, row.Properties!, line));
    }

    /// <summary>What one read collects, and the reusable row reader.</summary>
    private sealed class RowContext(string fileName)
    {
        public string FileName { get; } = fileName;

        public LineCounter Lines { get; } = new();

        public JsonRowReader Row { get; } = new(new JsonNameTable());

        public List<ImportNode> Nodes { get; } = [];

        public List<ImportRelationship> Relationships { get; } = [];

        public List<ImportIssue> Issues { get; } = [];
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
