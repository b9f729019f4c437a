using System.Text.Json;
using GraphExplorer.Graph;
using GraphExplorer.Graph.Values;
using GraphExplorer.Protocols.QueryApi;

namespace GraphExplorer.QueryApi;

/// <summary>Writes Query API responses in Neo4j's shapes, as typed JSON or plain JSON after the request's <c>Accept</c>.</summary>
internal static class QueryApiResponseWriter
{
    /// <summary>Whether the client asked for typed JSON.</summary>
    public static bool WantsTypedJson(HttpRequest request) =>
        request.Headers.Accept.Any(value => value?.Contains(QueryApiMediaTypes.TypedJson, StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>Writes a result (202) with bookmarks, optional counters and optional transaction details.</summary>
    public static async Task WriteResultAsync(HttpContext context, QueryResult result, bool includeCounters, IReadOnlyList<string> bookmarks, OpenTransaction? transaction)
    {
        var typed = WantsTypedJson(context.Request);
        context.Response.StatusCode = StatusCodes.Status202Accepted;
        context.Response.ContentType = typed ? QueryApiMediaTypes.TypedJson : QueryApiMediaTypes.Json;
        var writer = new Utf8JsonWriter(context.Response.Body);
        await using (writer.ConfigureAwait(false))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("data");
            writer.WriteStartArray("fields");
            foreach (var column in result.Columns)
            {
                writer.WriteStringValue(column);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("values");
            foreach (var row in result.Rows)
            {
                writer.WriteStartArray();
                foreach (var value in row)
                {
                    if (typed)
                    {
                        TypedJsonWriter.Write(writer, value);
                    }
                    else
                    {
                        PlainJson.Write(writer, value);
                    }
                }

                writer.WriteEndArray();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            if (includeCounters)
            {
                WriteCounters(writer, result.Counters);
            }

            writer.WriteStartArray("bookmarks");
            foreach (var bookmark in bookmarks)
            {
                writer.WriteStringValue(bookmark);
            }

            writer.WriteEndArray();
            if (transaction is not null)
            {
                writer.WriteStartObject("transaction");
                writer.WriteString("id", transaction.Id);
                writer.WriteString("expires", transaction.Expires.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture));
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }
    }

    /// <summary>Writes <c>{"errors": [{code, message}]}</c> with the status Neo4j uses for the code.</summary>
    public static async Task WriteErrorAsync(HttpContext context, string code, string message)
    {
        context.Response.StatusCode = QueryApiStatus.For(code);
        context.Response.ContentType = WantsTypedJson(context.Request) ? QueryApiMediaTypes.TypedJson : QueryApiMediaTypes.Json;
        if (context.Response.StatusCode == StatusCodes.Status401Unauthorized)
        {
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"Neo4j\"";
        }

        var writer = new Utf8JsonWriter(context.Response.Body);
        await using (writer.ConfigureAwait(false))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("errors");
            writer.WriteStartObject();
            writer.WriteString("code", code);
            writer.WriteString("message", message);
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
    }

    private static void WriteCounters(Utf8JsonWriter writer, QueryCounters counters)
    {
        writer.WriteStartObject("counters");
        writer.WriteBoolean("containsUpdates", counters.ContainsUpdates);
        writer.WriteNumber("nodesCreated", counters.NodesCreated);
        writer.WriteNumber("nodesDeleted", counters.NodesDeleted);
        writer.WriteNumber("propertiesSet", counters.PropertiesSet);
        writer.WriteNumber("relationshipsCreated", counters.RelationshipsCreated);
        writer.WriteNumber("relationshipsDeleted", counters.RelationshipsDeleted);
        writer.WriteNumber("labelsAdded", counters.LabelsAdded);
        writer.WriteNumber("labelsRemoved", counters.LabelsRemoved);
        writer.WriteNumber("indexesAdded", counters.IndexesAdded);
        writer.WriteNumber("indexesRemoved", counters.IndexesRemoved);
        writer.WriteNumber("constraintsAdded", counters.ConstraintsAdded);
        writer.WriteNumber("constraintsRemoved", counters.ConstraintsRemoved);
        writer.WriteBoolean("containsSystemUpdates", false);
        writer.WriteNumber("systemUpdates", 0);
        writer.WriteEndObject();
    }
}
