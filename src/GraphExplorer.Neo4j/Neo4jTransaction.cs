using GraphExplorer.Graph;
using GraphExplorer.Neo4j.Client;

namespace GraphExplorer.Neo4j;

/// <summary>
/// An explicit transaction over <c>/query/v2/tx/{id}</c>. Not thread-safe. Echoes the server's
/// <c>neo4j-cluster-affinity</c> header on each request. After a failed statement the server has
/// rolled the transaction back; disposing an open transaction rolls it back.
/// </summary>
internal sealed class Neo4jTransaction(
    Neo4jGraphDatabase database,
    QueryApiConnection connection,
    string id,
    string? affinity,
    AccessMode mode,
    DateTimeOffset? expires) : IGraphTransaction
{
    private bool _finished;

    /// <inheritdoc />
    public AccessMode Mode => mode;

    /// <summary>The server's id of the transaction.</summary>
    public string Id => id;

    /// <summary>When the server rolls the transaction back if no request reaches it, as it last said.</summary>
    public DateTimeOffset? Expires { get; private set; } = expires;

    /// <inheritdoc />
    public async Task<QueryResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cypher);
        ThrowIfFinished();
        try
        {
            var body = QueryApiRequest.Serialize(cypher, parameters, null, []);
            var (response, _) = await connection.SendAsync(HttpMethod.Post, $"/tx/{Uri.EscapeDataString(id)}", body, affinity, cancellationToken).ConfigureAwait(false);
            Expires = response.Expires ?? Expires;
            return response.Result;
        }
        catch (Graph.Errors.CypherException)
        {
            _finished = true;
            throw;
        }
    }

    /// <inheritdoc />
    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfFinished();
        _finished = true;
        try
        {
            var (response, _) = await connection.SendAsync(HttpMethod.Post, $"/tx/{Uri.EscapeDataString(id)}/commit", "{}"u8.ToArray(), affinity, cancellationToken).ConfigureAwait(false);
            database.RememberBookmarks(response.Bookmarks);
        }
        catch (Neo4jConnectionException error) when (error.RequestMayHaveRun)
        {
            throw new Neo4jConnectionException(error.Failure, "The commit may or may not have gone through: " + error.Message, error) { MayHaveCommitted = true };
        }
    }

    /// <inheritdoc />
    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        await connection.SendAsync(HttpMethod.Delete, $"/tx/{Uri.EscapeDataString(id)}", null, affinity, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_finished)
        {
            return;
        }

        try
        {
            await RollbackAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Graph.Errors.CypherException)
        {
            // The server rolls an abandoned transaction back when it expires; nothing more to do here.
        }
    }

    private void ThrowIfFinished()
    {
        if (_finished)
        {
            throw new InvalidOperationException("The transaction has already been committed or rolled back.");
        }
    }
}
