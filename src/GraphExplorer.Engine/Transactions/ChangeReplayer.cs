using GraphExplorer.Engine.Storage;
using GraphExplorer.Engine.Storage.Durability;

namespace GraphExplorer.Engine.Transactions;

/// <summary>
/// Re-applies a stashed write transaction's changes to the store through the store's normal mutation methods,
/// so they are recorded in the undo log again (and so again in the commit's redo records). Creates go through
/// the id allocator: the store is back exactly where the transaction started (nothing else was written
/// meanwhile, there being one writer) and the creates come in their original order, so they get their original
/// ids — which later changes in the list refer to. A mismatch would mean that reasoning broke; it is checked.
/// </summary>
internal static class ChangeReplayer
{
    /// <summary>Whether the change is to the schema (constraints, indexes), which is never stashed.</summary>
    public static bool IsSchemaChange(RedoOperation operation) =>
        operation is ConstraintAdded or ConstraintDropped or IndexAdded or IndexDropped;

    /// <summary>Applies <paramref name="operations"/> in order, recording each in <paramref name="undo"/>.</summary>
    /// <exception cref="InvalidOperationException">The store is not in the state the changes were made from.</exception>
    public static void Reapply(GraphStore store, IReadOnlyList<RedoOperation> operations, UndoLog undo)
    {
        foreach (var operation in operations)
        {
            switch (operation)
            {
                case NodeCreated n:
                    ExpectId("node", n.Id, store.CreateNode(n.Labels, n.Properties, undo).Id);
                    break;
                case NodeDeleted n:
                    store.DeleteNode(Node(store, n.Id), undo);
                    break;
                case NodePropertySet p:
                    store.SetNodeProperty(Node(store, p.Id), p.Key, p.Value, undo);
                    break;
                case LabelAdded l:
                    store.AddLabel(Node(store, l.Id), l.Label, undo);
                    break;
                case LabelRemoved l:
                    store.RemoveLabel(Node(store, l.Id), l.Label, undo);
                    break;
                case RelationshipCreated r:
                    var created = store.CreateRelationship(r.Type, Node(store, r.Start), Node(store, r.End), r.Properties, undo);
                    ExpectId("relationship", r.Id, created.Id);
                    break;
                case RelationshipDeleted r:
                    store.DeleteRelationship(Relationship(store, r.Id), undo);
                    break;
                case RelationshipPropertySet p:
                    GraphStore.SetRelationshipProperty(Relationship(store, p.Id), p.Key, p.Value, undo);
                    break;
                default:
                    throw new InvalidOperationException($"A {operation.GetType().Name} change cannot be re-applied.");
            }
        }
    }

    private static StoredNode Node(GraphStore store, long id) =>
        store.FindNode(id) ?? throw new InvalidOperationException($"Re-applying a transaction: node {id} is missing.");

    private static StoredRelationship Relationship(GraphStore store, long id) =>
        store.FindRelationship(id) ?? throw new InvalidOperationException($"Re-applying a transaction: relationship {id} is missing.");

    private static void ExpectId(string kind, long expected, long actual)
    {
        if (expected != actual)
        {
            throw new InvalidOperationException($"Re-applying a transaction: the {kind} created as {expected} got id {actual}.");
        }
    }
}
