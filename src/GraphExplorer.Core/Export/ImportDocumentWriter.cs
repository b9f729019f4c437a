using System.Text;
using System.Text.Json;
using GraphExplorer.Core.Import;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Core.Export;

/// <summary>
/// Writes the JSON import format one row per line (so line numbers in import reports point at rows):
/// call <see cref="WriteNode"/> for every node, then <see cref="WriteRelationship"/> for every relationship.
/// Not thread-safe.
/// </summary>
public sealed class ImportDocumentWriter : IAsyncDisposable
{
    private readonly StreamWriter _output;
    private readonly ArrayBufferWriterPool _buffer = new();
    private int _section;
    private bool _firstInSection = true;

    /// <summary>Starts a document on <paramref name="stream"/> (left open only if <paramref name="leaveOpen"/>).</summary>
    public ImportDocumentWriter(Stream stream, bool leaveOpen = false)
    {
        _output = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen);
        _output.Write($"{{\"format\": \"{JsonImportReader.Format}\",\n\"nodes\": [");
    }

    /// <summary>Writes a node row.</summary>
    public void WriteNode(string label, string id, IReadOnlyDictionary<string, object?> properties)
    {
        if (_section != 0)
        {
            throw new InvalidOperationException("Nodes come before relationships.");
        }

        Row(writer =>
        {
            writer.WriteString("label", label);
            writer.WriteString("id", id);
            WriteProperties(writer, properties);
        });
    }

    /// <summary>Writes a relationship row.</summary>
    public void WriteRelationship(string type, string fromLabel, string from, string toLabel, string to, IReadOnlyDictionary<string, object?> properties)
    {
        if (_section == 0)
        {
            _output.Write("\n],\n\"relationships\": [");
            _section = 1;
            _firstInSection = true;
        }

        Row(writer =>
        {
            writer.WriteString("type", type);
            writer.WriteString("fromLabel", fromLabel);
            writer.WriteString("from", from);
            writer.WriteString("toLabel", toLabel);
            writer.WriteString("to", to);
            WriteProperties(writer, properties);
        });
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_section == 0)
        {
            _output.Write("\n],\n\"relationships\": [");
        }

        await _output.WriteAsync("\n]}\n").ConfigureAwait(false);
        await _output.DisposeAsync().ConfigureAwait(false);
    }

    private static void WriteProperties(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> properties)
    {
        writer.WritePropertyName("properties");
        writer.WriteStartObject();
        foreach (var (key, value) in properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (key == "id" || value is null)
            {
                continue;
            }

            writer.WritePropertyName(key);
            PlainJson.Write(writer, value);
        }

        writer.WriteEndObject();
    }

    private void Row(Action<Utf8JsonWriter> body)
    {
        _output.Write(_firstInSection ? "\n" : ",\n");
        _firstInSection = false;
        _output.Write(_buffer.Render(body));
    }

    /// <summary>One reusable buffer for rendering rows.</summary>
    private sealed class ArrayBufferWriterPool
    {
        private readonly System.Buffers.ArrayBufferWriter<byte> _bytes = new(4096);
        private readonly JsonWriterOptions _options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        public string Render(Action<Utf8JsonWriter> body)
        {
            _bytes.ResetWrittenCount();
            using (var writer = new Utf8JsonWriter(_bytes, _options))
            {
                writer.WriteStartObject();
                body(writer);
                writer.WriteEndObject();
            }

            return Encoding.UTF8.GetString(_bytes.WrittenSpan);
        }
    }
}
