namespace GraphExplorer.Engine.Storage;

/// <summary>Which change a <see cref="StoreUndo"/> takes back.</summary>
internal enum StoreUndoKind : byte
{
    /// <summary>A node was created (<c>Number</c>: the node id counter before).</summary>
    NodeCreated,

    /// <summary>A relationship was created (<c>Number</c>: the relationship id counter before).</summary>
    RelationshipCreated,

    /// <summary>A node property was set or removed (<c>Name</c>: key, <c>Number</c>: 1 when it existed, <c>Value</c>: previous value).</summary>
    NodePropertySet,

    /// <summary>A relationship property was set or removed (as for nodes).</summary>
    RelationshipPropertySet,

    /// <summary>A label was added (<c>Name</c>: the label).</summary>
    LabelAdded,

    /// <summary>A label was removed (<c>Name</c>: the label, <c>Number</c>: its position in the node's list).</summary>
    LabelRemoved,

    /// <summary>A node was deleted.</summary>
    NodeDeleted,

    /// <summary>A relationship was deleted.</summary>
    RelationshipDeleted,
}

/// <summary>
/// The inverse of one data change, as plain data the store applies itself: a transaction records one per
/// change, so a closure and a delegate per change (two more heap objects that every collection during a
/// large statement had to promote) are not needed.
/// </summary>
internal readonly record struct StoreUndo(StoreUndoKind Kind, StoredEntity Entity, string? Name = null, object? Value = null, long Number = 0);

/// <summary>Applies <see cref="StoreUndo"/> records (the store).</summary>
internal interface IStoreUndoTarget
{
    /// <summary>Takes back the change <paramref name="change"/> describes.</summary>
    void Undo(in StoreUndo change);
}

/// <summary>
/// Takes back relationship property changes, which touch no index and so need no store (the store's
/// <c>SetRelationshipProperty</c> is static).
/// </summary>
internal sealed class RelationshipPropertyUndo : IStoreUndoTarget
{
    /// <summary>The one instance.</summary>
    public static readonly RelationshipPropertyUndo Instance = new();

    private RelationshipPropertyUndo()
    {
    }

    /// <inheritdoc />
    public void Undo(in StoreUndo change)
    {
        if (change.Kind != StoreUndoKind.RelationshipPropertySet)
        {
            throw new InvalidOperationException($"not a relationship property change: {change.Kind}");
        }

        change.Entity.AssignProperty(change.Name!, change.Number != 0, change.Value);
    }
}
