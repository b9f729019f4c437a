using Microsoft.Win32.SafeHandles;

namespace GraphExplorer.Engine.Storage.Durability;

/// <summary>
/// Keeps a <see cref="GraphStore"/> in a data directory: recovery at open (snapshot, then the log), one
/// commit record per write transaction, snapshots (checkpoints) that empty the log, and the directory lock.
/// Thread-safe for its callers: commits and checkpoints come from the writer (which holds the database's
/// write lock); the relaxed-mode flush timer synchronises on the file gate.
/// </summary>
internal sealed partial class DurableStorage : IDisposable
{
    private readonly string _directory;
    private readonly string _walPath;
    private readonly string _snapshotPath;
    private readonly GraphStore _store;
    private readonly EmbeddedOptions _options;
    private readonly IStorageFaults? _faults;
    private readonly DataDirectoryLock _directoryLock;
    private readonly Lock _fileGate = new();
    private readonly SafeFileHandle _wal;
    private readonly Timer? _flushTimer;
    private long _walLength;
    private long _durableLength;
    private long _lastSequence;
    private long _lastCheckpoint = Environment.TickCount64;
    private bool _unflushed;
    private bool _broken;
    private bool _closed;

    private DurableStorage(string directory, GraphStore store, long lastSequence, long walLength, SafeFileHandle wal, DataDirectoryLock directoryLock, EmbeddedOptions options)
    {
        _directory = directory;
        _walPath = Path.Combine(directory, WalFormat.FileName);
        _snapshotPath = Path.Combine(directory, SnapshotFormat.FileName);
        _store = store;
        _lastSequence = lastSequence;
        _walLength = walLength;
        _durableLength = walLength;
        _wal = wal;
        _directoryLock = directoryLock;
        _options = options;
        _faults = options.Faults;
        if (options.Durability == DurabilityMode.Relaxed)
        {
            _flushTimer = new Timer(_ => FlushIfNeeded(), null, options.RelaxedFlushInterval, options.RelaxedFlushInterval);
        }
    }

    /// <summary>The recovered (then live) graph.</summary>
    public GraphStore Store => _store;

    /// <summary>The sequence number of the last commit written to the log.</summary>
    public long LastSequence => _lastSequence;

    /// <summary>Whether every commit written to the log has been flushed to disk.</summary>
    public bool IsFlushed
    {
        get
        {
            lock (_fileGate)
            {
                return !_unflushed;
            }
        }
    }

    /// <summary>The last failure of a checkpoint that followed a successful commit, if any (the log still holds the data).</summary>
    public Exception? LastCheckpointFailure { get; private set; }

    /// <summary>Locks <paramref name="directory"/>, recovers its graph, and opens its log for appending.</summary>
    /// <exception cref="StoreCorruptedException">A file is damaged; nothing was changed on disk.</exception>
    public static DurableStorage Open(string directory, EmbeddedOptions options)
    {
        var directoryLock = DataDirectoryLock.Acquire(directory);
        try
        {
            var recovery = Recovery.Run(directory);
            var wal = File.OpenHandle(Path.Combine(directory, WalFormat.FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
            try
            {
                var length = recovery.ValidLogLength;
                if (length < WalFormat.HeaderSize)
                {
                    RandomAccess.Write(wal, WalFormat.Header(), 0);
                    length = WalFormat.HeaderSize;
                }

                if (RandomAccess.GetLength(wal) != length)
                {
                    // Discard the torn tail of a crash mid-append.
                    RandomAccess.SetLength(wal, length);
                }

                RandomAccess.FlushToDisk(wal);
                DirectorySync.Flush(directory);
                var storage = new DurableStorage(directory, recovery.Store, recovery.LastSequence, length, wal, directoryLock, options);
                if (recovery.FromLegacySnapshot)
                {
                    storage.Checkpoint();
                    File.Delete(Path.Combine(directory, SnapshotFile.FileName));
                }

                if (recovery.FromOlderLog)
                {
                    // Commits of this session must not follow records of the old format in one file: fold the log
                    // into a snapshot, then give the emptied log the current header.
                    storage.Checkpoint();
                    RandomAccess.Write(wal, WalFormat.Header(), 0);
                    RandomAccess.FlushToDisk(wal);
                }

                return storage;
            }
            catch
            {
                wal.Dispose();
                throw;
            }
        }
        catch
        {
            directoryLock.Dispose();
            throw;
        }
    }

    /// <summary>Writes a snapshot (if the log holds anything) and releases the files.</summary>
    public void Dispose()
    {
        lock (_fileGate)
        {
            if (_closed)
            {
                return;
            }
        }

        try
        {
            if (!_broken && _walLength > WalFormat.HeaderSize)
            {
                Checkpoint();
            }
            else
            {
                FlushIfNeeded();
            }
        }
        catch (IOException)
        {
            // The log still holds every commit; the next open replays it.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
        finally
        {
            Release();
        }
    }

    /// <summary>
    /// Plays a crash for tests: releases the files without a snapshot or a flush. With
    /// <paramref name="losePageCache"/>, also drops the log bytes not yet flushed to disk, as a power loss would.
    /// </summary>
    public void Abandon(bool losePageCache)
    {
        var durable = _durableLength;
        Release();
        if (losePageCache)
        {
            using var handle = File.OpenHandle(_walPath, FileMode.Open, FileAccess.ReadWrite);
            if (RandomAccess.GetLength(handle) > durable)
            {
                RandomAccess.SetLength(handle, durable);
            }
        }
    }

    private void Release()
    {
        lock (_fileGate)
        {
            if (_closed)
            {
                return;
            }

            _closed = true;
            _flushTimer?.Dispose();
            _wal.Dispose();
            _directoryLock.Dispose();
        }
    }

    private void FlushIfNeeded()
    {
        lock (_fileGate)
        {
            if (_closed || !_unflushed)
            {
                return;
            }

            try
            {
                RandomAccess.FlushToDisk(_wal);
                _durableLength = _walLength;
                _unflushed = false;
            }
            catch (IOException)
            {
                // Retried on the next tick; the bytes are with the operating system meanwhile.
            }
        }
    }

    private void Fault(FaultPoint point) => _faults?.At(point);
}
