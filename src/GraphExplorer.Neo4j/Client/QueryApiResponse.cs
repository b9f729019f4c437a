using System.Text.Json;
using GraphExplorer.Graph;
using GraphExplorer.Graph.Errors;
using GraphExplorer.Graph.Values;
using GraphExplorer.Protocols.QueryApi;

namespace GraphExplorer.Neo4j.Client;

/// <summary>One Query API response body: the result, bookmarks, counters and, for <c>/tx</c>, the transaction's id and expiry.</summary>
internal sealed record QueryApiResponse(
    QueryResult Result,
    IReadOnlyList<string> Bookmarks,
    string? TransactionId,
    DateTimeOffset? Expires)
{
    /// <summary>Parses a body; a non-empty <c>errors</c> array (also after partial <c>data</c> in a 202) raises the first error.</summary>
    /// <exception cref="CypherException">The body carries errors, or is not a Query API response.</exception>
    public static QueryApiResponse Parse(JsonElement root, bool typed)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new CypherException(StatusCodes.UnknownError, "The server's answer is not a Query API response (not a JSON object).", ErrorPhase.Runtime);
        }

        ThrowIfErrors(root);
        var result = root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            ? new QueryResult(ReadFields(data), ReadRows(data, typed), ReadCounters(root))
            : QueryResult.Empty with { Counters = ReadCounters(root) };
        IReadOnlyList<string> bookmarks = root.TryGetProperty("bookmarks", out var marks) && marks.ValueKind == JsonValueKind.Array
            ? [.. marks.EnumerateArray().Select(mark => mark.GetString()!)]
            : [];
        string? id = null;
        DateTimeOffset? expires = null;
        if (root.TryGetProperty("transaction", out var transaction) && transaction.ValueKind == JsonValueKind.Object)
        {
            id = transaction.TryGetProperty("id", out var idElement) ? idElement.GetString() : null;
            if (transaction.TryGetProperty("expires", out var expiresElement) && DateTimeOffset.TryParse(expiresElement.GetString(), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var at))
            {
                expires = at;
            }
        }

        return new QueryApiResponse(result, bookmarks, id, expires);
    }

    /// <summary>Raises the first entry of a non-empty <c>errors</c> array as a <see cref="CypherException"/>.</summary>
    public static void ThrowIfErrors(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("errors", out var errors)
            || errors.ValueKind != JsonValueKind.Array
            || errors.GetArrayLength() == 0)
        {
            return;
        }

        var first = errors[0];
        var code = first.TryGetProperty("code", out var codeElement) ? codeElement.GetString() : null;
        var message = first.TryGetProperty("message", out var messageElement) ? messageElement.GetString() : null;
        code ??= StatusCodes.UnknownError;
        var phase = code.Contains(".Statement.", StringComparison.Ordinal) && !code.EndsWith("Error.Statement.ExecutionFailed", StringComparison.Ordinal)
            && !code.EndsWith(".ArithmeticError", StringComparison.Ordinal) && !code.EndsWith(".EntityNotFound", StringComparison.Ordinal)
            ? ErrorPhase.Compile
            : ErrorPhase.Runtime;
        throw new CypherException(code, message ?? code, phase);
    }

    private static List<string> ReadFields(JsonElement data) =>
        data.TryGetProperty("fields", out var fields) ? [.. fields.EnumerateArray().Select(field => field.GetString()!)] : [];

    private static List<IReadOnlyList<object?>> ReadRows(JsonElement data, bool typed)
    {
        var rows = new List<IReadOnlyList<object?>>();
        if (!data.TryGetProperty("values", out var values) || values.ValueKind != JsonValueKind.Array)
        {
            return rows;
        }

        foreach (var row in values.EnumerateArray())
        {
            rows.Add([.. row.EnumerateArray().Select(value => typed ? TypedJsonReader.Read(value) : PlainJson.Read(value))]);
        }

        return rows;
    }

    private static QueryCounters ReadCounters(JsonElement root)
    {
        if (!root.TryGetProperty("counters", out var counters) || counters.ValueKind != JsonValueKind.Object)
        {
            return QueryCounters.None;
        }

        int Get(string name) => counters.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : 0;
        return new QueryCounters
        {
            NodesCreated = Get("nodesCreated"),
            NodesDeleted = Get("nodesDeleted"),
            RelationshipsCreated = Get("relationshipsCreated"),
            RelationshipsDeleted = Get("relationshipsDeleted"),
            PropertiesSet = Get("propertiesSet"),
            LabelsAdded = Get("labelsAdded"),
            LabelsRemoved = Get("labelsRemoved"),
            IndexesAdded = Get("indexesAdded"),
            IndexesRemoved = Get("indexesRemoved"),
            ConstraintsAdded = Get("constraintsAdded"),
            ConstraintsRemoved = Get("constraintsRemoved"),
        };
    }
}
