using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace GraphExplorer.Neo4j.Tests.Infrastructure;

/// <summary>
/// Answers the client's requests with response bodies written from Neo4j's documented formats, in order,
/// and keeps each request (method, path, headers, body) to assert on. Thread-safe.
/// </summary>
public sealed class CannedHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<HttpResponseMessage>> _responses = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    /// <summary>The requests received so far.</summary>
    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>Queues a response with a JSON body.</summary>
    public CannedHandler Respond(HttpStatusCode status, string body, string mediaType = "application/vnd.neo4j.query", IReadOnlyDictionary<string, string>? headers = null)
    {
        _responses.Enqueue(() =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, mediaType) };
            foreach (var (name, value) in headers ?? new Dictionary<string, string>())
            {
                response.Headers.TryAddWithoutValidation(name, value);
            }

            return response;
        });
        return this;
    }

    /// <summary>Queues a transport failure: the connection drops before the response is complete.</summary>
    public CannedHandler DropConnection()
    {
        _responses.Enqueue(() => throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely."));
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        _requests.Enqueue(new RecordedRequest(
            request.Method.Method,
            request.RequestUri!.AbsolutePath,
            request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase),
            request.Content?.Headers.ContentType?.MediaType,
            body));
        return _responses.TryDequeue(out var next)
            ? next()
            : throw new InvalidOperationException($"No canned response left for {request.Method} {request.RequestUri}.");
    }
}

/// <summary>One request the client sent.</summary>
public sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string? ContentType, string? Body);
