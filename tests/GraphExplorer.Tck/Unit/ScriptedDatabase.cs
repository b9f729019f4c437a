using GraphExplorer.Graph;

namespace GraphExplorer.Tck.Unit;

/// <summary>
/// A stand-in backend that answers each statement with a scripted function, so the runner's own
/// judgement (timeouts, crashes, comparisons) is tested without depending on the engine's progress.
/// </summary>
internal sealed class ScriptedDatabase(Func<string, IReadOnlyDictionary<string, object?>?, CancellationToken, QueryResult> answer) : IGraphDatabase
{
    public string BackendName => "Scripted";

    public Task<QueryResult> RunAsync(
        string cypher,
        IReadOnlyDictionary<string, object?>? parameters = null,
        AccessMode mode = AccessMode.Write,
        CancellationToken cancellationToken = default) =>
        Task.FromResult(answer(cypher, parameters, cancellationToken));

    public Task<IGraphTransaction> BeginTransactionAsync(AccessMode mode, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<bool> PingAsync(CancellationToken cancellationToken = default) => Task.FromResult(true);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
