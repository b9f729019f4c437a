using GraphExplorer.Api.Configuration;
using GraphExplorer.Api.Database;
using GraphExplorer.Api.GraphQL.Errors;
using GraphExplorer.Api.GraphQL.Limits;
using GraphExplorer.Api.Logging;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace GraphExplorer.Api.Http;

/// <summary>
/// Serves one GraphQL-over-HTTP request: negotiates the response media type, reads the request,
/// refuses mutations over <c>GET</c> (405), executes, and writes the result with the spec's status code.
/// Thread-safe (singleton, no per-request state).
/// </summary>
internal sealed partial class GraphQLRequestHandler(
    IDocumentExecuter<ISchema> executer,
    IGraphQLSerializer serializer,
    IOptions<GraphExplorerOptions> options,
    IOptions<LimitOptions> limits,
    IHostEnvironment environment,
    ILogger<GraphQLRequestHandler> logger)
{
    /// <summary>The <c>extensions</c> entry with the request's Cypher round trips (Development only).</summary>
    public const string RoundTripsExtension = "cypherRoundTrips";

    /// <summary>Handles the request; malformed requests get a 4xx GraphQL error, never an exception.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        var feature = new GraphQLRequestFeature();
        context.Features.Set(feature);
        var mediaType = MediaTypes.Negotiate(context.Request);
        if (mediaType is null)
        {
            var error = new GraphQLHttpError(
                StatusCodes.Status406NotAcceptable,
                ErrorCodes.NotAcceptable,
                $"The response can be '{MediaTypes.GraphQLResponseJson}' or '{MediaTypes.Json}'; the Accept header allows neither.");
            await GraphQLResponseWriter.WriteErrorAsync(context, error, MediaTypes.Json, serializer).ConfigureAwait(false);
            return;
        }

        try
        {
            await ServeAsync(context, mediaType, feature).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException && !context.Response.HasStarted)
        {
            LogFailure(exception);
            var message = environment.IsDevelopment() ? exception.ToString() : "The server failed to process the request.";
            var error = new GraphQLHttpError(StatusCodes.Status500InternalServerError, ErrorCodes.InternalServerError, message);
            await GraphQLResponseWriter.WriteErrorAsync(context, error, mediaType, serializer).ConfigureAwait(false);
        }
    }

    private async Task ServeAsync(HttpContext context, string mediaType, GraphQLRequestFeature feature)
    {
        var isGet = HttpMethods.IsGet(context.Request.Method);
        var read = isGet
            ? GraphQLRequestReader.ReadQueryString(context.Request.Query, serializer)
            : await GraphQLRequestReader.ReadBodyAsync(context.Request, options.Value.MaxRequestBodyBytes, serializer, context.RequestAborted).ConfigureAwait(false);
        if (read.Error is not null)
        {
            await GraphQLResponseWriter.WriteErrorAsync(context, read.Error, mediaType, serializer).ConfigureAwait(false);
            return;
        }

        var request = read.Request!;
        feature.OperationName = request.OperationName ?? feature.OperationName;
        if (DocumentSizeCheck.Check(request.Query!, limits.Value) is { } tooLarge)
        {
            var error = new GraphQLHttpError(StatusCodes.Status400BadRequest, tooLarge.Code, tooLarge.Message);
            await GraphQLResponseWriter.WriteErrorAsync(context, error, mediaType, serializer).ConfigureAwait(false);
            return;
        }

        GraphQLDocument? document = null;
        if (isGet)
        {
            (document, var operationType) = OperationTypeProbe.Probe(request.Query!, request.OperationName);
            if (operationType is not null and not OperationType.Query)
            {
                context.Response.Headers[HeaderNames.Allow] = HttpMethods.Post;
                var error = new GraphQLHttpError(
                    StatusCodes.Status405MethodNotAllowed,
                    ErrorCodes.MethodNotAllowed,
                    $"A {operationType.Value.ToString().ToLowerInvariant()} cannot be sent with GET; use POST.");
                await GraphQLResponseWriter.WriteErrorAsync(context, error, mediaType, serializer).ConfigureAwait(false);
                return;
            }
        }

        var result = await ExecuteWithTimeoutAsync(context, request, document).ConfigureAwait(false);
        if (result is null)
        {
            var error = new GraphQLHttpError(
                StatusCodes.Status504GatewayTimeout,
                ErrorCodes.RequestTimeout,
                $"The request did not finish within {limits.Value.RequestTimeoutMilliseconds} ms and was cancelled.");
            await GraphQLResponseWriter.WriteErrorAsync(context, error, mediaType, serializer).ConfigureAwait(false);
            return;
        }

        if (result.Operation?.Name is { } name)
        {
            feature.OperationName = name.StringValue;
        }

        if (environment.IsDevelopment())
        {
            result.Extensions ??= new Dictionary<string, object?>();
            result.Extensions[RoundTripsExtension] = RoundTripCounter.Current?.Count ?? 0;
        }

        await GraphQLResponseWriter.WriteAsync(context, result, GraphQLResponseWriter.StatusFor(result, mediaType), mediaType, serializer).ConfigureAwait(false);
    }

    /// <summary>
    /// Executes under the request timeout: the timeout cancels the running Cypher (the engine and the Neo4j client
    /// honour the token). Errors the cancellation caused get <c>REQUEST_TIMEOUT</c>; <c>null</c> when execution
    /// itself gave up.
    /// </summary>
    private async Task<ExecutionResult?> ExecuteWithTimeoutAsync(HttpContext context, GraphQLRequest request, GraphQLDocument? document)
    {
        var timeout = limits.Value.RequestTimeoutMilliseconds;
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        if (timeout > 0)
        {
            timeoutSource.CancelAfter(timeout);
        }

        try
        {
            var result = await ExecuteAsync(context, request, document, timeoutSource.Token).ConfigureAwait(false);
            if (timeoutSource.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested && result.Errors is { } errors)
            {
                foreach (var error in errors)
                {
                    error.Code = ErrorCodes.RequestTimeout;
                }
            }

            return result;
        }
        catch (OperationCanceledException) when (timeoutSource.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested)
        {
            return null;
        }
    }

    private Task<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLRequest request, GraphQLDocument? document, CancellationToken cancellationToken) =>
        executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = context.RequestServices,
            User = context.User,
            CancellationToken = cancellationToken,
        });

    [LoggerMessage(Level = LogLevel.Error, Message = "The GraphQL endpoint failed")]
    private partial void LogFailure(Exception exception);
}
