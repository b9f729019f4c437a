using GraphExplorer.Engine.Storage.Durability;
using GraphExplorer.Engine.Transactions;

namespace GraphExplorer.Engine.Storage;

internal sealed partial class GraphStore
{
    /// <summary>
    /// Applies one logged change during recovery, keeping the ids the log names. Throws
    /// <see cref="InvalidDataException"/> when the change does not fit the store (an entity it names is missing).
    /// </summary>
    public void Replay(RedoOperation operation, UndoLog scratch)
    {
        switch (operation)
        {
            case NodeCreated n:
                if (_nodes.Contains(n.Id))
                {
                    throw new InvalidDataException($"node {n.Id} is created twice");
                }

                RestoreNode(n.Id, n.Labels, n.Properties);
                break;
            case NodeDeleted n:
                var deleted = NodeToReplay(n.Id);
                if (deleted.HasRelationships)
                {
                    throw new InvalidDataException($"node {n.Id} is deleted while it still has relationships");
                }

                DeleteNode(deleted, scratch);
                break;
            case NodePropertySet p:
                SetNodeProperty(NodeToReplay(p.Id), p.Key, p.Value, scratch);
                break;
            case LabelAdded l:
                AddLabel(NodeToReplay(l.Id), l.Label, scratch);
                break;
            case LabelRemoved l:
                RemoveLabel(NodeToReplay(l.Id), l.Label, scratch);
                break;
            case RelationshipCreated r:
                if (_relationships.Contains(r.Id))
                {
                    throw new InvalidDataException($"relationship {r.Id} is created twice");
                }

                RestoreRelationship(r.Id, r.Type, NodeToReplay(r.Start), NodeToReplay(r.End), r.Properties);
                break;
            case RelationshipDeleted r:
                DeleteRelationship(RelationshipToReplay(r.Id), scratch);
                break;
            case RelationshipPropertySet p:
                SetRelationshipProperty(RelationshipToReplay(p.Id), p.Key, p.Value, scratch);
                break;
            case ConstraintAdded c:
                RestoreConstraint(c.Rule, scratch);
                break;
            case ConstraintDropped c:
                DropConstraint(c.Name, ifExists: false, scratch);
                break;
            case IndexAdded i:
                RestoreIndex(i.Rule, scratch);
                break;
            case IndexDropped i:
                DropIndex(i.Name, ifExists: false, scratch);
                break;
            default:
                throw new InvalidDataException($"unknown change {operation.GetType().Name}");
        }
    }

    private StoredNode NodeToReplay(long id) =>
        _nodes.Find(id) ?? throw new InvalidDataException($"the log names node {id}, which does not exist");

    private StoredRelationship RelationshipToReplay(long id) =>
        _relationships.Find(id) ?? throw new InvalidDataException($"the log names relationship {id}, which does not exist");
}
