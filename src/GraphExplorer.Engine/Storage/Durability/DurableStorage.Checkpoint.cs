namespace GraphExplorer.Engine.Storage.Durability;

internal sealed partial class DurableStorage
{
    /// <summary>
    /// Writes the whole graph as a snapshot — temporary file, flush, rename over the old snapshot, flush the
    /// directory — then empties the log. The caller must keep writers out (hold the database's write lock).
    /// A crash at any step leaves either the old snapshot with the full log or the new snapshot, whose
    /// sequence number makes recovery skip the log records it already contains.
    /// </summary>
    public void Checkpoint()
    {
        var image = SnapshotFormat.Encode(_store, _lastSequence);
        var temporary = _snapshotPath + ".tmp";
        lock (_fileGate)
        {
            ObjectDisposedException.ThrowIf(_closed, this);
            using (var handle = File.OpenHandle(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                if (_faults is null)
                {
                    RandomAccess.Write(handle, image.Span, 0);
                }
                else
                {
                    var half = image.Length / 2;
                    RandomAccess.Write(handle, image.Span[..half], 0);
                    Fault(FaultPoint.MidSnapshot);
                    RandomAccess.Write(handle, image.Span[half..], half);
                }

                RandomAccess.FlushToDisk(handle);
            }

            Fault(FaultPoint.BeforeRename);
            File.Move(temporary, _snapshotPath, overwrite: true);
            Fault(FaultPoint.AfterRename);
            DirectorySync.Flush(_directory);
            RandomAccess.SetLength(_wal, WalFormat.HeaderSize);
            RandomAccess.FlushToDisk(_wal);
            _walLength = WalFormat.HeaderSize;
            _durableLength = WalFormat.HeaderSize;
            _unflushed = false;
            _lastCheckpoint = Environment.TickCount64;
        }
    }
}
