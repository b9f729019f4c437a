using GraphExplorer.Engine.Storage.Durability;

namespace GraphExplorer.Engine.Transactions;

/// <summary>
/// The inverse of every change a transaction made to the store, newest last; replaying it backwards
/// restores the exact state the transaction started from. Beside each inverse it keeps the change itself
/// (a <see cref="RedoOperation"/>), which the commit writes to the write-ahead log. Not thread-safe (one
/// writer at a time).
/// </summary>
internal sealed class UndoLog
{
    private readonly List<(Action Undo, RedoOperation? Redo)> _entries = [];

    /// <summary>Whether anything was changed.</summary>
    public bool HasChanges => _entries.Count > 0;

    /// <summary>How many changes were recorded (a mark to roll back to).</summary>
    public int Count => _entries.Count;

    /// <summary>The changes to redo at recovery, oldest first.</summary>
    public IEnumerable<RedoOperation> RedoOperations
    {
        get
        {
            foreach (var (_, redo) in _entries)
            {
                if (redo is not null)
                {
                    yield return redo;
                }
            }
        }
    }

    /// <summary>Records how to undo a change that was just made (a change recovery need not redo, or one recorded by another entry).</summary>
    public void Record(Action undo) => _entries.Add((undo, null));

    /// <summary>Records how to undo a change that was just made, and the change itself for the log.</summary>
    public void Record(Action undo, RedoOperation redo) => _entries.Add((undo, redo));

    /// <summary>Undoes every change recorded after <paramref name="mark"/>, newest first.</summary>
    public void RollbackTo(int mark)
    {
        for (var i = _entries.Count - 1; i >= mark; i--)
        {
            _entries[i].Undo();
            _entries.RemoveAt(i);
        }
    }

    /// <summary>Forgets the recorded changes (after a commit).</summary>
    public void Clear() => _entries.Clear();
}
