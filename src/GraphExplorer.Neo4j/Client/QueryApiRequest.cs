using System.Text.Json;
using GraphExplorer.Graph;
using GraphExplorer.Protocols.QueryApi;

namespace GraphExplorer.Neo4j.Client;

/// <summary>The body of a Query API request: statement, typed parameters, access mode, bookmarks.</summary>
internal static class QueryApiRequest
{
    /// <summary>Serializes a request body; with no statement, an empty object (opening a transaction, committing).</summary>
    public static byte[] Serialize(string? statement, IReadOnlyDictionary<string, object?>? parameters, AccessMode? mode, IReadOnlyList<string> bookmarks)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (statement is not null)
            {
                writer.WriteString("statement", statement);
                writer.WritePropertyName("parameters");
                TypedJsonWriter.WriteMap(writer, parameters ?? new Dictionary<string, object?>());
                writer.WriteBoolean("includeCounters", true);
            }

            if (mode is { } accessMode)
            {
                writer.WriteString("accessMode", accessMode == AccessMode.Read ? "Read" : "Write");
            }

            if (bookmarks.Count > 0)
            {
                writer.WriteStartArray("bookmarks");
                foreach (var bookmark in bookmarks)
                {
                    writer.WriteStringValue(bookmark);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
