using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using GraphExplorer.Graph.Errors;
using GraphExplorer.Protocols.QueryApi;
using Microsoft.Extensions.Logging;

namespace GraphExplorer.Neo4j.Client;

/// <summary>
/// Sends Query API requests for one server and database: authentication, media types, timeout,
/// and the mapping of HTTP and transport failures to <see cref="CypherException"/>s. Thread-safe.
/// Logs the method, path, status and duration, never a header or a parameter.
/// </summary>
internal sealed partial class QueryApiConnection(Func<HttpClient> createClient, Neo4jOptions options, ILogger logger)
{
    private readonly AuthenticationHeaderValue? _authorization = CreateAuthorization(options);
    private readonly Uri _databaseUri = new(EnsureTrailingSlash(options.Uri), $"db/{Uri.EscapeDataString(options.Database)}/query/v2");

    /// <summary>The database's Query API address, e.g. <c>http://localhost:7474/db/neo4j/query/v2</c>.</summary>
    public Uri DatabaseUri => _databaseUri;

    /// <summary>Sends one request and returns the parsed response with the response's cluster-affinity header.</summary>
    /// <param name="relativePath">Empty for auto-commit; <c>/tx</c>, <c>/tx/{id}</c>, <c>/tx/{id}/commit</c>.</param>
    /// <exception cref="CypherException">The server reported an error.</exception>
    /// <exception cref="Neo4jConnectionException">The server did not answer (in time, or at all).</exception>
    public async Task<(QueryApiResponse Response, string? Affinity)> SendAsync(
        HttpMethod method, string relativePath, byte[]? body, string? affinity, CancellationToken cancellationToken)
    {
        var uri = new Uri(_databaseUri + relativePath);
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(QueryApiMediaTypes.TypedJson));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(QueryApiMediaTypes.Json, 0.5));
        request.Headers.Authorization = _authorization;
        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(QueryApiMediaTypes.ClusterAffinityHeader, affinity);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(QueryApiMediaTypes.TypedJson);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.RequestTimeout);
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await createClient().SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
            var bytes = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
            LogResponse(method.Method, uri.AbsolutePath, (int)response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            var responseAffinity = response.Headers.TryGetValues(QueryApiMediaTypes.ClusterAffinityHeader, out var values) ? values.FirstOrDefault() : null;
            return (Interpret(response, bytes), responseAffinity ?? affinity);
        }
        catch (OperationCanceledException error) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailure(method.Method, uri.AbsolutePath, nameof(ConnectionFailure.TimedOut));
            throw new Neo4jConnectionException(
                ConnectionFailure.TimedOut,
                $"Neo4j at {options.Uri} did not answer {method.Method} {uri.AbsolutePath} within {options.RequestTimeout.TotalSeconds:0.###} s.",
                error);
        }
        catch (HttpRequestException error)
        {
            var failure = IsConnectFailure(error) ? ConnectionFailure.Unreachable : ConnectionFailure.ClosedMidResponse;
            LogFailure(method.Method, uri.AbsolutePath, failure.ToString());
            var what = failure == ConnectionFailure.Unreachable ? "could not be reached" : "closed the connection before the whole response arrived";
            throw new Neo4jConnectionException(failure, $"Neo4j at {options.Uri} {what} ({method.Method} {uri.AbsolutePath}): {error.Message}", error);
        }
        catch (IOException error)
        {
            LogFailure(method.Method, uri.AbsolutePath, nameof(ConnectionFailure.ClosedMidResponse));
            throw new Neo4jConnectionException(
                ConnectionFailure.ClosedMidResponse,
                $"Neo4j at {options.Uri} closed the connection before the whole response arrived ({method.Method} {uri.AbsolutePath}): {error.Message}",
                error);
        }
    }

    private static QueryApiResponse Interpret(HttpResponseMessage response, byte[] bytes)
    {
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        var typed = mediaType is not null && mediaType.StartsWith(QueryApiMediaTypes.TypedJson, StringComparison.OrdinalIgnoreCase);
        JsonDocument? document = null;
        try
        {
            if (bytes.Length > 0)
            {
                try
                {
                    document = JsonDocument.Parse(bytes);
                }
                catch (JsonException error) when (response.IsSuccessStatusCode)
                {
                    throw new Neo4jConnectionException(
                        ConnectionFailure.ClosedMidResponse,
                        $"The response from Neo4j is not complete JSON ({bytes.Length} bytes): {error.Message}",
                        error);
                }
                catch (JsonException)
                {
                    document = null;
                }
            }

            if (document is not null)
            {
                QueryApiResponse.ThrowIfErrors(document.RootElement);
            }

            if (!response.IsSuccessStatusCode)
            {
                throw FromStatus(response.StatusCode, bytes);
            }

            return document is null
                ? new QueryApiResponse(Graph.QueryResult.Empty, [], null, null)
                : QueryApiResponse.Parse(document.RootElement, typed);
        }
        finally
        {
            document?.Dispose();
        }
    }

    private static CypherException FromStatus(HttpStatusCode status, byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 200));
        var code = status switch
        {
            HttpStatusCode.Unauthorized => StatusCodes.Unauthorized,
            HttpStatusCode.Forbidden => StatusCodes.Forbidden,
            HttpStatusCode.NotFound => StatusCodes.DatabaseNotFound,
            HttpStatusCode.BadRequest or HttpStatusCode.UnsupportedMediaType or HttpStatusCode.NotAcceptable => StatusCodes.InvalidRequest,
            HttpStatusCode.ServiceUnavailable or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout => StatusCodes.DatabaseUnavailable,
            _ => StatusCodes.UnknownError,
        };
        return new CypherException(code, $"Neo4j answered {(int)status} {status}: {text}", ErrorPhase.Runtime);
    }

    private static bool IsConnectFailure(HttpRequestException error) =>
        error.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError
        || error.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.HostUnreachable or SocketError.NetworkUnreachable };

    private static AuthenticationHeaderValue? CreateAuthorization(Neo4jOptions options)
    {
        if (!string.IsNullOrEmpty(options.Token))
        {
            return new AuthenticationHeaderValue("Bearer", options.Token);
        }

        return options.User is null
            ? null
            : new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
    }

    private static Uri EnsureTrailingSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");

    [LoggerMessage(Level = LogLevel.Debug, Message = "Neo4j {Method} {Path} answered {Status} in {ElapsedMs:0.0} ms")]
    private partial void LogResponse(string method, string path, int status, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Neo4j {Method} {Path} failed: {Failure}")]
    private partial void LogFailure(string method, string path, string failure);
}
