using GraphExplorer.Engine.Parsing.Ast;
using GraphExplorer.Engine.Storage;
using GraphExplorer.Engine.Transactions;
using GraphExplorer.Graph.Errors;

namespace GraphExplorer.Engine.Tests.Storage;

public sealed class GraphStoreTests
{
    private static KeyValuePair<string, object?> P(string key, object? value) => new(key, value);

    [Fact]
    public void Rolling_back_the_undo_log_restores_nodes_relationships_indexes_and_ids()
    {
        var store = new GraphStore();
        var setup = new UndoLog();
        store.AddConstraint("c", ConstraintKind.Unique, false, "C", ["id"], false, setup);
        var kept = store.CreateNode(["C"], [P("id", 1L)], setup);

        var undo = new UndoLog();
        var created = store.CreateNode(["C"], [P("id", 2L)], undo);
        store.CreateRelationship("R", kept, created, [], undo);
        store.SetNodeProperty(kept, "id", 3L, undo);
        store.RemoveLabel(kept, "C", undo);
        undo.RollbackTo(0);

        Assert.Single(store.Nodes);
        Assert.Empty(store.Relationships);
        Assert.Empty(kept.Outgoing);
        Assert.Equal(["C"], kept.Labels);
        Assert.Equal(1L, kept.Properties["id"]);
        Assert.Same(kept, Assert.Single(store.FindPropertyIndex("C", "id")!.Seek(1L)));
        Assert.Empty(store.FindPropertyIndex("C", "id")!.Seek(2L));
        Assert.Equal(1, store.NextIds.Node);
    }

    [Fact]
    public void Unique_violation_is_raised_before_the_index_changes()
    {
        var store = new GraphStore();
        var undo = new UndoLog();
        store.AddConstraint("c", ConstraintKind.Unique, false, "C", ["id"], false, undo);
        store.CreateNode(["C"], [P("id", 1L)], undo);
        var other = store.CreateNode(["C"], [P("id", 2L)], undo);
        var mark = undo.Count;

        var error = Assert.Throws<CypherException>(() => store.SetNodeProperty(other, "id", 1.0, undo));
        Assert.Equal(StatusCodes.ConstraintValidationFailed, error.Code);
        undo.RollbackTo(mark);

        Assert.Equal(2L, other.Properties["id"]);
        Assert.Same(other, Assert.Single(store.FindPropertyIndex("C", "id")!.Seek(2L)));
    }

    [Fact]
    public void Deleted_node_leaves_scans_and_comes_back_on_rollback()
    {
        var store = new GraphStore();
        var undo = new UndoLog();
        var node = store.CreateNode(["A"], [], new UndoLog());
        store.DeleteNode(node, undo);
        Assert.True(node.IsDeleted);
        Assert.Empty(store.NodesWithLabel("A"));
        undo.RollbackTo(0);
        Assert.False(node.IsDeleted);
        Assert.Same(node, Assert.Single(store.NodesWithLabel("A")));
    }

    [Fact]
    public void Label_scans_are_in_id_order()
    {
        var store = new GraphStore();
        var undo = new UndoLog();
        var first = store.CreateNode(["B"], [], undo);
        var second = store.CreateNode([], [], undo);
        store.AddLabel(second, "A", undo);
        store.AddLabel(first, "A", undo);
        Assert.Equal([first.Id, second.Id], store.NodesWithLabel("A").Select(n => n.Id));
    }
}
