using System.Collections;
using GraphExplorer.Engine.Storage;
using GraphExplorer.Engine.Tests.Durability;
using GraphExplorer.Engine.Transactions;

namespace GraphExplorer.Engine.Tests.Storage;

/// <summary>The in-memory layout of decision 0023: maps on first write, id tables, id adjacency, interned names, undo records.</summary>
public sealed class CompactLayoutTests
{
    private static KeyValuePair<string, object?> P(string key, object? value) => new(key, value);

    [Fact]
    public void Entities_without_properties_share_one_read_only_empty_view_instead_of_a_map_each()
    {
        var store = new GraphStore();
        var undo = new UndoLog();
        var a = store.CreateNode([], [], undo);
        var b = store.CreateNode([], [P("gone", null)], undo);
        var r = store.CreateRelationship("R", a, b, [], undo);

        Assert.Same(a.Properties, b.Properties);
        Assert.Same(a.Properties, r.Properties);
        Assert.Empty(a.Properties);
        Assert.True(((IDictionary)a.Properties).IsReadOnly);
    }

    [Fact]
    public void The_map_comes_with_the_first_property_and_goes_with_the_last()
    {
        var store = new GraphStore();
        var undo = new UndoLog();
        var node = store.CreateNode([], [], undo);
        var empty = node.Properties;

        store.SetNodeProperty(node, "b", 2L, undo);
        store.SetNodeProperty(node, "a", 1L, undo);
        Assert.NotSame(empty, node.Properties);
        Assert.Equal(["b", "a"], node.Properties.Keys);
        Assert.Equal(2L, node.GetProperty("b"));
        Assert.True(node.HasProperty("a"));

        store.SetNodeProperty(node, "b", null, undo);
        store.SetNodeProperty(node, "a", null, undo);
        Assert.Same(empty, node.Properties);
        Assert.Null(node.GetProperty("a"));

        undo.RollbackTo(0);
        Assert.Empty(store.Nodes);
        Assert.Same(empty, node.Properties);
    }

    [Fact]
    public void Relationship_property_changes_roll_back_in_order()
    {
        var store = new GraphStore();
        var setup = new UndoLog();
        var node = store.CreateNode([], [], setup);
        var relationship = store.CreateRelationship("R", node, node, [P("w", 1L)], setup);

        var undo = new UndoLog();
        GraphStore.SetRelationshipProperty(relationship, "w", 2L, undo);
        GraphStore.SetRelationshipProperty(relationship, "x", "new", undo);
        GraphStore.SetRelationshipProperty(relationship, "w", null, undo);
        undo.RollbackTo(0);

        Assert.Equal([P("w", 1L)], relationship.Properties);
    }

    [Fact]
    public void Labels_and_types_are_interned_whoever_supplies_the_string()
    {
        var store = new GraphStore();
        var undo = new UndoLog();
        var knows = string.Concat("KN", "OWS");
        var person = string.Concat("Per", "son");
        var a = store.CreateNode(["Person"], [], undo);
        var b = store.RestoreNode(10, [person], []);
        store.AddLabel(a, string.Concat("Ex", "tra"), undo);
        var c = store.CreateNode(["Extra"], [], undo);
        var first = store.CreateRelationship("KNOWS", a, b, [], undo);
        var second = store.CreateRelationship(knows, b, a, [], undo);
        var restored = store.RestoreRelationship(20, string.Concat("KNO", "WS"), a, a, []);

        Assert.Same(first.Type, second.Type);
        Assert.Same(first.Type, restored.Type);
        Assert.Same(a.Labels[0], b.Labels[0]);
        Assert.Same(a.Labels[1], c.Labels[0]);
    }

    [Fact]
    public void A_removed_label_returns_to_its_place_on_rollback()
    {
        var store = new GraphStore();
        var node = store.CreateNode(["A", "B", "C"], [], new UndoLog());
        var undo = new UndoLog();

        store.RemoveLabel(node, "B", undo);
        Assert.Equal(["A", "C"], node.Labels);
        undo.RollbackTo(0);

        Assert.Equal(["A", "B", "C"], node.Labels);
        Assert.Same(node, Assert.Single(store.NodesWithLabel("B")));
    }

