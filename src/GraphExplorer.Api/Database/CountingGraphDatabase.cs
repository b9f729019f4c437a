using GraphExplorer.Graph;

namespace GraphExplorer.Api.Database;

/// <summary>
/// Decorates the backend so that every statement is counted on the current request's
/// <see cref="RoundTripCounter"/>. Thread-safe as the database it wraps; owns and disposes it.
/// </summary>
internal sealed class CountingGraphDatabase(IGraphDatabase inner) : IGraphDatabase
{
    /// <inheritdoc />
    public string BackendName => inner.BackendName;

    /// <inheritdoc />
    public Task<QueryResult> RunAsync(
        string cypher,
        IReadOnlyDictionary<string, object?>? parameters = null,
        AccessMode mode = AccessMode.Write,
        CancellationToken cancellationToken = default)
    {
        RoundTripCounter.Current?.Increment();
        return inner.RunAsync(cypher, parameters, mode, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IGraphTransaction> BeginTransactionAsync(AccessMode mode, CancellationToken cancellationToken = default)
    {
        var transaction = await inner.BeginTransactionAsync(mode, cancellationToken).ConfigureAwait(false);
        return new CountingGraphTransaction(transaction);
    }

    /// <inheritdoc />
    public Task<bool> PingAsync(CancellationToken cancellationToken = default) => inner.PingAsync(cancellationToken);

    /// <inheritdoc />
    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
