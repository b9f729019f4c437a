namespace GraphExplorer.Engine.Transactions;

/// <summary>
/// The inverse of every change a transaction made to the store, newest last; replaying it backwards
/// restores the exact state the transaction started from. Not thread-safe (one writer at a time).
/// </summary>
internal sealed class UndoLog
{
    private readonly List<Action> _actions = [];

    /// <summary>Whether anything was changed.</summary>
    public bool HasChanges => _actions.Count > 0;

    /// <summary>How many changes were recorded (a mark to roll back to).</summary>
    public int Count => _actions.Count;

    /// <summary>Records how to undo a change that was just made.</summary>
    public void Record(Action undo) => _actions.Add(undo);

    /// <summary>Undoes every change recorded after <paramref name="mark"/>, newest first.</summary>
    public void RollbackTo(int mark)
    {
        for (var i = _actions.Count - 1; i >= mark; i--)
        {
            _actions[i]();
            _actions.RemoveAt(i);
        }
    }

    /// <summary>Forgets the recorded changes (after a commit).</summary>
    public void Clear() => _actions.Clear();
}