    [Fact]
    public void A_partial_rollback_keeps_the_changes_before_the_mark_across_undo_chunks()
    {
        var store = new GraphStore();
        var undo = new UndoLog();
        var hub = store.CreateNode([], [], undo);
        for (var i = 0; i < 1500; i++)
        {
            store.CreateRelationship("R", hub, hub, [], undo);
        }

        var mark = undo.Count;
        for (var i = 0; i < 1500; i++)
        {
            store.CreateRelationship("R", hub, hub, [P("i", (long)i)], undo);
        }

        Assert.Equal(3001, undo.RedoOperations.Count());
        undo.RollbackTo(mark);

        Assert.Equal(1500, store.RelationshipCount);
        Assert.Equal(1500, store.NextIds.Relationship);
        Assert.Equal(1500, hub.Outgoing.Count);
        Assert.Equal(1501, undo.RedoOperations.Count());
        undo.Clear();
        Assert.False(undo.HasChanges);
        Assert.Empty(undo.RedoOperations);
    }

    [Fact]
    public void Adjacency_lists_come_with_the_first_relationship_and_keep_their_order_across_removals()
    {
        var store = new GraphStore();
        var undo = new UndoLog();
        var a = store.CreateNode([], [], undo);
        var b = store.CreateNode([], [], undo);
        Assert.Same(AdjacencyList.Empty, a.Outgoing);
        Assert.Same(AdjacencyList.Empty, b.Incoming);

        var relationships = Enumerable.Range(0, 6).Select(_ => store.CreateRelationship("R", a, b, [], undo)).ToList();
        var mark = undo.Count;
        store.DeleteRelationship(relationships[0], undo);
        store.DeleteRelationship(relationships[3], undo);

        Assert.Equal([1L, 2L, 4L, 5L], a.Outgoing.Select(r => r.Id));
        Assert.Equal([1L, 2L, 4L, 5L], b.Incoming.Select(r => r.Id));
        Assert.False(a.Outgoing.Contains(relationships[3]));
        Assert.Same(relationships[4], a.Outgoing[2]);
        Assert.Throws<ArgumentOutOfRangeException>(() => a.Outgoing[4]);
        Assert.Empty(a.Incoming);

        undo.RollbackTo(mark);
        Assert.Equal([1L, 2L, 4L, 5L, 3L, 0L], a.Outgoing.Select(r => r.Id));
        var walked = new List<long>();
        foreach (var relationship in b.Incoming)
        {
            walked.Add(relationship.Id);
        }

        Assert.Equal([1L, 2L, 4L, 5L, 3L, 0L], walked);
    }

    [Fact]
    public async Task Deleted_ids_stay_holes_across_restarts_and_are_never_reused()
    {
        using var directory = new StoreDirectory();
        await using (var database = directory.Open())
        {
            await database.RunAsync("UNWIND range(0, 4) AS i CREATE (:N {i: i})");
            await database.RunAsync("MATCH (a:N {i: 0}), (b:N {i: 4}) CREATE (a)-[:R]->(b), (b)-[:R]->(a)");
            await database.RunAsync("MATCH (n:N) WHERE n.i IN [1, 3] DELETE n");
            await database.RunAsync("MATCH ()-[r:R]->(:N {i: 0}) DELETE r");
        }

        // Once from the log, once from a snapshot.
        for (var round = 0; round < 2; round++)
        {
            await using var database = directory.Open();
            var store = database.Store;
            Assert.Equal([0L, 2L, 4L], store.Nodes.Select(n => n.Id));
            Assert.Null(store.FindNode(1));
            Assert.Equal(3, store.NodeCount);
            Assert.Equal(0L, Assert.Single(store.Relationships).Id);
            StoreDirectory.AssertConsistent(database);
            if (round == 0)
            {
                await database.CheckpointAsync();
            }
        }

        await using (var database = directory.Open())
        {
            var created = await database.RunAsync("CREATE (n:N) RETURN id(n)");
            Assert.Equal(5L, created.Rows[0][0]);
        }
    }
}
