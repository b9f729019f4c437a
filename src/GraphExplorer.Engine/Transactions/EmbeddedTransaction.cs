using GraphExplorer.Engine.Execution;
using GraphExplorer.Graph;
using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Engine.Transactions;

/// <summary>
/// A transaction of the embedded engine. A read transaction holds the store lock shared from begin to end. A
/// write transaction holds the one-writer gate from begin to end and works through a <see cref="WriteSession"/>:
/// its statements change the store in place with their inverses in an undo log, and between statements it lets
/// readers in by taking its uncommitted changes back out (they never see them). Rollback — and any failing
/// statement, which rolls back the whole transaction — restores the exact prior state. A commit is written to the
/// write-ahead log (and, under Full durability, flushed to disk) before it returns and before the store lock is
/// released, so a change is visible only once it is durable. Not thread-safe: one statement at a time.
/// </summary>
internal sealed class EmbeddedTransaction : IGraphTransaction
{
    private readonly IDisposable _held;
    private readonly WriteSession? _session;
    private readonly UndoLog? _readUndo;
    private readonly StatementRunner _runner;
    private readonly Action<UndoLog>? _commitLog;
    private State _state = State.Open;

    /// <summary>A read transaction holding the shared store lock.</summary>
    public EmbeddedTransaction(IDisposable sharedLock, StatementRunner runner)
    {
        Mode = AccessMode.Read;
        _held = sharedLock;
        _readUndo = new UndoLog();
        _runner = runner;
    }

    /// <summary>A write transaction holding the one-writer gate.</summary>
    public EmbeddedTransaction(IDisposable writerGate, WriteSession session, StatementRunner runner, Action<UndoLog>? commitLog)
    {
        Mode = AccessMode.Write;
        _held = writerGate;
        _session = session;
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

    /// <summary>The write side (for tests: how often the transaction stepped aside for readers).</summary>
    internal WriteSession? Session => _session;

    /// <inheritdoc />
    public async Task<QueryResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cypher);
        return await WorkAsync(undo => _runner.Run(cypher, parameters, Mode, undo, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs a native change (one that bypasses Cypher, such as a bulk import batch) as a statement of this
    /// write transaction: its changes go to the same undo log, and if it throws, the whole transaction rolls back.
    /// </summary>
    internal Task<TResult> ApplyAsync<TResult>(Func<UndoLog, TResult> change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        EnsureOpen();
        if (Mode != AccessMode.Write)
        {
            throw new CypherException(StatusCodes.AccessMode, "Writing in a read access mode is not allowed.", ErrorPhase.Runtime);
        }

        return WorkAsync(change, cancellationToken);
    }

    /// <inheritdoc />
    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        EnsureOpen();
        if (_session is not null && _session.HasChanges)
        {
            await StartWorkAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                _commitLog?.Invoke(_session.Undo);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Rollback();
                throw new CypherException(StatusCodes.DatabaseUnavailable, $"The transaction could not be made durable: {ex.Message}", ErrorPhase.Runtime, innerException: ex);
            }
            catch
            {
                Rollback();
                throw;
            }
        }

        // The changes become visible to others only here, after the log has them.
        _session?.Complete();
        _state = State.Committed;
        _held.Dispose();
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

    private async Task<TResult> WorkAsync<TResult>(Func<UndoLog, TResult> work, CancellationToken cancellationToken)
    {
        EnsureOpen();
        if (_session is null)
        {
            return Run(work, _readUndo!);
        }

        await StartWorkAsync(cancellationToken).ConfigureAwait(false);
        var result = Run(work, _session.Undo);
        _session.EndWork();
        return result;
    }

    private TResult Run<TResult>(Func<UndoLog, TResult> work, UndoLog undo)
    {
        try
        {
            return work(undo);
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

    private async Task StartWorkAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _session!.BeginWorkAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex)
        {
            Rollback();
            throw new CypherException(StatusCodes.TransactionTimedOut, "The transaction was cancelled while waiting for readers to finish.", ErrorPhase.Runtime, innerException: ex);
        }
        catch (InvalidOperationException ex)
        {
            Rollback();
            throw new CypherException(StatusCodes.UnknownError, $"The transaction's changes could not be re-applied: {ex.Message}", ErrorPhase.Runtime, innerException: ex);
        }
    }

    private void Rollback()
    {
        if (_state != State.Open)
        {
            return;
        }

        _session?.Rollback();
        _readUndo?.RollbackTo(0);
        _state = State.RolledBack;
        _held.Dispose();
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
