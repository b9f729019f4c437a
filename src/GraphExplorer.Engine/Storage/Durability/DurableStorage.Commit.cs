using GraphExplorer.Engine.Transactions;

namespace GraphExplorer.Engine.Storage.Durability;

internal sealed partial class DurableStorage
{
    /// <summary>
    /// Appends the transaction's changes to the log as one commit record and, under Full durability, flushes
    /// it to disk. Returns only when the commit may be acknowledged. On an I/O failure the log is cut back
    /// to where it was, so the failed commit leaves no trace, and the error is rethrown.
    /// </summary>
    /// <exception cref="IOException">The commit could not be written; it must not be acknowledged.</exception>
    public void Commit(UndoLog undo)
    {
        var operations = undo.RedoOperations.ToList();
        if (operations.Count == 0)
        {
            return;
        }

        var sequence = _lastSequence + 1;
        var frame = WalFormat.Frame(WalFormat.CommitRecord, CommitCodec.Encode(sequence, _store.NextIds, operations));
        lock (_fileGate)
        {
            ObjectDisposedException.ThrowIf(_closed, this);
            if (_broken)
            {
                throw new IOException($"The write-ahead log '{_walPath}' could not be cut back after an earlier write failure; reopen the database to recover it.");
            }

            var start = _walLength;
            try
            {
                Fault(FaultPoint.BeforeWalAppend);
                if (_faults is null)
                {
                    RandomAccess.Write(_wal, frame, start);
                }
                else
                {
                    var half = frame.Length / 2;
                    RandomAccess.Write(_wal, frame.AsSpan(0, half), start);
                    Fault(FaultPoint.MidRecord);
                    RandomAccess.Write(_wal, frame.AsSpan(half), start + half);
                }

                _walLength = start + frame.Length;
                Fault(FaultPoint.AfterWalAppend);
                if (_options.Durability == DurabilityMode.Full)
                {
                    Fault(FaultPoint.BeforeFsync);
                    RandomAccess.FlushToDisk(_wal);
                    _durableLength = _walLength;
                    Fault(FaultPoint.AfterFsync);
                }
                else
                {
                    _unflushed = true;
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                CutBack(start);
                throw;
            }
        }

        _lastSequence = sequence;
        CheckpointIfDue();
    }

    private void CutBack(long length)
    {
        try
        {
            RandomAccess.SetLength(_wal, length);
            RandomAccess.FlushToDisk(_wal);
            _walLength = length;
            _durableLength = Math.Min(_durableLength, length);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The failed record may still be in the file: refuse further commits rather than append after it.
            _broken = true;
        }
    }

    private void CheckpointIfDue()
    {
        var bySize = _walLength - WalFormat.HeaderSize >= _options.CheckpointLogBytes;
        var byTime = _options.CheckpointInterval is { } interval
            && Environment.TickCount64 - _lastCheckpoint >= (long)interval.TotalMilliseconds;
        if (!bySize && !byTime)
        {
            return;
        }

        try
        {
            Checkpoint();
            LastCheckpointFailure = null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The commit is durable in the log; the checkpoint is retried after the next commit.
            LastCheckpointFailure = ex;
        }
    }
}
