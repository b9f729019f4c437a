using GraphExplorer.Api.GraphQL.Errors;
using GraphQL;
using GraphQL.Execution;

namespace GraphExplorer.Api.Http;

/// <summary>Writes a GraphQL response with the status code its media type calls for.</summary>
internal static class GraphQLResponseWriter
{
    /// <summary>
    /// The status of a response: with <c>application/json</c> every well-formed request gets 200; with
    /// <c>application/graphql-response+json</c> a request that was not executed (parse or validation
    /// errors) gets 400, and one that failed inside the server 500.
    /// </summary>
    public static int StatusFor(ExecutionResult result, string mediaType)
    {
        if (result.Executed || mediaType == MediaTypes.Json)
        {
            return StatusCodes.Status200OK;
        }

        return result.Errors?.Any(error => error is UnhandledError) == true
            ? StatusCodes.Status500InternalServerError
            : StatusCodes.Status400BadRequest;
    }

    /// <summary>Writes <paramref name="result"/> as <paramref name="mediaType"/> with the given status.</summary>
    public static async Task WriteAsync(HttpContext context, ExecutionResult result, int statusCode, string mediaType, IGraphQLSerializer serializer)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = MediaTypes.WithCharset(mediaType);
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Writes a request the HTTP layer refused, as a GraphQL response with only <c>errors</c>.</summary>
    public static Task WriteErrorAsync(HttpContext context, GraphQLHttpError error, string mediaType, IGraphQLSerializer serializer) =>
        WriteAsync(context, new ExecutionResult(error), error.StatusCode, mediaType, serializer);
}
