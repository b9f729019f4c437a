using System.Globalization;
using System.Text;

namespace GraphExplorer.Core.Import;

/// <summary>
/// Reads CSV files of nodes (header <c>label,id,…</c>) or relationships (header <c>type,fromLabel,from,toLabel,to,…</c>).
/// Further columns are properties, typed by a suffix (<c>name:int</c>, <c>:float</c>, <c>:boolean</c>, <c>:string[]</c>
/// with <c>;</c> between items; strings otherwise); an empty cell is an absent property. Thread-safe (stateless).
/// </summary>
public static class CsvImportReader
{
    private static readonly string[] NodeColumns = ["label", "id"];
    private static readonly string[] RelationshipColumns = ["type", "fromLabel", "from", "toLabel", "to"];

    /// <summary>Reads a file.</summary>
    /// <exception cref="ImportFormatException">The header is neither a node nor a relationship header.</exception>
    public static async Task<ImportBatch> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        var text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        return Read(text, Path.GetFileName(path));
    }

    /// <summary>Reads CSV text.</summary>
    /// <exception cref="ImportFormatException">The header is neither a node nor a relationship header.</exception>
    public static ImportBatch Read(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = ParseRecords(text).ToList();
        if (records.Count == 0)
        {
            throw new ImportFormatException($"{fileName}: the file is empty.");
        }

        var header = records[0].Fields;
        var isNodes = header.Take(2).SequenceEqual(NodeColumns);
        var isRelationships = header.Take(5).SequenceEqual(RelationshipColumns);
        if (!isNodes && !isRelationships)
        {
            throw new ImportFormatException($"{fileName}:1: the header must start with 'label,id' (nodes) or 'type,fromLabel,from,toLabel,to' (relationships).");
        }

        var fixedCount = isNodes ? NodeColumns.Length : RelationshipColumns.Length;
        var columns = header.Skip(fixedCount).Select(ParseColumn).ToList();
        var nodes = new List<ImportNode>();
        var relationships = new List<ImportRelationship>();
        var issues = new List<ImportIssue>();
        foreach (var (line, fields) in records.Skip(1))
        {
            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue;
            }

            if (fields.Count != header.Count)
            {
                issues.Add(new ImportIssue(fileName, line, $"expected {header.Count} fields, found {fields.Count}"));
                continue;
            }

            var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
            string? error = null;
            for (var i = 0; i < columns.Count && error is null; i++)
            {
                var cell = fields[fixedCount + i];
                if (cell.Length == 0)
                {
                    continue;
                }

                if (TryConvert(cell, columns[i].Type, out var value))
                {
                    properties[columns[i].Name] = value;
                }
                else
                {
                    error = $"column '{columns[i].Name}': '{cell}' is not a {columns[i].Type}";
                }
            }

            if (isNodes)
            {
                error ??= !CypherNames.IsValid(fields[0]) ? $"node label '{fields[0]}' is not a plain name"
                    : fields[1].Length == 0 ? "node has no id"
                    : null;
                if (error is null)
                {
                    nodes.Add(new ImportNode(fields[0], fields[1], properties, line));
                }
            }
            else
            {
                error ??= !CypherNames.IsValid(fields[0]) ? $"relationship type '{fields[0]}' is not a plain name"
                    : !CypherNames.IsValid(fields[1]) || !CypherNames.IsValid(fields[3]) ? "fromLabel and toLabel must be plain names"
                    : fields[2].Length == 0 || fields[4].Length == 0 ? "relationship needs both 'from' and 'to' ids"
                    : null;
                if (error is null)
                {
                    relationships.Add(new ImportRelationship(fields[0], fields[1], fields[2], fields[3], fields[4], properties, line));
                }
            }

            if (error is not null)
            {
                issues.Add(new ImportIssue(fileName, line, error));
            }
        }

        return new ImportBatch(fileName, nodes, relationships, issues);
    }

    private static (string Name, string Type) ParseColumn(string header)
    {
        var colon = header.LastIndexOf(':');
        return colon > 0 ? (header[..colon], header[(colon + 1)..].ToUpperInvariant() switch
        {
            "INT" or "LONG" or "INTEGER" => "int",
            "FLOAT" or "DOUBLE" => "float",
            "BOOLEAN" or "BOOL" => "boolean",
            "STRING[]" => "string[]",
            _ => "string",
        }) : (header, "string");
    }

    private static bool TryConvert(string cell, string type, out object? value)
    {
        value = null;
        switch (type)
        {
            case "int" when long.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l):
                value = l;
                return true;
            case "float" when double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var d):
                value = d;
                return true;
            case "boolean" when bool.TryParse(cell, out var b):
                value = b;
                return true;
            case "string[]":
                value = cell.Split(';').Select(s => (object?)s).ToList();
                return true;
            case "string":
                value = cell;
                return true;
            default:
                return false;
        }
    }

    /// <summary>RFC 4180 records (quoted fields may hold commas, quotes as <c>""</c> and line breaks), each with its first line.</summary>
    private static IEnumerable<(int Line, List<string> Fields)> ParseRecords(string text)
    {
        var line = 1;
        var i = 0;
        while (i < text.Length)
        {
            var startLine = line;
            var fields = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            while (i < text.Length)
            {
                var c = text[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                        continue;
                    }

                    if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        line += c == '\n' ? 1 : 0;
                        field.Append(c);
                    }

                    i++;
                    continue;
                }

                if (c == '"' && field.Length == 0)
                {
                    quoted = true;
                }
                else if (c == ',')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                }
                else if (c == '\n')
                {
                    i++;
                    line++;
                    break;
                }
                else if (c != '\r')
                {
                    field.Append(c);
                }

                i++;
            }

            fields.Add(field.ToString());
            yield return (startLine, fields);
        }
    }
}
