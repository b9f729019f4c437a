using GraphExplorer.Engine.Storage;
using GraphExplorer.Engine.Storage.Durability;

namespace GraphExplorer.Engine.Transactions;

/// <summary>
/// The store side of one write transaction. Its statements change the store in place (with their inverses in
/// <see cref="Undo"/>) while it holds the store lock exclusively. Between statements it keeps the lock only as
/// long as nobody else wants it: when a reader (or a checkpoint) asks, it <i>stashes</i> — rolls its changes
/// back out of the store, keeping them as redo operations — and releases the lock; its next statement (or its
/// commit) takes the lock again and re-applies them first. Readers therefore never see uncommitted changes and
/// are not held up by an open write transaction, only by a write statement that is running. Re-applying gives
/// the same ids because this is the only writer (see <see cref="ChangeReplayer"/>).
/// Thread-safe: <see cref="RequestYield"/> comes from other threads; the other members from the transaction.
/// </summary>
internal sealed class WriteSession : IStoreLockYielder
{
    private readonly object _gate = new();
    private readonly DatabaseLock _lock;
    private readonly GraphStore _store;
    private readonly bool _autoCommit;
    private IDisposable? _exclusive;
    private List<RedoOperation> _stashed = [];
    private bool _busy;

    /// <param name="autoCommit">A single statement followed at once by its commit: never worth stashing.</param>
    public WriteSession(DatabaseLock databaseLock, GraphStore store, bool autoCommit)
    {
        _lock = databaseLock;
        _store = store;
        _autoCommit = autoCommit;
    }

    /// <summary>The inverses (and redo records) of the changes currently applied to the store.</summary>
    public UndoLog Undo { get; } = new();

    /// <summary>How many times this transaction gave the store lock up between statements (for tests).</summary>
    public int StashCount { get; private set; }

    /// <summary>Whether the transaction has changes, applied or stashed.</summary>
    public bool HasChanges
    {
        get
        {
            lock (_gate)
            {
                return Undo.HasChanges || _stashed.Count > 0;
            }
        }
    }

    /// <summary>
    /// Before a statement or the commit: takes the store lock (unless still held), re-applies stashed changes,
    /// and marks the session busy so that it is not asked to stash mid-statement.
    /// </summary>
    public async Task BeginWorkAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_exclusive is not null)
            {
                _busy = true;
                return;
            }
        }

        var exclusive = await _lock.EnterExclusiveAsync(cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            _exclusive = exclusive;
            _busy = true;
            if (!_autoCommit)
            {
                _lock.SetYielder(this);
            }

            if (_stashed.Count > 0)
            {
                var stashed = _stashed;
                _stashed = [];
                ChangeReplayer.Reapply(_store, stashed, Undo);
            }
        }
    }

    /// <summary>After a statement: keeps the changes applied, unless someone wants the store lock — then stashes.</summary>
    public void EndWork()
    {
        lock (_gate)
        {
            _busy = false;
            if (_autoCommit)
            {
                return;
            }

            // Whoever asked while the statement ran is still counted as waiting.
            if (_lock.HasWaiters)
            {
                StashLocked();
            }
        }
    }

    /// <inheritdoc />
    public void RequestYield()
    {
        lock (_gate)
        {
            if (_exclusive is null)
            {
                return;
            }

            // While a statement runs, EndWork sees the asker among the waiters and steps aside then.
            if (!_busy)
            {
                StashLocked();
            }
        }
    }

    /// <summary>After a successful commit: forgets the changes and releases the store lock.</summary>
    public void Complete()
    {
        lock (_gate)
        {
            Undo.Clear();
            _stashed = [];
            ReleaseLocked();
        }
    }

    /// <summary>Undoes every change (applied or stashed) and releases the store lock.</summary>
    public void Rollback()
    {
        lock (_gate)
        {
            if (_exclusive is not null)
            {
                Undo.RollbackTo(0);
            }

            _stashed = [];
            ReleaseLocked();
        }
    }

    private void StashLocked()
    {
        var operations = Undo.RedoOperations.ToList();

        // Schema changes are not re-applied from redo records (their undo is not exact enough to repeat);
        // a transaction holding one keeps the lock until it ends, as schema changes are rare and short.
        if (operations.Exists(ChangeReplayer.IsSchemaChange))
        {
            return;
        }

        Undo.RollbackTo(0);
        _stashed = operations;
        StashCount++;
        ReleaseLocked();
    }

    private void ReleaseLocked()
    {
        if (_exclusive is null)
        {
            return;
        }

        _lock.SetYielder(null);
        var exclusive = _exclusive;
        _exclusive = null;
        _busy = false;
        exclusive.Dispose();
    }
}
