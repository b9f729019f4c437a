using GraphExplorer.Graph;
using GraphExplorer.Graph.Errors;
using GraphExplorer.Neo4j.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Retry;

namespace GraphExplorer.Neo4j;

/// <summary>
/// The port over Neo4j's HTTP Query API v2. Thread-safe. Carries the latest bookmarks of this instance
/// into every request, so that reads see the writes made through it, also on a cluster. Retries
/// (exponential backoff with jitter) only reads and whole transaction functions, only on transient
/// errors and connection failures, and never a commit that may have gone through.
/// </summary>
public sealed partial class Neo4jGraphDatabase : IGraphDatabase
{
    /// <summary>The name of the <see cref="HttpClient"/> the client asks <see cref="IHttpClientFactory"/> for.</summary>
    public const string HttpClientName = "GraphExplorer.Neo4j";

    private readonly QueryApiConnection _connection;
    private readonly ResiliencePipeline _retry;
    private readonly ILogger _logger;
    private readonly Lock _bookmarksLock = new();
    private IReadOnlyList<string> _bookmarks = [];

    /// <summary>Creates a client that takes its <see cref="HttpClient"/>s from <paramref name="httpClientFactory"/> (named <see cref="HttpClientName"/>).</summary>
    public Neo4jGraphDatabase(IHttpClientFactory httpClientFactory, Neo4jOptions options, ILogger<Neo4jGraphDatabase>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _connection = new QueryApiConnection(() => httpClientFactory.CreateClient(HttpClientName), options, _logger);
        _retry = options.MaxRetries <= 0
            ? ResiliencePipeline.Empty
            : new ResiliencePipelineBuilder().AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryDelay,
                ShouldHandle = new PredicateBuilder().Handle<CypherException>(IsRetryable),
                OnRetry = arguments =>
                {
                    LogRetry(arguments.AttemptNumber + 1, arguments.RetryDelay.TotalMilliseconds, (arguments.Outcome.Exception as CypherException)?.Code);
                    return default;
                },
            }).Build();
    }

    /// <inheritdoc />
    public string BackendName => "Neo4j";

    /// <summary>The server, database and settings this client uses.</summary>
    public Neo4jOptions Options { get; }

    /// <summary>The bookmarks of the latest commit made through this instance.</summary>
    public IReadOnlyList<string> Bookmarks
    {
        get
        {
            lock (_bookmarksLock)
            {
                return _bookmarks;
            }
        }
    }

    /// <inheritdoc />
    /// <remarks>A <see cref="AccessMode.Read"/> statement is retried on transient failures; a write never is.</remarks>
    public Task<QueryResult> RunAsync(
        string cypher,
        IReadOnlyDictionary<string, object?>? parameters = null,
        AccessMode mode = AccessMode.Write,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cypher);
        return mode == AccessMode.Read
            ? _retry.ExecuteAsync(token => new ValueTask<QueryResult>(RunOnceAsync(cypher, parameters, mode, token)), cancellationToken).AsTask()
            : RunOnceAsync(cypher, parameters, mode, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IGraphTransaction> BeginTransactionAsync(AccessMode mode, CancellationToken cancellationToken = default)
    {
        var body = QueryApiRequest.Serialize(null, null, mode, Bookmarks);
        var (response, affinity) = await _connection.SendAsync(HttpMethod.Post, "/tx", body, null, cancellationToken).ConfigureAwait(false);
        if (response.TransactionId is null)
        {
            throw new CypherException(StatusCodes.UnknownError, "Neo4j opened a transaction without telling its id.", ErrorPhase.Runtime);
        }

        return new Neo4jTransaction(this, _connection, response.TransactionId, affinity, mode, response.Expires);
    }

    /// <summary>
    /// Runs <paramref name="work"/> in a transaction and commits it; on a transient failure the whole
    /// function runs again in a new transaction, unless the commit itself may have gone through.
    /// </summary>
    public Task<T> ExecuteAsync<T>(AccessMode mode, Func<IGraphTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        return _retry.ExecuteAsync(
            async token =>
            {
                var transaction = (Neo4jTransaction)await BeginTransactionAsync(mode, token).ConfigureAwait(false);
                await using (transaction.ConfigureAwait(false))
                {
                    var result = await work(transaction, token).ConfigureAwait(false);
                    await transaction.CommitAsync(token).ConfigureAwait(false);
                    return result;
                }
            },
            cancellationToken).AsTask();
    }

    /// <inheritdoc />
    public async Task<bool> PingAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await RunOnceAsync("RETURN 1 AS ok", null, AccessMode.Read, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (CypherException error)
        {
            LogPingFailed(error.Code, error.Message);
            return false;
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>Keeps the bookmarks of the latest commit, for the requests that follow.</summary>
    internal void RememberBookmarks(IReadOnlyList<string> bookmarks)
    {
        if (bookmarks.Count == 0)
        {
            return;
        }

        lock (_bookmarksLock)
        {
            _bookmarks = bookmarks;
        }
    }

    private static bool IsRetryable(CypherException error) =>
        error.IsTransient && error is not Neo4jConnectionException { MayHaveCommitted: true };

    private async Task<QueryResult> RunOnceAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters, AccessMode mode, CancellationToken cancellationToken)
    {
        var body = QueryApiRequest.Serialize(cypher, parameters, mode, Bookmarks);
        var (response, _) = await _connection.SendAsync(HttpMethod.Post, string.Empty, body, null, cancellationToken).ConfigureAwait(false);
        RememberBookmarks(response.Bookmarks);
        return response.Result;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Neo4j: retry {Attempt} in {DelayMs:0} ms after {Code}")]
    private partial void LogRetry(int attempt, double delayMs, string? code);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Neo4j does not answer: {Code} {Reason}")]
    private partial void LogPingFailed(string code, string reason);
}
