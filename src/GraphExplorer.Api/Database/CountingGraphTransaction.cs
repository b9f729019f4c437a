using GraphExplorer.Graph;

namespace GraphExplorer.Api.Database;

/// <summary>Counts each statement of an explicit transaction on the current <see cref="RoundTripCounter"/>.</summary>
internal sealed class CountingGraphTransaction(IGraphTransaction inner) : IGraphTransaction
{
    /// <inheritdoc />
    public AccessMode Mode => inner.Mode;

    /// <inheritdoc />
    public Task<QueryResult> RunAsync(
        string cypher,
        IReadOnlyDictionary<string, object?>? parameters = null,
        CancellationToken cancellationToken = default)
    {
        RoundTripCounter.Current?.Increment();
        return inner.RunAsync(cypher, parameters, cancellationToken);
    }

    /// <inheritdoc />
    public Task CommitAsync(CancellationToken cancellationToken = default) => inner.CommitAsync(cancellationToken);

    /// <inheritdoc />
    public Task RollbackAsync(CancellationToken cancellationToken = default) => inner.RollbackAsync(cancellationToken);

    /// <inheritdoc />
    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
