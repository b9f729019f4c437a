namespace GraphExplorer.Engine.Storage;

internal sealed partial class GraphStore
{
    /// <inheritdoc />
    void IStoreUndoTarget.Undo(in StoreUndo change)
    {
        switch (change.Kind)
        {
            case StoreUndoKind.NodeCreated:
                UnlinkNode((StoredNode)change.Entity);
                _nextNodeId = change.Number;
                break;
            case StoreUndoKind.RelationshipCreated:
                UnlinkRelationship((StoredRelationship)change.Entity);
                _nextRelationshipId = change.Number;
                break;
            case StoreUndoKind.NodePropertySet:
                ReplaceNodeProperty((StoredNode)change.Entity, change.Name!, change.Number != 0, change.Value, validate: false);
                break;
            case StoreUndoKind.LabelAdded:
                ChangeLabel((StoredNode)change.Entity, change.Name!, add: false, validate: false);
                break;
            case StoreUndoKind.LabelRemoved:
                var node = (StoredNode)change.Entity;
                ChangeLabel(node, change.Name!, add: true, validate: false);

                // Back in its old place, so labels(n) lists them as before.
                node.Labels.RemoveAt(node.Labels.Count - 1);
                node.Labels.Insert((int)change.Number, change.Name!);
                break;
            case StoreUndoKind.NodeDeleted:
                LinkNode((StoredNode)change.Entity, validate: false);
                break;
            case StoreUndoKind.RelationshipDeleted:
                LinkRelationship((StoredRelationship)change.Entity);
                break;
            default:
                throw new InvalidOperationException($"unknown undo record {change.Kind}");
        }
    }
}
