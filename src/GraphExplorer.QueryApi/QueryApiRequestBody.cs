using System.Text.Json;
using GraphExplorer.Graph;
using GraphExplorer.Graph.Values;
using GraphExplorer.Protocols.QueryApi;
using Neo4jStatus = GraphExplorer.Graph.Errors.StatusCodes;

namespace GraphExplorer.QueryApi;

/// <summary>A Query API request body: <c>statement</c>, <c>parameters</c> (typed or plain JSON), <c>accessMode</c>, <c>includeCounters</c>.</summary>
internal sealed record QueryApiRequestBody(
    string? Statement,
    IReadOnlyDictionary<string, object?> Parameters,
    AccessMode? Mode,
    bool IncludeCounters)
{
    private static readonly Dictionary<string, object?> _noParameters = new(StringComparer.Ordinal);

    /// <summary>Reads the body; an empty body is a request without a statement.</summary>
    /// <exception cref="QueryApiRequestException">The body is not a valid request.</exception>
    public static async Task<QueryApiRequestBody> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        if (buffer.Length == 0)
        {
            return new QueryApiRequestBody(null, _noParameters, null, false);
        }

        var typed = request.ContentType?.StartsWith(QueryApiMediaTypes.TypedJson, StringComparison.OrdinalIgnoreCase) == true;
        try
        {
            using var document = JsonDocument.Parse(buffer.ToArray());
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new QueryApiRequestException(Neo4jStatus.InvalidFormat, "The request body must be a JSON object.");
            }

            var statement = root.TryGetProperty("statement", out var statementElement) && statementElement.ValueKind == JsonValueKind.String
                ? statementElement.GetString()
                : null;
            var parameters = root.TryGetProperty("parameters", out var parametersElement) && parametersElement.ValueKind == JsonValueKind.Object
                ? typed ? TypedJsonReader.ReadMap(parametersElement) : PlainJson.ReadMap(parametersElement)
                : _noParameters;
            AccessMode? mode = root.TryGetProperty("accessMode", out var modeElement) && modeElement.ValueKind == JsonValueKind.String
                ? ParseMode(modeElement.GetString()!)
                : null;
            var counters = root.TryGetProperty("includeCounters", out var countersElement) && countersElement.ValueKind == JsonValueKind.True;
            return new QueryApiRequestBody(statement, parameters, mode, counters);
        }
        catch (JsonException error)
        {
            throw new QueryApiRequestException(Neo4jStatus.InvalidFormat, "The request body is not valid JSON: " + error.Message);
        }
        catch (FormatException error)
        {
            throw new QueryApiRequestException(Neo4jStatus.InvalidFormat, "A parameter is not valid typed JSON: " + error.Message);
        }
        catch (InvalidOperationException error)
        {
            throw new QueryApiRequestException(Neo4jStatus.InvalidFormat, "A parameter is not valid typed JSON: " + error.Message);
        }
    }

    private static AccessMode ParseMode(string text) => text.ToUpperInvariant() switch
    {
        "READ" => AccessMode.Read,
        "WRITE" => AccessMode.Write,
        _ => throw new QueryApiRequestException(Neo4jStatus.InvalidRequest, $"accessMode must be Read or Write, not '{text}'."),
    };
}

/// <summary>A request the Query API rejects before running anything (400 with the given code).</summary>
internal sealed class QueryApiRequestException(string code, string message) : Exception(message)
{
    public string Code => code;
}
