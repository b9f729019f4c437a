namespace GraphExplorer.Graph;

/// <summary>
/// The port: runs Cypher with parameters on a backend (the embedded engine or Neo4j).
/// Implementations are thread-safe; a transaction is used by one caller at a time.
/// </summary>
public interface IGraphDatabase : IAsyncDisposable
{
    /// <summary>A short name of the backend, for logs and health reports (<c>Embedded</c>, <c>Neo4j</c>).</summary>
    string BackendName { get; }

    /// <summary>Runs one statement in its own transaction (auto-commit).</summary>
    /// <exception cref="Errors.CypherException">The statement failed; nothing it did is kept.</exception>
    Task<QueryResult> RunAsync(
        string cypher,
        IReadOnlyDictionary<string, object?>? parameters = null,
        AccessMode mode = AccessMode.Write,
        CancellationToken cancellationToken = default);

    /// <summary>Opens an explicit transaction. Disposing it without a commit rolls it back.</summary>
    Task<IGraphTransaction> BeginTransactionAsync(AccessMode mode, CancellationToken cancellationToken = default);

    /// <summary>Whether the backend answers (for <c>/health</c>).</summary>
    Task<bool> PingAsync(CancellationToken cancellationToken = default);
}
