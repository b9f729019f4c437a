namespace GraphExplorer.Graph;

/// <summary>An explicit transaction. Not thread-safe: one statement at a time.</summary>
public interface IGraphTransaction : IAsyncDisposable
{
    /// <summary>The access mode the transaction was opened with.</summary>
    AccessMode Mode { get; }

    /// <summary>Runs a statement inside the transaction. A failing statement rolls the whole transaction back.</summary>
    Task<QueryResult> RunAsync(
        string cypher,
        IReadOnlyDictionary<string, object?>? parameters = null,
        CancellationToken cancellationToken = default);

    /// <summary>Makes the transaction's writes visible and durable.</summary>
    Task CommitAsync(CancellationToken cancellationToken = default);

    /// <summary>Discards the transaction's writes.</summary>
    Task RollbackAsync(CancellationToken cancellationToken = default);
}
