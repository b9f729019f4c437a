using GraphExplorer.Engine.Storage;
using GraphExplorer.Engine.Storage.Durability;

namespace GraphExplorer.Engine.Transactions;

/// <summary>
/// The inverse of every change a transaction made to the store, newest last; replaying it backwards
/// restores the exact state the transaction started from. Beside each inverse it keeps the change itself
/// (a <see cref="RedoOperation"/>), which the commit writes to the write-ahead log. Not thread-safe (one
/// writer at a time).
/// </summary>
/// <remarks>
/// Entries are structs in fixed-size chunks: a statement that changes a million entities neither allocates
/// a closure per change nor grows one huge array (which would land on the large-object heap, whose
/// allocations count towards full collections, and be copied at every doubling).
/// </remarks>
internal sealed class UndoLog
{
    /// <summary>Entries per chunk: 1,024 × 64 bytes stays below the 85,000-byte large-object threshold.</summary>
    private const int ChunkSize = 1024;

    private readonly List<Entry[]> _chunks = [];

    /// <summary>Whether anything was changed.</summary>
    public bool HasChanges => Count > 0;

    /// <summary>How many changes were recorded (a mark to roll back to).</summary>
    public int Count { get; private set; }

    /// <summary>The changes to redo at recovery, oldest first.</summary>
    public IEnumerable<RedoOperation> RedoOperations
    {
        get
        {
            for (var i = 0; i < Count; i++)
            {
                if (At(i).Redo is { } redo)
                {
                    yield return redo;
                }
            }
        }
    }

    /// <summary>Records how to undo a change that was just made (a change recovery need not redo, or one recorded by another entry).</summary>
    public void Record(Action undo) => Add(new Entry(null, default, undo, null));

    /// <summary>Records how to undo a change that was just made, and the change itself for the log.</summary>
    public void Record(Action undo, RedoOperation redo) => Add(new Entry(null, default, undo, redo));

    /// <summary>Records a data change's inverse, which <paramref name="target"/> applies, and the change itself for the log.</summary>
    public void Record(IStoreUndoTarget target, in StoreUndo undo, RedoOperation redo) => Add(new Entry(target, undo, null, redo));

    /// <summary>Undoes every change recorded after <paramref name="mark"/>, newest first.</summary>
    public void RollbackTo(int mark)
    {
        for (var i = Count - 1; i >= mark; i--)
        {
            ref var entry = ref At(i);
            if (entry.Action is { } action)
            {
                action();
            }
            else
            {
                entry.Target!.Undo(entry.Change);
            }

            // Cleared before the next one runs, so an undo that throws leaves the log at the entry that failed.
            entry = default;
            Count = i;
        }
    }

    /// <summary>Forgets the recorded changes (after a commit).</summary>
    public void Clear()
    {
        // Only the first chunk is kept for reuse: a transaction's log does not pin a large statement's memory.
        if (_chunks.Count > 0)
        {
            Array.Clear(_chunks[0]);
            _chunks.RemoveRange(1, _chunks.Count - 1);
        }

        Count = 0;
    }

    private ref Entry At(int index) => ref _chunks[index / ChunkSize][index % ChunkSize];

    private void Add(in Entry entry)
    {
        if (Count == _chunks.Count * ChunkSize)
        {
            _chunks.Add(new Entry[ChunkSize]);
        }

        At(Count) = entry;
        Count++;
    }

    /// <summary>One change: either a store undo record (with its target) or, for schema changes, a closure.</summary>
    private readonly record struct Entry(IStoreUndoTarget? Target, StoreUndo Change, Action? Action, RedoOperation? Redo);
}
