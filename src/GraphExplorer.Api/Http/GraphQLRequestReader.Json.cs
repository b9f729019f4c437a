using System.Text.Json;
using GraphExplorer.Api.GraphQL.Errors;
using GraphQL;
using GraphQL.Transport;

namespace GraphExplorer.Api.Http;

internal static partial class GraphQLRequestReader
{
    /// <summary>Reads <c>{query, operationName, variables, extensions}</c>, checking each member's JSON type.</summary>
    private static ReadResult ReadJsonRequest(JsonElement root, IGraphQLSerializer serializer)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return InvalidParameter("The request body must be a JSON object with a 'query' string.");
        }

        string? query = null;
        if (root.TryGetProperty("query", out var queryElement) && queryElement.ValueKind != JsonValueKind.Null)
        {
            if (queryElement.ValueKind != JsonValueKind.String)
            {
                return InvalidParameter("'query' must be a string.");
            }

            query = queryElement.GetString();
        }

        if (string.IsNullOrEmpty(query))
        {
            return QueryMissing();
        }

        string? operationName = null;
        if (root.TryGetProperty("operationName", out var nameElement) && nameElement.ValueKind != JsonValueKind.Null)
        {
            if (nameElement.ValueKind != JsonValueKind.String)
            {
                return InvalidParameter("'operationName' must be a string.");
            }

            operationName = nameElement.GetString();
        }

        if (!TryReadObjectMember(root, "variables", serializer, out var variables, out var error)
            || !TryReadObjectMember(root, "extensions", serializer, out var extensions, out error))
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

    private static bool TryReadObjectMember(JsonElement root, string name, IGraphQLSerializer serializer, out Inputs? value, out GraphQLHttpError? error)
    {
        if (root.TryGetProperty(name, out var element))
        {
            return TryReadObject(element, name, serializer, out value, out error);
        }

        value = null;
        error = null;
        return true;
    }

    /// <summary>Reads a query-string parameter that holds a JSON object (<c>variables</c>, <c>extensions</c>).</summary>
    private static bool TryReadJsonObject(string? text, string name, IGraphQLSerializer serializer, out Inputs? value, out GraphQLHttpError? error)
    {
        value = null;
        error = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return TryReadObject(document.RootElement, name, serializer, out value, out error);
        }
        catch (JsonException exception)
        {
            error = new GraphQLHttpError(StatusCodes.Status400BadRequest, ErrorCodes.InvalidJson, $"'{name}' is not valid JSON: {exception.Message}");
            return false;
        }
    }

    /// <summary>Converts a JSON object (or <c>null</c>) to GraphQL inputs; any other JSON value is a malformed request.</summary>
    private static bool TryReadObject(JsonElement element, string name, IGraphQLSerializer serializer, out Inputs? value, out GraphQLHttpError? error)
    {
        value = null;
        error = null;
        if (element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            error = InvalidParameter($"'{name}' must be a JSON object.");
            return false;
        }

        try
        {
            value = serializer.ReadNode<Inputs>(element);
            return true;
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or NotSupportedException or FormatException or OverflowException)
        {
            error = InvalidParameter($"'{name}' cannot be read: {exception.Message}");
            return false;
        }
    }
}
