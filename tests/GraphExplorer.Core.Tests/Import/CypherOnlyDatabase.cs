using GraphExplorer.Graph;

namespace GraphExplorer.Core.Tests.Import;

/// <summary>Hides a database's optional capabilities (the bulk writer): the importer then takes its Cypher path, as on Neo4j.</summary>
internal sealed class CypherOnlyDatabase(IGraphDatabase inner) : IGraphDatabase
{
    public string BackendName => inner.BackendName;

    public Task<QueryResult> RunAsync(
        string cypher,
        IReadOnlyDictionary<string, object?>? parameters = null,
        AccessMode mode = AccessMode.Write,
        CancellationToken cancellationToken = default) =>
        inner.RunAsync(cypher, parameters, mode, cancellationToken);

    public Task<IGraphTransaction> BeginTransactionAsync(AccessMode mode, CancellationToken cancellationToken = default) =>
        inner.BeginTransactionAsync(mode, cancellationToken);

    public Task<bool> PingAsync(CancellationToken cancellationToken = default) => inner.PingAsync(cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
