using GraphExplorer.Engine.Storage;
using GraphExplorer.Engine.Storage.Durability;

namespace GraphExplorer.Engine;

public sealed partial class EmbeddedGraphDatabase
{
    /// <summary>The in-memory graph (for the consistency checker and tests; read it only while no writer runs).</summary>
    internal GraphStore Store => _store;

    /// <summary>The data directory's storage, when there is one.</summary>
    internal DurableStorage? Storage => _storage;

    /// <summary>Writes a snapshot now and empties the log (waits for the running write transaction).</summary>
    internal async Task CheckpointAsync(CancellationToken cancellationToken = default)
    {
        using (await _lock.EnterExclusiveAsync(cancellationToken).ConfigureAwait(false))
        {
            _storage?.Checkpoint();
        }
    }

    /// <summary>
    /// Plays a crash for tests: the instance is dropped without a checkpoint, its files and directory lock are
    /// released, and running transactions are abandoned. <paramref name="losePageCache"/> also drops log bytes
    /// not yet flushed to disk, as a power loss would.
    /// </summary>
    internal void SimulateCrash(bool losePageCache = false)
    {
        Interlocked.Exchange(ref _disposed, 1);
        _storage?.Abandon(losePageCache);
    }
}
