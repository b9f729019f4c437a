using System.Text.Json;
using GraphExplorer.Api.GraphQL.Errors;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace GraphExplorer.Api.Http;

/// <summary>
/// Reads a GraphQL-over-HTTP request: a JSON body (<c>POST</c>) or query-string parameters (<c>GET</c>).
/// A request that is not well-formed becomes an <see cref="GraphQLHttpError"/> with its status (400, 413, 415),
/// never an exception.
/// </summary>
internal static partial class GraphQLRequestReader
{
    /// <summary>Reads the parameters of a <c>GET</c> request from its query string.</summary>
    public static ReadResult ReadQueryString(IQueryCollection parameters, IGraphQLSerializer serializer)
    {
        if (!TryGetSingle(parameters, "query", out var query, out var error)
            || !TryGetSingle(parameters, "operationName", out var operationName, out error))
        {
            return error!;
        }

        if (string.IsNullOrEmpty(query))
        {
            return QueryMissing();
        }

        if (!TryGetSingle(parameters, "variables", out var variablesText, out error)
            || !TryReadJsonObject(variablesText, "variables", serializer, out var variables, out error)
            || !TryGetSingle(parameters, "extensions", out var extensionsText, out error)
            || !TryReadJsonObject(extensionsText, "extensions", serializer, out var extensions, out error))
        {
            return error!;
        }

        return new GraphQLRequest
        {
            Query = query,
            OperationName = string.IsNullOrEmpty(operationName) ? null : operationName,
            Variables = variables,
            Extensions = extensions,
        };
    }

    /// <summary>Reads the JSON body of a <c>POST</c> request, refusing other content types and bodies over <paramref name="maxBodyBytes"/>.</summary>
    public static async Task<ReadResult> ReadBodyAsync(HttpRequest request, long maxBodyBytes, IGraphQLSerializer serializer, CancellationToken cancellationToken)
    {
        if (CheckContentType(request.ContentType) is { } contentTypeError)
        {
            return contentTypeError;
        }

        if (request.ContentLength > maxBodyBytes)
        {
            return TooLarge(maxBodyBytes);
        }

        var body = await ReadLimitedAsync(request.Body, maxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return TooLarge(maxBodyBytes);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException exception)
        {
            return new GraphQLHttpError(StatusCodes.Status400BadRequest, ErrorCodes.InvalidJson, $"The request body is not valid JSON: {exception.Message}");
        }

        using (document)
        {
            return ReadJsonRequest(document.RootElement, serializer);
        }
    }

    private static GraphQLHttpError? CheckContentType(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed)
            || !parsed.MediaType.Equals(MediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            return new GraphQLHttpError(
                StatusCodes.Status415UnsupportedMediaType,
                ErrorCodes.UnsupportedMediaType,
                $"A GraphQL POST request needs 'Content-Type: {MediaTypes.Json}'; got '{contentType ?? "(none)"}'.");
        }

        if (parsed.Charset.HasValue && !parsed.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return new GraphQLHttpError(
                StatusCodes.Status415UnsupportedMediaType,
                ErrorCodes.UnsupportedMediaType,
                $"The request body must be UTF-8; got charset '{parsed.Charset}'.");
        }

        return null;
    }

    /// <summary>Reads the whole stream, or returns <c>null</c> as soon as it exceeds <paramref name="limit"/> bytes.</summary>
    private static async Task<byte[]?> ReadLimitedAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static GraphQLHttpError TooLarge(long maxBodyBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, ErrorCodes.PayloadTooLarge, $"The request body is larger than {maxBodyBytes} bytes.");

    private static GraphQLHttpError QueryMissing() =>
        new(StatusCodes.Status400BadRequest, ErrorCodes.QueryMissing, "The request has no 'query' (a GraphQL document as a string).");

    private static GraphQLHttpError InvalidParameter(string message) =>
        new(StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, message);

    private static bool TryGetSingle(IQueryCollection parameters, string name, out string? value, out GraphQLHttpError? error)
    {
        error = null;
        value = null;
        if (!parameters.TryGetValue(name, out StringValues values) || values.Count == 0)
        {
            return true;
        }

        if (values.Count > 1)
        {
            error = InvalidParameter($"The parameter '{name}' is given more than once.");
            return false;
        }

        value = values[0];
        return true;
    }
}
