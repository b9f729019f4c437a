using System.Text;
using System.Text.Json;

namespace GraphExplorer.Cli.Output;

/// <summary>Writes a result's columns and rows as a table, JSON or CSV (<c>docs/cli.md</c> describes each).</summary>
internal static class ResultWriter
{
    /// <summary>The formats <c>--format</c> accepts.</summary>
    public static readonly string[] Formats = ["table", "json", "csv"];

    /// <summary>Writes the rows to <paramref name="output"/> in <paramref name="format"/>.</summary>
    public static void Write(TextWriter output, string format, IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<object?>> rows, bool truncated)
    {
        switch (format)
        {
            case "json":
                WriteJson(output, columns, rows, truncated);
                break;
            case "csv":
                WriteCsv(output, columns, rows);
                break;
            default:
                WriteTable(output, columns, rows, truncated);
                break;
        }
    }

    private static void WriteJson(TextWriter output, IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<object?>> rows, bool truncated)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("columns");
            writer.WriteStartArray();
            foreach (var column in columns)
            {
                writer.WriteStringValue(column);
            }

            writer.WriteEndArray();
            writer.WritePropertyName("rows");
            writer.WriteStartArray();
            foreach (var row in rows)
            {
                writer.WriteStartObject();
                for (var i = 0; i < columns.Count; i++)
                {
                    writer.WritePropertyName(columns[i]);
                    CliValues.Write(writer, row[i]);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteBoolean("truncated", truncated);
            writer.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteCsv(TextWriter output, IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<object?>> rows)
    {
        output.WriteLine(string.Join(",", columns.Select(Quote)));
        foreach (var row in rows)
        {
            output.WriteLine(string.Join(",", row.Select(v => Quote(CliValues.Text(v)))));
        }
    }

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    private static void WriteTable(TextWriter output, IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<object?>> rows, bool truncated)
    {
        const int maxWidth = 60;
        var cells = rows.Select(r => r.Select(v => Clip(CliValues.Text(v).ReplaceLineEndings(" "), maxWidth)).ToList()).ToList();
        var widths = columns.Select((c, i) => Math.Max(c.Length, cells.Count == 0 ? 0 : cells.Max(r => r[i].Length))).ToList();
        var rule = "+" + string.Join("+", widths.Select(w => new string('-', w + 2))) + "+";
        output.WriteLine(rule);
        output.WriteLine("| " + string.Join(" | ", columns.Select((c, i) => c.PadRight(widths[i]))) + " |");
        output.WriteLine(rule);
        foreach (var row in cells)
        {
            output.WriteLine("| " + string.Join(" | ", row.Select((c, i) => c.PadRight(widths[i]))) + " |");
        }

        output.WriteLine(rule);
        output.WriteLine($"{rows.Count} row{(rows.Count == 1 ? "" : "s")}{(truncated ? " (truncated: more rows than the row cap)" : "")}");
    }

    private static string Clip(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";
}
