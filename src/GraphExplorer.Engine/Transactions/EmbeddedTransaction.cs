using GraphExplorer.Engine.Execution;
using GraphExplorer.Graph;
using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Engine.Transactions;

/// <summary>
/// A transaction of the embedded engine. It holds the database lock (shared for reads, exclusive for
/// writes) from begin to commit/rollback; its writes go straight to the store with their inverses in an
/// undo log, so rollback — and any failing statement, which rolls back the whole transaction — restores
/// the exact prior state. A commit is written to the write-ahead log (and, under Full durability, flushed
/// to disk) before it returns and before the lock is released. Not thread-safe: one statement at a time.
/// </summary>
internal sealed class EmbeddedTransaction : IGraphTransaction
{
    private readonly IDisposable _lock;
    private readonly StatementRunner _runner;
    private readonly Action<UndoLog>? _commitLog;
    private readonly UndoLog _undo = new();
    private State _state = State.Open;

    public EmbeddedTransaction(AccessMode mode, IDisposable heldLock, StatementRunner runner, Action<UndoLog>? commitLog)
    {
        Mode = mode;
        _lock = heldLock;
        _runner = runner;
        _commitLog = commitLog;
    }

    private enum State
    {
        Open,
        Committed,
        RolledBack,
    }

    /// <inheritdoc />
    public AccessMode Mode { get; }

    /// <inheritdoc />
    public Task<QueryResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cypher);
        EnsureOpen();
        try
        {
            return Task.FromResult(_runner.Run(cypher, parameters, Mode, _undo, cancellationToken));
        }
        catch (Exception ex)
        {
            Rollback();
            if (ex is CypherException)
            {
                throw;
            }

            throw new CypherException(StatusCodes.UnknownError, $"The statement failed: {ex.Message}", ErrorPhase.Runtime, innerException: ex);
        }
    }

    /// <inheritdoc />
    public Task CommitAsync(CancellationToken cancellationToken = default)
    {
        EnsureOpen();
        try
        {
            // The changes become visible to others only when the lock is released below, after the log has them.
            if (_undo.HasChanges && _commitLog is not null)
            {
                _commitLog(_undo);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Rollback();
            throw new CypherException(StatusCodes.DatabaseUnavailable, $"The transaction could not be made durable: {ex.Message}", ErrorPhase.Runtime, innerException: ex);
        }

        _undo.Clear();
        _state = State.Committed;
        _lock.Dispose();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        EnsureOpen();
        Rollback();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        if (_state == State.Open)
        {
            Rollback();
        }

        return ValueTask.CompletedTask;
    }

    private void Rollback()
    {
        if (_state != State.Open)
        {
            return;
        }

        _undo.RollbackTo(0);
        _state = State.RolledBack;
        _lock.Dispose();
    }

    private void EnsureOpen()
    {
        if (_state != State.Open)
        {
            throw new CypherException(
                StatusCodes.TransactionNotFound,
                $"The transaction has been {(_state == State.Committed ? "committed" : "rolled back")}; start a new one.",
                ErrorPhase.Runtime);
        }
    }
}
