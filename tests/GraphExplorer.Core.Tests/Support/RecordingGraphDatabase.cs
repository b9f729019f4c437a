using GraphExplorer.Graph;

namespace GraphExplorer.Core.Tests.Support;

/// <summary>Passes everything to a real database and records the statements run through it, to count round trips.</summary>
internal sealed class RecordingGraphDatabase(IGraphDatabase inner) : IGraphDatabase
{
    private readonly List<(string Cypher, IReadOnlyDictionary<string, object?>? Parameters)> _statements = [];

    public IReadOnlyList<(string Cypher, IReadOnlyDictionary<string, object?>? Parameters)> Statements => _statements;

    public string BackendName => inner.BackendName;

    public Task<QueryResult> RunAsync(
        string cypher,
        IReadOnlyDictionary<string, object?>? parameters = null,
        AccessMode mode = AccessMode.Write,
        CancellationToken cancellationToken = default)
    {
        _statements.Add((cypher, parameters));
        return inner.RunAsync(cypher, parameters, mode, cancellationToken);
    }

    public Task<IGraphTransaction> BeginTransactionAsync(AccessMode mode, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Encounter queries need no explicit transaction.");

    public Task<bool> PingAsync(CancellationToken cancellationToken = default) => inner.PingAsync(cancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
